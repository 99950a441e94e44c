import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { databaseTargetFromEnv, openAdapter, type DatabaseTarget } from './adapter.js';

export type { DatabaseTarget } from './adapter.js';

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded database, when the target is PGlite. */
  pglite?: PGlite;
  /** The PostgreSQL connection pool, when the target is PostgreSQL. */
  pool?: pg.Pool;
  /** Counts SQL statements sent from now on: tests use it to prove queries stay N+1-free. */
  countQueries(): { readonly count: number; readonly statements: readonly string[]; stop(): void };
  close(): Promise<void>;
}

export async function connectDatabase(
  target: DatabaseTarget = databaseTargetFromEnv(),
  options: { pglite?: PGlite } = {},
): Promise<Database> {
  const adapter = await openAdapter(target, options.pglite);
  const prisma = new PrismaClient({ adapter: adapter.factory, log: [{ emit: 'event', level: 'query' }] });
  const listeners = new Set<(sql: string) => void>();
  prisma.$on('query', (event) => {
    for (const listener of listeners) listener(event.query);
  });
  return {
    prisma,
    target,
    pglite: adapter.pglite,
    pool: adapter.pool,
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
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}
