import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** Where the data lives: a PostgreSQL URL, or the embedded PGlite database (a directory or memory://). */
export type DatabaseTarget =
  | {
      kind: 'postgres';
      url: string;
      /** Connections for reads. */
      poolSize: number;
      /** Connections for write transactions, a pool of their own (default 5). */
      writePoolSize?: number;
    }
  | { kind: 'pglite'; dataDir: string };

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

export const DEFAULT_WRITE_POOL_SIZE = 5;

/** Reads DATABASE_URL (PostgreSQL) or falls back to PGlite in ASPIRE_DATA_DIR (default ./data). */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL)) {
    return {
      kind: 'postgres',
      url: env.DATABASE_URL,
      poolSize: Number(env.DATABASE_POOL_SIZE ?? 10),
      writePoolSize: Number(env.DATABASE_WRITE_POOL_SIZE ?? DEFAULT_WRITE_POOL_SIZE),
    };
  }
  if (env.DATABASE_URL) {
    throw new Error(`DATABASE_URL must be a postgresql:// URL (got "${env.DATABASE_URL.split(':')[0]}:…")`);
  }
  return { kind: 'pglite', dataDir: env.ASPIRE_DATA_DIR ?? './data' };
}

export interface OpenAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * For write transactions: on PostgreSQL a pool of their own, so that writers (who hold a
   * connection for a whole transaction) can never take every connection readers need.
   */
  writes: SqlMigrationAwareDriverAdapterFactory;
  /** The embedded database, when there is one (tests dump and load it). */
  pglite?: PGlite;
  /** The PostgreSQL connection pool, when there is one (its use is reported in /metrics). */
  pool?: pg.Pool;
  writePool?: pg.Pool;
  close(): Promise<void>;
}

export async function openAdapter(target: DatabaseTarget, pglite?: PGlite): Promise<OpenAdapter> {
  if (target.kind === 'postgres') {
    // Our pool, handed to PrismaPg, so that /metrics can report its use.
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize });
    const writePool = new pg.Pool({ connectionString: target.url, max: target.writePoolSize ?? DEFAULT_WRITE_POOL_SIZE });
    return {
      factory: new PrismaPg(pool),
      writes: new PrismaPg(writePool),
      pool,
      writePool,
      close: () => Promise.all([pool.end(), writePool.end()]).then(() => {}),
    };
  }
  const db = pglite ?? (await PGlite.create(target.dataDir));
  // pglite-prisma-adapter 0.6 declares its types against driver-adapter-utils 6.10: the same
  // protocol as 6.19 at run time (migrations and queries pass), only the declarations differ.
  const factory = new PrismaPGlite(db) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return { factory, writes: factory, pglite: db, close: () => db.close() };
}
