import { createComplexityRule } from '@pothos/plugin-complexity';
import { getNamedType, isListType, getNullableType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { FieldComplexityFunction } from '@pothos/plugin-complexity';
import type { Context } from '../context.js';
import { CONNECTION_DEFAULT_SIZE } from './pagination.js';
import { ApiError } from './errors.js';

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
  if (field.name === 'edges' || field.name === 'nodes') return { field: 0, multiplier: 1 };
  if (isListType(getNullableType(field.type))) return { field: 1, multiplier: PLAIN_LIST_MULTIPLIER };
  return 1;
};

interface CostedContext {
  params?: { variables?: Record<string, unknown> | null; operationName?: string | null };
  queryCost?: { complexity: number; depth: number; breadth: number };
}

/**
 * Rejects a query whose depth, breadth or complexity is over the limits during validation, so
 * nothing of it runs (code QUERY_TOO_COMPLEX), and reports the cost of every accepted query in
 * `extensions.cost` (as Shopify's API does) so clients can see how close they are.
 */
export function useQueryLimits(limits: QueryLimits = DEFAULT_LIMITS): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const ctx = context as CostedContext;
      addValidationRule(
        createComplexityRule({
          context: ctx,
          variableValues: ctx.params?.variables ?? {},
          operationName: ctx.params?.operationName,
          validate: (result, reportError) => {
            ctx.queryCost = result;
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
      );
    },
    onExecute({ args }) {
      const ctx = args.contextValue as CostedContext;
      return {
        onExecuteDone({ result, setResult }) {
          if (!ctx.queryCost || Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: { ...ctx.queryCost, limits } } });
        },
      };
    },
  };
}
