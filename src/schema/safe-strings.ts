// Text no database column can hold: PostgreSQL refuses NUL in text, and a lone UTF-16 surrogate
// is not a character at all (it would be stored as U+FFFD, or refused). graphql-js's String
// scalar cannot be replaced (introspection refers to the built-in one), so every field's
// arguments are checked here, after coercion and before any resolver runs.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { InputError } from './errors.js';

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one
// (matched by UTF-16 code unit: no `u` flag).
const FAULTY = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or null when it can. */
export function textFault(value: string): string | null {
  const match = FAULTY.exec(value);
  if (!match) return null;
  return match[0] === '\0' ? 'contains a NUL character (\\u0000)' : 'contains a lone UTF-16 surrogate (not a character)';
}

/** The string with what cannot be stored replaced by U+FFFD, to echo it back. */
export function storable(value: string): string {
  return value.replace(new RegExp(FAULTY.source, 'g'), '\uFFFD');
}

/** The path and fault of the first string inside `value` (objects, lists) that cannot be stored. */
export function findTextFault(value: unknown, path: string[] = [], skip?: (path: string[]) => boolean): { path: string[]; fault: string } | null {
  if (skip?.(path)) return null;
  if (typeof value === 'string') {
    const fault = textFault(value);
    return fault ? { path, fault } : null;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findTextFault(item, [...path, key], skip);
    if (found) return found;
  }
  return null;
}

/** Field extension: argument paths left to the resolver (a sync batch rejects one record, not the batch). */
export const TEXT_CHECKED_BY_RESOLVER = 'textCheckedByResolver';

class SafeStringsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    const exempt = (fieldConfig.extensions?.[TEXT_CHECKED_BY_RESOLVER] ?? []) as readonly string[];
    const skip = exempt.length ? (path: string[]) => exempt.includes(path.join('.')) : undefined;
    return (parent, args, context, info) => {
      const found = findTextFault(args, [], skip);
      if (found) throw new InputError(`${found.path.join('.')}: ${found.fault}`);
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      safeStrings: SafeStringsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('safeStrings', SafeStringsPlugin);
