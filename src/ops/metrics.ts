// Prometheus metrics at /metrics: HTTP requests and their latency, GraphQL latency by operation,
// errors by code, the database pool and the query plans kept. The Yoga plugin does the GraphQL
// part; we add the error code label (its default counter has none), the pool gauges and the plans.
import { createCounter, usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Registry } from 'prom-client';
import type pg from 'pg';
import type { Database } from '../db/client.js';
import { queryPlanCounts } from '../db/query-plans.js';

const PHASE_CODES: Record<string, string> = { parse: 'GRAPHQL_PARSE_FAILED', validate: 'GRAPHQL_VALIDATION_FAILED' };

function codeOf(error: unknown, phase: string): string {
  const code = (error as Partial<GraphQLError> | null)?.extensions?.code;
  return typeof code === 'string' ? code : (PHASE_CODES[phase] ?? 'INTERNAL_SERVER_ERROR');
}

/** Connections of a database pool by state; the embedded database has one connection, always open. */
function poolGauge(registry: Registry, name: string, what: string, poolOf: () => pg.Pool | undefined) {
  return new Gauge({
    name,
    help: `${what} connections by state: total (open), idle, and waiting (requests queued for one).`,
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = poolOf();
      this.set({ state: 'total' }, pool ? pool.totalCount : 1);
      this.set({ state: 'idle' }, pool ? pool.idleCount : 0);
      this.set({ state: 'waiting' }, pool ? pool.waitingCount : 0);
    },
  });
}

export function useMetrics(db: Database): Plugin {
  // A registry per server: tests start several in one process.
  const registry = new Registry();
  poolGauge(registry, 'aspire_db_pool_connections', 'Database (reads)', () => db.pool);
  poolGauge(registry, 'aspire_db_write_pool_connections', 'Database (write transactions: a pool of their own)', () => db.writePool);
  new Gauge({
    name: 'aspire_db_pool_size',
    help: 'The most connections the pool opens (DATABASE_POOL_SIZE; 1 for the embedded database).',
    registers: [registry],
    collect() {
      this.set(db.target.kind === 'postgres' ? db.target.poolSize : 1);
    },
  });
  new Counter({
    name: 'aspire_query_plan_reads_total',
    help: 'Prisma reads by their query plan: reused (kept for their shape), compiled (a new shape), whole (compiled each time: the compiler refused a placeholder). Few reused: raise ASPIRE_QUERY_PLANS.',
    labelNames: ['plan'],
    registers: [registry],
    collect() {
      // The counts are the process's; a registry per server reads them as they stand.
      this.reset();
      for (const plan of ['reused', 'compiled', 'whole'] as const) this.inc({ plan }, queryPlanCounts[plan]);
    },
  });
  new Counter({
    name: 'aspire_query_plans_dropped_total',
    help: 'Query plans dropped, the least recently used, to keep at most ASPIRE_QUERY_PLANS.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(queryPlanCounts.dropped);
    },
  });
  return usePrometheus({
    endpoint: '/metrics',
    registry,
    skipIntrospection: true,
    // The URL would add a series per query string.
    labels: { url: false },
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: true,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Errors in GraphQL answers, by operation, phase and extensions.code.',
          labelNames: ['operationName', 'operationType', 'phase', 'code'] as const,
        },
        fillLabelsFn: (params) => ({
          operationName: params.operationName ?? 'Anonymous',
          operationType: params.operationType ?? 'unknown',
          phase: params.errorPhase,
          code: codeOf(params.error, params.errorPhase),
        }),
      }),
    },
  });
}
