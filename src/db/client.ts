import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { databaseTargetFromEnv, openAdapter, type DatabaseTarget } from './adapter.js';

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
  /** Counts SQL statements sent from now on: tests use it to prove queries stay N+1-free. */
  countQueries(): { readonly count: number; readonly statements: readonly string[]; stop(): void };
  close(): Promise<void>;
}

export async function connectDatabase(
  target: DatabaseTarget = databaseTargetFromEnv(),
  options: { pglite?: PGlite } = {},
): Promise<Database> {
  const adapter = await openAdapter(target, options.pglite);
  const listeners = new Set<(sql: string) => void>();
  const client = (factory: typeof adapter.factory) => {
    const prisma = new PrismaClient({ adapter: factory, log: [{ emit: 'event', level: 'query' }] });
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
      const listener = (sql: string) => void statements.push(sql);
      listeners.add(listener);
      return {
        get count() {
          return statements.length;
        },
        statements,
        stop: () => void listeners.delete(listener),
      };
    },
    async close() {
      await Promise.all([prisma.$disconnect(), writes.$disconnect()]);
      await adapter.close();
    },
  };
}
