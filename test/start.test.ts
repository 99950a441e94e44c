// The README's quick start, for real: `npm start` migrates, loads data once, serves, stops cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, withAdminClient } from './support/templates.js';

const root = path.resolve(import.meta.dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL;
let env: Record<string, string>;
let cleanup: () => Promise<void>;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `npm start` until ready, asks one query, stops it with SIGTERM and returns what happened. */
async function startOnce() {
  const port = await freePort();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // 'close' waits for every process that holds the pipes (npm, tsx, the server), not just npm.
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const ready = await fetch(`${base}/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const answer = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ calls { totalCount } countries { totalCount } projects { totalCount } }' }),
  }).then((r) => r.json() as Promise<{ data: Record<string, { totalCount: number }> }>);
  const graphiql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } }).then((r) => r.text());
  process.kill(-child.pid!, 'SIGTERM');
  // npm itself dies of the signal; the server's own clean stop shows in its log.
  await exited;
  return { answer, graphiql, output };
}

beforeAll(async () => {
  if (adminUrl) {
    const name = `aspire_start_${process.pid}`;
    await withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => c.query(`CREATE DATABASE "${name}"`)));
    env = { DATABASE_URL: databaseUrl(adminUrl, name) };
    cleanup = () => withAdminClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {});
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'aspire-start-'));
    env = { ASPIRE_DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

describe('npm start', () => {
  it('serves the demo data on first start, adds nothing on the second, and stops cleanly', async () => {
    const first = await startOnce();
    expect(first.answer.data).toEqual({ calls: { totalCount: 14 }, countries: { totalCount: 22 }, projects: { totalCount: 17 } });
    expect(first.output).toMatch(/data loaded on first start/);
    expect(first.graphiql).toMatch(/GraphiQL|graphiql/);
    expect(first.output).toMatch(/"msg":"stopped"/);

    const second = await startOnce();
    expect(second.answer.data).toEqual(first.answer.data);
    expect(second.output).not.toMatch(/data loaded on first start/);
    expect(second.output).toMatch(/"msg":"stopped"/);
  }, 240_000);
});
