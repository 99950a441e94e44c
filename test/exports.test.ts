import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ as: 'ANONYMOUS' });
});
afterAll(() => server.close());

async function get(path: string, headers: Record<string, string> = {}) {
  return server.yoga.fetch(`http://localhost${path}`, { headers });
}

describe('smoke', () => {
  it('streams', async () => {
    const staff = await server.headersFor({ role: 'STAFF' });
    for (const p of ['/exports/calls.csv', '/exports/projects.jsonl', '/exports/outcomes.json', '/exports/call-statistics.csv', '/exports/360giving.json', '/exports/360giving.csv']) {
      const r = await get(p, staff);
      const text = await r.text();
      console.log(p, r.status, r.headers.get('etag'), r.headers.get('last-modified'), text.length, text.slice(0, 600));
    }
    expect(1).toBe(1);
  });
});
