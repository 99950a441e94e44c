// Fair use: each operation is charged a fixed amount per request plus its query cost against a budget per key, and per client
// address for anonymous callers; over budget is HTTP 429 THROTTLED with Retry-After.
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../src/http/rate-limit.js';
import { startHttpServer } from './support/http.js';
import { processDatabase, startServer, type RunningServer } from './support/process.js';
import { createTestServer, type TestServer } from './support/server.js';

const QUERY = `{ researchFields(first: 7) { nodes { code } } }`;
/** Refusals sent at once unless a test holds them. */
const settings = (overrides: Partial<RateLimitSettings>): RateLimitSettings => ({
  ...DEFAULT_RATE_LIMITS,
  keyPrefix: `test:${randomUUID()}`,
  refusalHoldMs: 0,
  ...overrides,
});

interface Answer {
  status: number;
  headers: Headers;
  body: { errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { cost?: { complexity: number; throttle?: Record<string, number> } } };
}

/** The real HTTP server (fair use's gate in front of Yoga) over a fresh database. */
interface Target {
  url: string;
  headersFor: TestServer['headersFor'];
  close(): Promise<void>;
}

/** With one trusted proxy (the default here), each request's X-Forwarded-For names its client. */
async function serve(rateLimit: RateLimitSettings): Promise<Target> {
  const test = await createTestServer({ as: 'ANONYMOUS' });
  const http = await startHttpServer(test.db, { rateLimit });
  return { url: http.url, headersFor: test.headersFor, close: async () => (await http.close(), await test.close()) };
}

/** A raw POST body as if from `address` (through the one proxy the servers here trust). */
async function post(target: Target, address: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...headers }, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] & { extensions?: { requestId?: string } } };
}

const ask = (target: Target, headers: Record<string, string> = {}, address = '192.0.2.1', query = QUERY): Promise<Answer> =>
  post(target, address, JSON.stringify({ query }), headers);

/** Asks until refused with 429, as a flood would; a budget that never runs out fails the test rather than hang it. */
async function spend(server: Target, headers: Record<string, string>, address: string, query = QUERY): Promise<void> {
  for (let i = 0; i < 100; i++) if ((await ask(server, headers, address, query)).status === 429) return;
  expect.fail(`100 requests from ${address} and never throttled`);
}

describe('the rate limit, in memory', () => {
  const REQUEST_COST = 3;
  let server: Target;
  /** Trusts no proxy: every request comes from 127.0.0.1, whatever its X-Forwarded-For says. */
  let direct: Target;
  /** What QUERY costs: the charge per request and its query cost. */
  let charge: number;
  beforeAll(async () => {
    const budgets = { anonymous: 40, partner: 40, staff: 1000 };
    [server, direct] = await Promise.all([
      serve(settings({ budgets, requestCost: REQUEST_COST, windowSeconds: 2, trustedProxies: 1 })),
      serve(settings({ budgets, requestCost: REQUEST_COST })),
    ]);
    const cost = (await ask(server, {}, '192.0.2.99')).body.extensions!.cost!.complexity;
    expect(cost).toBeGreaterThan(5);
    charge = REQUEST_COST + cost;
  });
  afterAll(() => Promise.all([server.close(), direct.close()]));

  it('charges each answer its cost and the charge per request, reports what is left, refuses with 429 when spent and restores after the window', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < Math.floor(40 / charge) + 1; i++) answers.push(await ask(server));
    const [first, ...rest] = answers;
    const refused = rest.at(-1)!;
    expect(first!.body.extensions!.cost!.throttle).toEqual({
      maximumAvailable: 40,
      currentlyAvailable: 40 - charge,
      restoreRate: 20,
      resetsInSeconds: expect.any(Number),
    });
    expect(first!.headers.get('RateLimit-Limit')).toBe('40');
    expect(first!.headers.get('RateLimit-Remaining')).toBe(String(40 - charge));
    expect(first!.headers.get('RateLimit-Policy')).toBe('40;w=2');
    expect(Number(first!.headers.get('RateLimit-Reset'))).toBeGreaterThan(0);

    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions!.code).toBe('THROTTLED');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('RateLimit-Remaining')).toBe(String(40 - charge * (answers.length - 1)));

    await new Promise((r) => setTimeout(r, 2100));
    const restored = await ask(server);
    expect(restored.status).toBe(200);
    expect(restored.body.extensions!.cost!.throttle!.currentlyAvailable).toBe(40 - charge);
  });

  it('keeps one budget per client address and one per key', async () => {
    await spend(server, {}, '192.0.2.2');
    expect((await ask(server, {}, '192.0.2.3')).status).toBe(200);
    const key = await server.headersFor({ role: 'STAFF' });
    expect((await ask(server, key, '192.0.2.2')).status).toBe(200);
  });

  it('counts an IPv6 /64 as one address', async () => {
    await spend(server, {}, '2001:db8:1:2::1');
    expect((await ask(server, {}, '2001:db8:1:2:ffff::9')).status).toBe(429);
    expect((await ask(server, {}, '2001:db8:1:3::1')).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless told how many proxies to trust', async () => {
    await spend(direct, {}, '198.51.100.1');
    expect((await ask(direct, {}, '198.51.100.2')).status).toBe(429);
    await spend(server, {}, '198.51.100.1');
    expect((await ask(server, {}, '198.51.100.2')).status).toBe(200);
  });

  it('throttles a flood of the cheapest requests by their charge per request', async () => {
    // The query cost alone (1 point) would let 1000 of these through per window; the charge, 9.
    const flood = await serve(settings({ budgets: { anonymous: 1000, partner: 1000, staff: 1000 }, requestCost: 110, trustedProxies: 1 }));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await ask(flood, {}, '192.0.2.6', '{ __typename }')).status);
      expect(statuses).toEqual([...Array(9).fill(200), 429]);
    } finally {
      await flood.close();
    }
  });

  it('refuses every request of a spent budget before reading its document', async () => {
    // Spent with the cheapest operation: what is left cannot pay for any other.
    await spend(server, {}, '192.0.2.7', '{ __typename }');
    for (const query of [QUERY, '{ not a document', '{ __typename }']) {
      const answer = await ask(server, {}, '192.0.2.7', query);
      expect([answer.status, answer.body.errors![0]!.extensions!.code]).toEqual([429, 'THROTTLED']);
    }
  });

  it('refuses an operation that costs more than the whole budget as QUERY_TOO_COMPLEX', async () => {
    const answer = await ask(server, {}, '192.0.2.5', `{ calls(first: 100) { nodes { code } } }`);
    expect(answer.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('refusing early', () => {
  const HOLD_MS = 400;
  let server: Target;
  beforeAll(async () => {
    server = await serve(settings({ budgets: { anonymous: 40, partner: 40, staff: 1000 }, requestCost: 3, maxInFlight: 2, maxWaiting: 2, trustedProxies: 1, refusalHoldMs: HOLD_MS }));
  });
  afterAll(() => server.close());

  const raw = (address: string, body: string, headers: Record<string, string> = {}) => post(server, address, body, headers);

  it('refuses a spent budget before Yoga reads the request, with the answer Yoga would give', async () => {
    await spend(server, {}, '192.0.2.20', '{ __typename }');
    // Not even JSON: Yoga would answer 400, had it read it. The refusal is held back, so that a
    // client that asks again at once (ignoring Retry-After) cannot spin on it.
    const started = performance.now();
    const answer = await raw('192.0.2.20', 'not json', { origin: 'https://portal.example.org', accept: 'application/graphql-response+json', 'x-request-id': 'abc-1' });
    expect(answer.status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(HOLD_MS - 5);
    expect(answer.body.errors).toEqual([{ message: expect.stringContaining('points left'), extensions: { code: 'THROTTLED' } }]);
    expect(answer.body.extensions!.requestId).toBe('abc-1');
    expect(answer.body.extensions!.cost!.throttle!.currentlyAvailable).toBeLessThanOrEqual(3);
    expect(answer.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(answer.headers.get('RateLimit-Remaining')).toBe(String(answer.body.extensions!.cost!.throttle!.currentlyAvailable));
    expect(answer.headers.get('RateLimit-Policy')).toBe('40;w=60');
    expect(answer.headers.get('x-request-id')).toBe('abc-1');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect((await raw('192.0.2.20', 'not json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('refuses a document whose known cost is over what is left without pricing it again', async () => {
    const body = JSON.stringify({ query: QUERY });
    const first = await raw('192.0.2.21', body);
    const charge = 3 + first.body.extensions!.cost!.complexity;
    for (let left = 40 - charge; left >= charge; left -= charge) expect((await raw('192.0.2.21', body)).status).toBe(200);
    const refused = await raw('192.0.2.21', body);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.extensions!.code).toBe('THROTTLED');
    expect(refused.body.errors![0]!.message).toContain(`costs ${charge} points`);
    // Priced afresh, an answer reports its complexity; this one was refused before validation.
    expect(refused.body.extensions?.cost).toBeUndefined();
    // Another document is priced as before.
    const other = await raw('192.0.2.21', JSON.stringify({ query: '{ calls(first: 10) { nodes { code } } }' }));
    expect([other.status, other.body.extensions!.cost!.complexity]).toEqual([429, expect.any(Number)]);
  });

  /**
   * A request whose headers are sent and whose body is held back until `send`: once let through,
   * it stays in flight (Yoga waits for its body), so that the test, not the clock, decides how many are.
   */
  function held(address: string, body: string) {
    const request = httpRequest(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': address },
    });
    request.flushHeaders();
    const answer = new Promise<{ status: number; body: Answer['body'] }>((resolve, reject) => {
      request.on('error', reject);
      request.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) as Answer['body'] }));
      });
    });
    return { answer, send: () => request.end(body) };
  }

  it('has a caller over the cap in flight wait its turn, refuses it as many more, and lets others through', async () => {
    // A page of one: the five fit the budget, so only the cap refuses.
    const body = JSON.stringify({ query: '{ researchFields(first: 1) { nodes { code } } }' });
    // Five at once from one address: two run, two wait for them, one is refused at once, whichever
    // the server saw last.
    const requests = Array.from({ length: 5 }, () => held('192.0.2.22', body));
    const first = await Promise.race(requests.map((r, i) => r.answer.then((answer) => ({ ...answer, i }))));
    expect(first.status).toBe(429);
    expect(first.body.errors![0]!.extensions!.code).toBe('THROTTLED');
    expect(first.body.errors![0]!.message).toContain('in flight');
    // Another address is not held up.
    expect((await raw('192.0.2.23', body)).status).toBe(200);
    // Their bodies sent, the four others are answered: the two waiting once the two running are.
    for (const r of requests) r.send();
    const answers = await Promise.all(requests.map((r) => r.answer));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 429]);
    // Answered, they no longer count.
    expect((await raw('192.0.2.22', body)).status).toBe(200);
  });

  it('charges a document refused as too complex the charge per request, and refuses it again unread', async () => {
    // 31 aliases: over the alias limit, refused while the document is validated.
    const body = JSON.stringify({ query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: researchFields(first: 1) { totalCount }`).join(' ')} }` });
    const answers = [await raw('192.0.2.24', body), await raw('192.0.2.24', body)];
    for (const answer of answers) expect(answer.body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(answers.map((a) => a.body.extensions!.cost!.throttle!.currentlyAvailable)).toEqual([37, 34]);
    expect(answers[1]!.body.errors![0]!.message).toBe(answers[0]!.body.errors![0]!.message);
    // Sent over and over, it is throttled like any flood.
    await spend(server, {}, '192.0.2.24', '{ __typename }');
  });
});

describe('the rate limit, in Redis', () => {
  const servers: RunningServer[] = [];
  let database: { env: Record<string, string>; drop(): Promise<void> };
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    ASPIRE_RATE_LIMIT_PREFIX: `test:${randomUUID()}`,
    // The default charge per request (500) and a budget of a few requests.
    ASPIRE_RATE_LIMIT_ANONYMOUS: '5000',
    ASPIRE_RATE_LIMIT_WINDOW: '120',
    ASPIRE_DEMO_DATA: '0',
  };
  // Two processes of one deployment: one PostgreSQL database (the first migrates it), one Redis.
  beforeAll(async () => {
    database = await processDatabase('rate', process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
    servers.push(await startServer(['npm', 'start', '--silent'], { ...database.env, ...env }, 240_000));
    servers.push(await startServer(['npx', 'tsx', 'src/main.ts'], { ...database.env, ...env }, 240_000));
  }, 500_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    await database?.drop();
  });

  it('gives two server processes one budget', async () => {
    const post = (server: RunningServer) =>
      fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    const [a, b] = servers as [RunningServer, RunningServer];
    const first = await post(a);
    const left = Number(first.headers.get('RateLimit-Remaining'));
    const second = await post(b);
    const cost = 5000 - left;
    expect(cost).toBeGreaterThan(500);
    expect(second.status).toBe(200);
    expect(Number(second.headers.get('RateLimit-Remaining'))).toBe(left - cost);
    // Alternate between the processes until the shared budget is spent: the total they allowed is one budget's worth.
    let allowed = 2;
    for (let i = 0; i < 5000 / cost + 2; i++) {
      const response = await post(i % 2 ? a : b);
      if (response.status === 429) {
        expect(response.headers.get('Retry-After')).toBeTruthy();
        break;
      }
      allowed++;
    }
    expect(allowed).toBe(Math.floor(5000 / cost));
    expect((await post(a)).status).toBe(429);
  }, 120_000);
});
