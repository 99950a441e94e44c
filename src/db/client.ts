import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { databaseTargetFromEnv, openAdapter, type DatabaseTarget } from './adapter.js';
import { cacheQueryPlans, loadQueryCompilerFromFile, queryPlanCacheFromEnv } from './query-compiler.js';

export type { DatabaseTarget } from './adapter.js';

export interface Database {
  /** For reads (and single-statement bookkeeping). */
  prisma: PrismaClient;
  /**
   * For write transactions (writeTransaction): on PostgreSQL its own connection pool, so readers
   * never queue behind writers for a connection; on PGlite the same client as `prisma`.
   */
  writes: PrismaClient;
  target: DatabaseTarget;
  /** The embedded database, when the target is PGlite. */
  pglite?: PGlite;
  /** The PostgreSQL connection pools of reads and of writes, when the target is PostgreSQL. */
  pool?: pg.Pool;
  writePool?: pg.Pool;
  /**
   * Counts SQL statements sent from now on: tests use it to prove queries stay N+1-free. `results`
   * has the rows each read returned (with the countRows option), to prove that no statement reads
   * more as parents grow.
   */
  countQueries(): QueryCounter;
  close(): Promise<void>;
}

export interface QueryCounter {
  readonly count: number;
  readonly statements: readonly string[];
  readonly results: readonly { sql: string; rows: number }[];
  stop(): void;
}

type Adapter = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory['connect']>>;

/** The adapter (and its transactions) reporting each read's row count to `onRows`. */
function observed<T extends Pick<Adapter, 'queryRaw'>>(target: T, onRows: (sql: string, rows: number) => void): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw') {
        return async (query: Parameters<Adapter['queryRaw']>[0]) => {
          const result = await value.call(object, query);
          onRows(query.sql, result.rows.length);
          return result;
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => observed(await value.apply(object, args), onRows);
      }
      return value.bind(object);
    },
  });
}

export async function connectDatabase(
  target: DatabaseTarget = databaseTargetFromEnv(),
  options: {
    pglite?: PGlite;
    /** Fill `countQueries().results` (tests): each query then goes through a proxy, so servers leave it off. */
    countRows?: boolean;
  } = {},
): Promise<Database> {
  const adapter = await openAdapter(target, options.pglite);
  const listeners = new Set<(sql: string) => void>();
  const rowListeners = new Set<(sql: string, rows: number) => void>();
  const onRows = (sql: string, rows: number) => {
    for (const listener of rowListeners) listener(sql, rows);
  };
  const client = (base: typeof adapter.factory) => {
    const factory: SqlMigrationAwareDriverAdapterFactory = options.countRows
      ? Object.create(base, { connect: { value: async () => observed(await base.connect(), onRows) } })
      : base;
    const prisma = new PrismaClient({ adapter: factory, log: [{ emit: 'event', level: 'query' }] });
    loadQueryCompilerFromFile(prisma);
    cacheQueryPlans(prisma, queryPlanCacheFromEnv());
    prisma.$on('query', (event) => {
      for (const listener of listeners) listener(event.query);
    });
    return prisma;
  };
  const prisma = client(adapter.factory);
  const writes = adapter.writes === adapter.factory ? prisma : client(adapter.writes);
  return {
    prisma,
    writes,
    target,
    pglite: adapter.pglite,
    pool: adapter.pool,
    writePool: adapter.writePool,
    countQueries() {
      const statements: string[] = [];
      const results: { sql: string; rows: number }[] = [];
      const listener = (sql: string) => void statements.push(sql);
      const rowListener = (sql: string, rows: number) => void results.push({ sql, rows });
      listeners.add(listener);
      rowListeners.add(rowListener);
      return {
        get count() {
          return statements.length;
        },
        statements,
        results,
        stop: () => {
          listeners.delete(listener);
          rowListeners.delete(rowListener);
        },
      };
    },
    async close() {
      await Promise.all([prisma.$disconnect(), writes.$disconnect()]);
      await adapter.close();
    },
  };
}
