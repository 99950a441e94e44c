import { createComplexityRule } from '@pothos/plugin-complexity';
import { getNamedType, getNullableType, isListType, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldComplexityFunction } from '@pothos/plugin-complexity';
import type { Context } from '../context.js';
import { CONNECTION_DEFAULT_SIZE } from './pagination.js';
import { ApiError, withStableCode } from './errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxBreadth: number;
  maxComplexity: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 14, maxBreadth: 250, maxComplexity: 50_000 };

/** A plain (non-connection) list is short in this schema: a call's fields, a team's countries. */
const PLAIN_LIST_MULTIPLIER = 5;

/**
 * Cost of one field, used by the Pothos complexity plugin. A connection costs what it can return
 * (its `first`/`last`, else the default page), so a page of 100 costs 5× a page of 20; its
 * `edges`/`nodes` lists are then counted once, not multiplied again.
 */
export const fieldComplexity: FieldComplexityFunction<Context, Record<string, unknown>> = (args, _ctx, field) => {
  const named = getNamedType(field.type).name;
  if (named.endsWith('Connection')) {
    const size = Number(args.first ?? args.last ?? CONNECTION_DEFAULT_SIZE);
    return { field: 1, multiplier: Number.isFinite(size) ? Math.max(size, 1) : CONNECTION_DEFAULT_SIZE };
  }
  // Root `nodes(ids:)` costs one per id; a connection's own `nodes`/`edges` were priced by the connection.
  if (field.name === 'nodes' && Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(args.ids.length, 1) };
  if (field.name === 'edges' || field.name === 'nodes') return { field: 0, multiplier: 1 };
  if (isListType(getNullableType(field.type))) return { field: 1, multiplier: PLAIN_LIST_MULTIPLIER };
  return 1;
};

/**
 * Rejects an operation whose depth, breadth or complexity is over the limits before any resolver
 * runs (code QUERY_TOO_COMPLEX), and reports the cost of every accepted one in `extensions.cost`
 * (as Shopify's API does). It runs per execution, with the actual variables: Yoga caches
 * validation per document text, so a check made there would let the same text through with
 * larger page sizes in its variables.
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_LIMITS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: { complexity: number; depth: number; breadth: number } | undefined;
      const errors = validate(args.schema, args.document, [
        createComplexityRule({
          context: args.contextValue as object,
          variableValues: args.variableValues ?? {},
          operationName: args.operationName,
          validate: (result, reportError) => {
            cost = result;
            for (const [measure, max] of [
              ['depth', limits.maxDepth],
              ['breadth', limits.maxBreadth],
              ['complexity', limits.maxComplexity],
            ] as const) {
              if (result[measure] > max) {
                reportError(
                  new ApiError('QUERY_TOO_COMPLEX', `Query ${measure} ${result[measure]} is over the limit of ${max}.`, {
                    cost: { ...result, limits },
                  }),
                );
              }
            }
          },
        }),
      ]);
      if (errors.length) {
        // Arguments the rule could not read (e.g. a wrong-typed id) are bad input, as elsewhere.
        setResultAndStopExecution({ errors: errors.map(withStableCode) });
        return undefined;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (!cost || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { ...cost, limits } } });
        },
      };
    },
  };
}
