// Migrated template databases, made once per test run, so that each test file gets a fresh,
// isolated copy quickly instead of re-running migrations.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { connectDatabase } from '../../src/db/client.js';
import { seedDatabase } from '../../src/db/seed/index.js';

export type TemplateName = 'empty' | 'seeded';

/** What the global setup hands each test worker (it must survive structured cloning). */
export type TestDatabases =
  | { kind: 'pglite'; files: Record<TemplateName, string> }
  | { kind: 'postgres'; adminUrl: string; databases: Record<TemplateName, string> };

const run = promisify(execFile);

/** Applies the migrations with the real CLI, exactly as `npm run db:migrate` does. */
async function migrate(env: Record<string, string>): Promise<void> {
  await run(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
    env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Drops a database once the connections of its last users have gone. pg's pool.end() resolves
 * once each client has been told to end, not once its backend has gone: one that FORCE terminates
 * first sends its client a FATAL that nobody listens for any more (an unhandled error in whichever
 * test file, or bench, runs then).
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function preparePgliteTemplates(outDir: string): Promise<TestDatabases> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'aspire-template-'));
  try {
    await migrate({ ASPIRE_DATA_DIR: dataDir });
    const pglite = await PGlite.create(dataDir);
    const files = { empty: path.join(outDir, 'empty.tar'), seeded: path.join(outDir, 'seeded.tar') };
    await writeFile(files.empty, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    const db = await connectDatabase({ kind: 'pglite', dataDir }, { pglite });
    await seedDatabase(db.prisma, { demo: true, sandbox: false });
    await writeFile(files.seeded, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    await db.close();
    return { kind: 'pglite', files };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function preparePostgresTemplates(adminUrl: string): Promise<TestDatabases> {
  const suffix = `${process.pid}`;
  const databases = { empty: `aspire_tpl_empty_${suffix}`, seeded: `aspire_tpl_seeded_${suffix}` };
  await withAdminClient(adminUrl, async (client) => {
    for (const name of Object.values(databases)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${databases.empty}"`);
  });
  await migrate({ DATABASE_URL: databaseUrl(adminUrl, databases.empty) });
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${databases.seeded}" TEMPLATE "${databases.empty}"`),
  );
  const url = databaseUrl(adminUrl, databases.seeded);
  const db = await connectDatabase({ kind: 'postgres', url, poolSize: 2 });
  await seedDatabase(db.prisma, { demo: true, sandbox: false });
  await db.close();
  return { kind: 'postgres', adminUrl, databases };
}

export async function dropPostgresTemplates(databases: TestDatabases): Promise<void> {
  if (databases.kind !== 'postgres') return;
  await withAdminClient(databases.adminUrl, async (client) => {
    for (const name of Object.values(databases.databases)) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
}
