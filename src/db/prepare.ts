// Brings a database to the state the server expects (every migration applied, the first-start data
// loaded), so that operators' commands work on a fresh data directory too.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from './adapter.js';
import { connectDatabase, type Database } from './client.js';
import { seedDatabase } from './seed/index.js';

/** The repository root, seen from src/db or dist/db alike. */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Names of the migrations in prisma/migrations that the database has not finished applying. */
async function pendingMigrations(db: Database): Promise<string[]> {
  const all = readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = await db.prisma
    .$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`
    .then((rows) => new Set(rows.map((row) => row.migration_name)))
    .catch(() => new Set<string>()); // no history table yet: a fresh database
  return all.filter((name) => !applied.has(name));
}

/** `prisma migrate deploy`, the same path as `npm run db:migrate`; its output only on failure. */
async function migrate(): Promise<void> {
  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  const child = spawn(process.execPath, [prismaCli, 'migrate', 'deploy'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`applying the database migrations failed:\n${output.trim()}`);
}

/**
 * Opens the database, applying pending migrations first (PGlite admits one process, so the
 * migration runs while it is closed) and loading the first-start data as `npm start` does.
 */
export async function openPreparedDatabase(target: DatabaseTarget, options: { demo: boolean }): Promise<Database> {
  let db = await connectDatabase(target);
  if ((await pendingMigrations(db)).length) {
    await db.close();
    await migrate();
    db = await connectDatabase(target);
  }
  await seedDatabase(db.prisma, options);
  return db;
}

// The embedded database must not be opened by two processes at once: the server marks its data
// directory while it runs, and other commands refuse to open it meanwhile.
const MARK = 'aspire-server.pid';

/** Marks the embedded database as the server's; the returned function removes the mark. */
export function markInUse(target: DatabaseTarget): () => void {
  if (target.kind !== 'pglite' || target.dataDir.startsWith('memory://')) return () => {};
  const file = path.join(target.dataDir, MARK);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** The pid of a running server that holds the embedded database, or null. */
export function inUseBy(target: DatabaseTarget): number | null {
  if (target.kind !== 'pglite') return null;
  const file = path.join(target.dataDir, MARK);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a server that died without removing its mark
  }
}
