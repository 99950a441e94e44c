// The caches of the read path (#14). API keys are looked up once per key per few seconds; a
// revocation is refused at once by the process that made it, and by another server process as soon
// as Redis tells it. Anonymous answers are kept per language until a write changes what they show,
// and never serve a caller with a key, nor are made from one.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase, type Database } from '../src/db/client.js';
import { processDatabase, startServer, type RunningServer } from './support/process.js';
import { createTestServer, type TestServer } from './support/server.js';

const VIEWER = `{ viewer { role } }`;
const COUNTRIES = `{ countries(first: 50) { nodes { code name } } }`;
const gb = (data: { countries: { nodes: { code: string; name: string }[] } }) => data.countries.nodes.find((c) => c.code === 'GB')!.name;
const UPDATE_COUNTRY = `mutation($id: ID!, $version: Int!, $nameEn: String!) {
  updateCountry(input: { id: $id, version: $version, nameEn: $nameEn }) { country { nameEn } userErrors { code } } }`;

describe('API keys, in one process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('looks a key up once, then answers from the cache until the key is revoked', async () => {
    const headers = await server.headersFor({ role: 'STAFF' });
    const keyStatements = async () => {
      const counter = server.db.countQueries();
      expect((await server.graphql(VIEWER, {}, headers)).status).toBe(200);
      counter.stop();
      return counter.statements.filter((sql) => sql.includes('"ApiKey"') && sql.startsWith('SELECT')).length;
    };
    expect(await keyStatements()).toBe(1);
    expect(await keyStatements()).toBe(0);
    expect(await keyStatements()).toBe(0);
  });
});

describe('anonymous answers, in one process', () => {
  let server: TestServer;
  let staff: Record<string, string>;
  beforeAll(async () => {
    server = await createTestServer({ as: 'ANONYMOUS', server: { responseCache: { seconds: 60, keyPrefix: '' } } });
    staff = await server.headersFor({ role: 'STAFF' });
  });
  afterAll(() => server.close());

  /** The answer, and how many statements it took (none: it was kept). */
  async function ask<T>(query: string, headers: Record<string, string> = {}) {
    const counter = server.countQueries();
    const data = await server.data<T>(query, {}, headers);
    counter.stop();
    return { data, statements: counter.count };
  }

  it('answers an anonymous caller from what it kept, in the language asked, until a write changes a type it shows', async () => {
    const first = await ask<Parameters<typeof gb>[0]>(COUNTRIES);
    expect(first.statements).toBeGreaterThan(0);
    expect(await ask(COUNTRIES)).toEqual({ data: first.data, statements: 0 });
    // A kept answer is charged its cost like any other (fair use), and reports it.
    const [miss, hit] = [await server.graphql(`{ researchFields(first: 5) { nodes { code } } }`), await server.graphql(`{ researchFields(first: 5) { nodes { code } } }`)];
    expect(hit.extensions?.cost).toMatchObject({ complexity: (miss.extensions?.cost as { complexity: number }).complexity, throttle: expect.any(Object) });
    const japanese = await ask<Parameters<typeof gb>[0]>(COUNTRIES, { 'accept-language': 'ja' });
    expect(japanese.statements).toBeGreaterThan(0);
    expect(gb(japanese.data)).toBe('英国');
    expect(gb(first.data)).toBe('United Kingdom');

    const row = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'GB' } });
    const admin = await server.headersFor({ role: 'ADMIN' });
    const updated = await server.data<{ updateCountry: { userErrors: unknown[] } }>(
      UPDATE_COUNTRY,
      { id: encodeGlobalID('Country', row.id), version: row.version, nameEn: 'Britain' },
      admin,
    );
    expect(updated.updateCountry.userErrors).toEqual([]);
    const after = await ask<Parameters<typeof gb>[0]>(COUNTRIES);
    expect(after.statements).toBeGreaterThan(0);
    expect(gb(after.data)).toBe('Britain');
  });

  it('never answers a caller with a key from what an anonymous one was given, nor the other way round', async () => {
    type Count = { proposals: { totalCount: number } };
    const anonymousFirst = `{ proposals(first: 1) { totalCount } }`;
    expect((await ask<Count>(anonymousFirst)).data.proposals.totalCount).toBe(0);
    const seenByStaff = await ask<Count>(anonymousFirst, staff);
    expect(seenByStaff.data.proposals.totalCount).toBeGreaterThan(0);

    const staffFirst = `{ proposals(first: 2) { totalCount } }`;
    expect((await ask(staffFirst, staff)).data).toEqual(seenByStaff.data);
    // Not kept from the staff's answer: the anonymous caller gets its own.
    const anonymous = await ask<Count>(staffFirst);
    expect(anonymous.data.proposals.totalCount).toBe(0);
    expect(anonymous.statements).toBeGreaterThan(0);
    // And a keyed caller is answered afresh every time.
    expect((await ask(staffFirst, staff)).statements).toBeGreaterThan(0);
  });
});

describe('in two server processes sharing PostgreSQL and Redis', () => {
  const servers: RunningServer[] = [];
  let database: { env: Record<string, string>; drop(): Promise<void> };
  let db: Database;
  // A cache lifetime far beyond the test's wait: only the announcement can make B refuse in time.
  const env = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', ASPIRE_KEY_CACHE_SECONDS: '600', ASPIRE_DEMO_DATA: '0' };
  beforeAll(async () => {
    database = await processDatabase('keys', process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
    servers.push(await startServer(['npm', 'start', '--silent'], { ...database.env, ...env }, 240_000));
    servers.push(await startServer(['npx', 'tsx', 'src/main.ts'], { ...database.env, ...env }, 240_000));
    db = await connectDatabase(databaseTargetFromEnv(database.env));
  }, 500_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    await db?.close();
    await database?.drop();
  });

  const ask = (server: RunningServer, key: string, query = VIEWER, variables = {}) =>
    fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });

  it('refuses a key revoked on one process at once there, and within a second on the other', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const { key: admin } = await createApiKey(db.prisma, { name: 'admin', role: 'ADMIN' });
    const { key, record } = await createApiKey(db.prisma, { name: 'revoked soon', role: 'STAFF' });
    // Both processes have the key cached.
    expect((await ask(a, key)).status).toBe(200);
    expect((await ask(b, key)).status).toBe(200);

    const revoke = await ask(a, admin, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { state } } }`, {
      id: encodeGlobalID('ApiKey', record.id),
    });
    expect((await revoke.json()).data.revokeApiKey.apiKey.state).toBe('REVOKED');
    expect((await ask(a, key)).status).toBe(401);

    const revokedAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - revokedAt < 1000) status = (await ask(b, key)).status;
    expect(status).toBe(401);
    // Keys that were not revoked still work.
    expect((await ask(b, admin)).status).toBe(200);
  });

  it('drops an anonymous answer kept in Redis when the other process writes', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const { key: admin } = await createApiKey(db.prisma, { name: 'admin', role: 'ADMIN' });
    const anonymous = async (server: RunningServer) => {
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: COUNTRIES }),
      });
      return gb((await response.json()).data);
    };
    expect(await anonymous(b)).toBe('United Kingdom');
    // Kept, and shared: a change behind the API's back is not seen by either process.
    const row = await db.prisma.country.update({ where: { code: 'GB' }, data: { nameEn: 'UK, unseen' } });
    expect(await anonymous(a)).toBe('United Kingdom');
    const updated = await ask(a, admin, UPDATE_COUNTRY, { id: encodeGlobalID('Country', row.id), version: row.version, nameEn: 'Britain' });
    expect((await updated.json()).data.updateCountry.userErrors).toEqual([]);
    expect(await anonymous(b)).toBe('Britain');
  });
});
