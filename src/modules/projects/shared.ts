import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { InputError } from '../../schema/errors.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
/** The `t` of an input type's fields, for helpers that add fields shared by several filters. */
export type FilterFieldBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** `from`/`to` filter fields: an inclusive range of calendar dates on `what`. */
export function dateRangeFields(t: FilterFieldBuilder, what: string) {
  return {
    from: t.field({ type: 'Date', description: `Only those with ${what} on or after this date.` }),
    to: t.field({ type: 'Date', description: `Only those with ${what} on or before this date (inclusive).` }),
  };
}

/**
 * The row id inside a global id given as a filter, checked to name the expected type: the id
 * of another type is an input error, not an empty answer. (A malformed id never gets here:
 * decodeGlobalId refuses it for every argument.)
 */
export function idOf(globalId: { typename: string; id: string } | null | undefined, typename: string): string | undefined {
  if (!globalId) return undefined;
  if (globalId.typename !== typename) {
    throw new InputError(`Expected the id of a ${typename}, got one of a ${globalId.typename}`);
  }
  return globalId.id;
}

/** The Prisma filter for an inclusive date range; a range that ends before it starts is an input error. */
export function dateRange(range: { from?: Date | null; to?: Date | null } | null | undefined) {
  const from = range?.from ?? undefined;
  const to = range?.to ?? undefined;
  if (from && to && from.getTime() > to.getTime()) {
    throw new InputError('filter.from must not be after filter.to');
  }
  return from || to ? { gte: from, lte: to } : undefined;
}

