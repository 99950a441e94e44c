// API keys are looked up once per key per few seconds (#14); a revocation is refused at once by the
// process that made it, and by another server process as soon as Redis tells it.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase, type Database } from '../src/db/client.js';
import { processDatabase, startServer, type RunningServer } from './support/process.js';
import { createTestServer, type TestServer } from './support/server.js';

const VIEWER = `{ viewer { role } }`;

describe('in one process', () => {
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
});
