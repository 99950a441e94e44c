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
 * Cost units: a row read as part of a merged query costs 1. A field that sends a statement of its
 * own (a count, a group-by) costs STATEMENT_COST per parent object, and a write
 * WRITE_COST: about the dozen statements of its transaction. Per parent because a page multiplies
 * them (a loader batches the statements per page, but the rows it reads and the work on them grow
 * with the page).
 */
export const STATEMENT_COST = 10;
export const WRITE_COST = 20;
/** A field read through a per-page loader by id: a row of its own per parent, one statement per page. */
export const LOADED_COST = 2;

/**
 * Fields that do more than read their parent's columns, by `Type.field`, priced by what their
 * resolver does. A test checks that each still exists; a new computed field belongs here.
 */
export const COMPUTED_FIELD_COSTS: Readonly<Record<string, number>> = {
  // Reads the proposal, its call, team, budget and attestations and the team's other proposals and
  // projects (five statements), then runs every rule of the program.
  'Proposal.ruleCheck': 5 * STATEMENT_COST,
  'Proposal.pi': LOADED_COST,
  // Budget totals read every budget line of the proposal (merged into the proposal's query).
  'Proposal.budget': PLAIN_LIST_MULTIPLIER,
  'Call.statistics': STATEMENT_COST,
  'Project.outcomeCounts': STATEMENT_COST,
  // total, byKind and byGtrCategory share one group-by, priced here; the other figures run their own.
  'Query.outcomeStatistics': STATEMENT_COST,
  'OutcomeStatistics.withPartner': STATEMENT_COST,
  'OutcomeStatistics.mobility': STATEMENT_COST,
  'Indicator.progress': PLAIN_LIST_MULTIPLIER,
  'ChangeEvent.record': LOADED_COST,
  'ChangeEvent.externalId': LOADED_COST,
  'Query.byExternalId': 2 * STATEMENT_COST,
  'Viewer.agency': STATEMENT_COST,
  'Viewer.organization': STATEMENT_COST,
};

interface PothosFieldExtensions {
  pothosConfig?: { parentType?: string };
}

/**
 * Cost of one field, used by the Pothos complexity plugin. A connection costs what it can return
 * (its `first`/`last`, else the default page), so a page of 100 costs 5× a page of 20; its
 * `edges`/`nodes` lists are then counted once, not multiplied again. A connection's `totalCount`
 * costs one like any scalar (its count is one grouped statement per page of parents, and the complexity
 * rule multiplies it by the parent page); computed fields cost what COMPUTED_FIELD_COSTS says. A
 * mutation costs WRITE_COST, set on every mutation field (builder.ts), so that pricing it does not
 * map its input.
 */
export const fieldComplexity: FieldComplexityFunction<Context, Record<string, unknown>> = (args, _ctx, field) => {
  const named = getNamedType(field.type).name;
  const parent = (field.extensions as PothosFieldExtensions | undefined)?.pothosConfig?.parentType ?? '';
  if (named.endsWith('Connection')) {
    const size = Number(args.first ?? args.last ?? CONNECTION_DEFAULT_SIZE);
    return { field: 1, multiplier: Number.isFinite(size) ? Math.max(size, 1) : CONNECTION_DEFAULT_SIZE };
  }
  const computed = COMPUTED_FIELD_COSTS[`${parent}.${field.name}`];
  if (computed !== undefined) return computed;
  // Root `nodes(ids:)` costs one per id; a connection's own `nodes`/`edges` were priced by the connection.
  if (field.name === 'nodes' && Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(args.ids.length, 1) };
  if (field.name === 'edges' || field.name === 'nodes') return { field: 0, multiplier: 1 };
  if (isListType(getNullableType(field.type))) return { field: 1, multiplier: PLAIN_LIST_MULTIPLIER };
  return 1;
};

export interface QueryCost {
  complexity: number;
  depth: number;
  breadth: number;
}

const costs = new WeakMap<object, QueryCost>();

/** The cost of the operation a context runs, once useQueryLimits has accepted it (the rate limit charges it). */
export const costOf = (context: object): QueryCost | undefined => costs.get(context);

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
      let cost: QueryCost | undefined;
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
      if (cost) costs.set(args.contextValue as object, cost);
      return {
        onExecuteDone({ result, setResult }) {
          if (!cost || Symbol.asyncIterator in result) return;
          const reported = { ...(result.extensions?.cost as object | undefined), ...cost, limits };
          setResult({ ...result, extensions: { ...result.extensions, cost: reported } });
        },
      };
    },
  };
}
