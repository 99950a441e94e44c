// The README's quick start, for real: `npm start` migrates, loads data once, serves, stops cleanly;
// and the production way, `npm run build` then `node dist/main.js`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portInUse, processDatabase, root, startServer, type RunningServer } from './support/process.js';

let env: Record<string, string>;
let cleanup: () => Promise<void>;

async function ask(server: RunningServer) {
  const answer = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ calls { totalCount } countries { totalCount } projects { totalCount } }' }),
  }).then((r) => r.json() as Promise<{ data: Record<string, { totalCount: number }> }>);
  return answer.data;
}

/**
 * Stops the server as an operator would: SIGTERM to the one PID they have (npm's, or node's),
 * not to a process group; then the port must be free within a few seconds.
 */
async function stopByPid(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<boolean> {
  process.kill(server.pid, signal);
  for (let i = 0; i < 60; i++) {
    if (!(await portInUse(server.port))) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop('SIGKILL'); // do not leave it behind for the next test
  return false;
}

/** Runs `npm start` until ready, asks one query, stops it by its PID and returns what happened. */
async function startOnce() {
  const server = await startServer(['npm', 'start', '--silent'], env);
  const data = await ask(server);
  const graphiql = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } }).then((r) => r.text());
  const freed = await stopByPid(server);
  await new Promise((r) => setTimeout(r, 200)); // the last log lines
  return { data, graphiql, freed, output: server.output() };
}

beforeAll(async () => {
  const db = await processDatabase('start');
  env = db.env;
  cleanup = db.drop;
});
afterAll(() => cleanup());

describe('npm start', () => {
  it('serves the demo data on first start, adds nothing on the second, and stops when its PID is sent SIGTERM', async () => {
    const first = await startOnce();
    expect(first.data).toEqual({ calls: { totalCount: 15 }, countries: { totalCount: 22 }, projects: { totalCount: 17 } });
    expect(first.output).toMatch(/data loaded on first start/);
    expect(first.graphiql).toMatch(/GraphiQL|graphiql/);
    expect(first.freed).toBe(true);
    expect(first.output).toMatch(/"msg":"stopped"/);

    const second = await startOnce();
    expect(second.data).toEqual(first.data);
    expect(second.output).not.toMatch(/data loaded on first start/);
    expect(second.freed).toBe(true);
    expect(second.output).toMatch(/"msg":"stopped"/);
  }, 900_000);
});

describe('production: npm run build, node dist/main.js', () => {
  it('runs the compiled server, which stops itself on SIGTERM and SIGINT', async () => {
    // Incremental: quick when .ci/run (or the developer) has built already.
    await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: root });
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await startServer(['node', 'dist/main.js'], env);
      expect(await ask(server)).toMatchObject({ countries: { totalCount: 22 } });
      expect(await stopByPid(server, signal)).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(server.output()).toContain(`"signal":"${signal}"`);
      expect(server.output()).toMatch(/"msg":"stopped"/);
    }
  }, 900_000);
});
