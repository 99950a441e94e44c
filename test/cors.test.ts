// CORS: any origin may read, never with credentials; an operator's allow-list admits only its origins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let open: TestServer;
let listed: TestServer;
beforeAll(async () => {
  [open, listed] = await Promise.all([
    createTestServer({ template: 'empty', as: 'ANONYMOUS' }),
    createTestServer({ template: 'empty', as: 'ANONYMOUS', server: { corsOrigins: ['https://portal.example.org'] } }),
  ]);
});
afterAll(() => Promise.all([open.close(), listed.close()]));

const preflight = (server: TestServer, origin: string) =>
  server.yoga.fetch('http://localhost/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
const simple = (server: TestServer, origin: string) =>
  server.yoga.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { origin, accept: 'application/json' } });

describe('CORS', () => {
  it('lets any origin read, without credentials', async () => {
    const before = await preflight(open, 'https://elsewhere.example.com');
    expect(before.status).toBe(204);
    expect(before.headers.get('access-control-allow-origin')).toBe('*');
    expect(before.headers.get('access-control-allow-credentials')).toBeNull();
    expect(before.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await simple(open, 'https://elsewhere.example.com');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
  });

  it('with an allow-list, answers listed origins by name and gives others no CORS headers', async () => {
    const allowed = await preflight(listed, 'https://portal.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    expect((await simple(listed, 'https://portal.example.org')).headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    const refused = await preflight(listed, 'https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    const read = await simple(listed, 'https://evil.example.com');
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect(read.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
