// The README's quick start, for real: `npm start` migrates, loads data once, serves, stops cleanly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDatabase, startServer } from './support/process.js';

let env: Record<string, string>;
let cleanup: () => Promise<void>;

/** Runs `npm start` until ready, asks one query, stops it with SIGTERM and returns what happened. */
async function startOnce() {
  const server = await startServer(['npm', 'start', '--silent'], env);
  const answer = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ calls { totalCount } countries { totalCount } projects { totalCount } }' }),
  }).then((r) => r.json() as Promise<{ data: Record<string, { totalCount: number }> }>);
  const graphiql = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } }).then((r) => r.text());
  // npm itself dies of the signal; the server's own clean stop shows in its log.
  await server.stop('SIGTERM');
  return { answer, graphiql, output: server.output() };
}

beforeAll(async () => {
  const db = await processDatabase('start');
  env = db.env;
  cleanup = db.drop;
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
