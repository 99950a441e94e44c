// The API as its own process, as an operator runs it: for tests of starting, stopping and crashing.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { databaseUrl, dropDatabase, withAdminClient } from './templates.js';

export const root = path.resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A database of its own for a test file (or the bench) that runs the server as a process: a PGlite
 * directory, or a fresh PostgreSQL database on the server of `adminUrl` (by default
 * TEST_DATABASE_URL, set in the CI's PostgreSQL run).
 */
export async function processDatabase(
  name: string,
  adminUrl = process.env.TEST_DATABASE_URL,
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (adminUrl) {
    const db = `aspire_${name}_${process.pid}`;
    await withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).then(() => c.query(`CREATE DATABASE "${db}"`)));
    return {
      env: { DATABASE_URL: databaseUrl(adminUrl, db) },
      drop: () => dropDatabase(adminUrl, db),
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), `aspire-${name}-`));
  return { env: { ASPIRE_DATA_DIR: dir, DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
}

export interface RunningServer {
  base: string;
  port: number;
  /** The process `command` started (npm for `npm start`). */
  pid: number;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends the signal to the whole process group (npm, tsx, node) and waits until all have exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Runs `command` (e.g. npm start) in `cwd` (this checkout; the bench may name another, to compare)
 * with the database's env until /ready answers (or `waitMs` have passed).
 */
export async function startServer(command: string[], env: Record<string, string>, waitMs = 300_000, cwd = root): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // 'close' waits for every process that holds the pipes (npm, tsx, the server), not just npm.
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  // A first start migrates and loads the demo data: minutes on a busy two-core machine.
  let ready = false;
  for (let i = 0; i < waitMs / 250 && !ready && child.exitCode === null; i++) {
    ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (!ready) {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    throw new Error(`${command.join(' ')} did not become ready:\n${output}`);
  }
  return {
    base,
    port,
    pid: child.pid!,
    output: () => output,
    async stop(signal) {
      process.kill(-child.pid!, signal);
      await exited;
    },
  };
}

/** Whether something listens on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Runs the CLI (src/cli.ts) against the database and returns its last line (a new key prints itself last). */
export async function runCli(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn('npx', ['tsx', 'src/cli.ts', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`cli ${args.join(' ')} exited with ${code}`);
  return out.trim().split('\n').at(-1)!;
}
