// Every operation the SDK ships must stay within the query limits at the largest pages it may ask
// for: a client that pages with first: 100 must never meet QUERY_TOO_COMPLEX.
import { readFileSync } from 'node:fs';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { FEED_MAX_PAGE } from '../src/modules/changes/feed.js';
import { SYNC_BATCH_MAX } from '../src/modules/sync/batch.js';
import { schema } from '../src/schema/index.js';
import { DEFAULT_LIMITS } from '../src/schema/limits.js';
import { CONNECTION_MAX_SIZE } from '../src/schema/pagination.js';

const documents: Record<string, string> = JSON.parse(
  readFileSync(new URL('../sdk/src/generated/persisted-documents.json', import.meta.url), 'utf8'),
);

const FEEDS = new Set(['changes', 'auditTrail']);

const SCALARS: Record<string, unknown> = {
  Int: 1,
  Float: 1,
  Boolean: true,
  FiscalYear: 2026,
  Date: '2026-04-01',
  DateTime: '2026-04-01T00:00:00Z',
  Yen: '1',
};

const globalId = (typename = 'Proposal') => Buffer.from(`${typename}:00000000-0000-4000-8000-000000000000`).toString('base64');

/** A value of the type for the required variables that size nothing (they do not change the cost). */
function placeholder(type: GraphQLInputType, extensions?: Record<string, unknown> | null): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [placeholder(inner.ofType, extensions)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, placeholder(f.type, f.extensions)]));
  }
  const idFor = (extensions?.relayGlobalIDFor as { typename: string }[] | undefined)?.[0]?.typename;
  return named.name in SCALARS ? SCALARS[named.name] : named.name === 'ID' ? globalId(idFor) : 'x';
}

/** The largest value each list-sizing variable may take, by the field it sizes. */
function largestVariables(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  visit(document, {
    VariableDefinition(definition) {
      if (definition.type.kind !== Kind.NON_NULL_TYPE) return;
      variables[definition.variable.name.value] = placeholder(typeFromAST(schema, definition.type as never) as GraphQLInputType);
    },
  });
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) {
        if (arg.value.kind !== Kind.VARIABLE) continue;
        const name = arg.value.name.value;
        if (arg.name.value === 'first' || arg.name.value === 'last') {
          variables[name] = FEEDS.has(field.name.value) ? FEED_MAX_PAGE : CONNECTION_MAX_SIZE;
        } else if (arg.name.value === 'ids') {
          variables[name] = Array.from({ length: CONNECTION_MAX_SIZE }, () => globalId());
        } else if (field.name.value === 'syncRecords') {
          const input = placeholder(schema.getMutationType()!.getFields().syncRecords!.args[0]!.type) as { records: Record<string, unknown>[] };
          const recordType = getNamedType(schema.getMutationType()!.getFields().syncRecords!.args[0]!.type) as GraphQLInputObjectType;
          const proposal = (getNamedType(recordType.getFields().records!.type) as GraphQLInputObjectType).getFields().proposal!;
          input.records = Array.from({ length: SYNC_BATCH_MAX }, () => ({ proposal: placeholder(proposal.type) }));
          variables[name] = input;
        }
      }
    },
  });
  return variables;
}

function cost(text: string) {
  const document = parse(text);
  let result: { complexity: number; depth: number; breadth: number } | undefined;
  const errors = validate(schema, document, [
    createComplexityRule({ context: {}, variableValues: largestVariables(document), validate: (r) => void (result = r) }),
  ]);
  expect(errors).toEqual([]);
  return result!;
}

describe('the SDK’s persisted operations', () => {
  const entries = Object.entries(documents).map(([hash, text]) => [/(query|mutation) (\w+)/.exec(text)?.[2] ?? hash, text] as const);

  it.each(entries)('%s stays within the limits at its largest pages', (_name, text) => {
    const { complexity, depth, breadth } = cost(text);
    expect(depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
    expect(breadth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxBreadth);
    expect(complexity).toBeLessThanOrEqual(DEFAULT_LIMITS.maxComplexity);
  });
});
