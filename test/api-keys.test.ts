// Getting a key: the CLI on a fresh data directory (it migrates and loads data itself), codes,
// global ids and ROR ids, listings, clear errors; and key management over GraphQL for ADMIN keys.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, UsageError } from '../src/cli.js';
import { processDatabase, root, startServer } from './support/process.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ as: 'ANONYMOUS' });
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name role state prefix agency { code } organization { nameEn } } userErrors { field code message } }
}`;

describe('key management over GraphQL', () => {
  it('lets an ADMIN key create a key (shown once), list keys and revoke one', async () => {
    const admin = await server.headersFor({ role: 'ADMIN' });
    const bbsrc = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    const created = await server.graphql(CREATE, { input: { name: 'BBSRC sync', role: 'AGENCY', agencyId: encodeGlobalID('FundingAgency', bbsrc.id) } }, admin);
    expect(created.errors).toBeUndefined();
    const { key, apiKey, userErrors } = created.data!.createApiKey;
    expect(userErrors).toEqual([]);
    expect(key).toMatch(/^aspire_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'BBSRC sync', role: 'AGENCY', state: 'ACTIVE', agency: { code: 'BBSRC' }, prefix: key.slice(0, 13) });

    const viewer = await server.graphql('{ viewer { role agency { code } } }', {}, { authorization: `Bearer ${key}` });
    expect(viewer.data!.viewer).toEqual({ role: 'AGENCY', agency: { code: 'BBSRC' } });

    const listed = await server.graphql('{ apiKeys(first: 100) { totalCount nodes { id name state } } }', {}, admin);
    expect(listed.data!.apiKeys.nodes).toContainEqual({ id: apiKey.id, name: 'BBSRC sync', state: 'ACTIVE' });
    expect(JSON.stringify(listed)).not.toContain(key);

    const revoked = await server.graphql(
      'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { state revokedAt } userErrors { code } } }',
      { id: apiKey.id },
      admin,
    );
    expect(revoked.data!.revokeApiKey).toMatchObject({ apiKey: { state: 'REVOKED' }, userErrors: [] });
    expect((await server.graphql('{ viewer { role } }', {}, { authorization: `Bearer ${key}` })).status).toBe(401);
    const again = await server.graphql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }', { id: apiKey.id }, admin);
    expect(again.data!.revokeApiKey.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
  });

  it('answers a retry with the same Idempotency-Key with the same key record, and no secret', async () => {
    const admin = { ...(await server.headersFor({ role: 'ADMIN' })), 'idempotency-key': 'key-retry-1' };
    const before = await server.db.prisma.apiKey.count();
    const first = await server.graphql(CREATE, { input: { name: 'Retried', role: 'STAFF' } }, admin);
    const second = await server.graphql(CREATE, { input: { name: 'Retried', role: 'STAFF' } }, admin);
    expect(first.data!.createApiKey.key).toMatch(/^aspire_/);
    expect(second.data!.createApiKey).toMatchObject({ key: null, apiKey: { id: first.data!.createApiKey.apiKey.id } });
    expect(await server.db.prisma.apiKey.count()).toBe(before + 1);
  });

  it('refuses a role and tenant that do not fit, and writes nothing', async () => {
    const admin = await server.headersFor({ role: 'ADMIN' });
    const before = await server.db.prisma.apiKey.count();
    const noAgency = await server.graphql(CREATE, { input: { name: 'x', role: 'AGENCY' } }, admin);
    expect(noAgency.data!.createApiKey).toMatchObject({ key: null, apiKey: null, userErrors: [{ field: ['agencyId'], code: 'INVALID_VALUE' }] });
    const org = await server.db.prisma.organization.findFirstOrThrow();
    const mixed = await server.graphql(CREATE, { input: { name: 'x', role: 'STAFF', organizationId: encodeGlobalID('Organization', org.id) } }, admin);
    expect(mixed.data!.createApiKey.userErrors).toEqual([expect.objectContaining({ field: ['organizationId'], code: 'INVALID_VALUE' })]);
    const past = await server.graphql(CREATE, { input: { name: 'x', role: 'STAFF', expiresAt: '2020-01-01T00:00:00Z' } }, admin);
    expect(past.data!.createApiKey.userErrors).toEqual([expect.objectContaining({ field: ['expiresAt'], code: 'INVALID_VALUE' })]);
    expect(await server.db.prisma.apiKey.count()).toBe(before);
  });

  it.each(['STAFF', 'AGENCY', 'INSTITUTION', 'anonymous'] as const)('refuses %s callers: no key made, none listed, none revoked', async (role) => {
    const target = await server.db.prisma.apiKey.findFirstOrThrow({ where: { revokedAt: null } });
    const agency = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    const org = await server.db.prisma.organization.findFirstOrThrow();
    const headers =
      role === 'anonymous'
        ? {}
        : await server.headersFor({ role, agencyId: role === 'AGENCY' ? agency.id : null, organizationId: role === 'INSTITUTION' ? org.id : null });
    const before = await server.db.prisma.apiKey.count();
    const created = await server.graphql(CREATE, { input: { name: 'sneaky', role: 'ADMIN' } }, headers);
    expect(created.data?.createApiKey ?? null).toBeNull();
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await server.graphql('{ apiKeys { totalCount } }', {}, headers);
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const node = await server.graphql('query($id: ID!) { node(id: $id) { id } }', { id: encodeGlobalID('ApiKey', target.id) }, headers);
    expect(node.data!.node).toBeNull();
    const revoked = await server.graphql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { userErrors { code } } }', { id: encodeGlobalID('ApiKey', target.id) }, headers);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.apiKey.count()).toBe(before);
    expect((await server.db.prisma.apiKey.findUniqueOrThrow({ where: { id: target.id } })).revokedAt).toBeNull();
  });
});

describe('the CLI', () => {
  const run = async (args: string[]) => {
    const lines: string[] = [];
    await runCli(args, server.db.prisma, (l) => lines.push(l));
    return lines;
  };

  it('lists agencies and organisations with the global ids the API uses', async () => {
    const agencies = await run(['agencies']);
    const bbsrc = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    expect(agencies).toContain(`${encodeGlobalID('FundingAgency', bbsrc.id)}\tBBSRC\t${bbsrc.nameEn}`);
    const organizations = await run(['organizations', '--search', 'demo']);
    expect(organizations.length).toBeGreaterThan(0);
    expect(organizations[0]).toMatch(/^[A-Za-z0-9+/=]+\t(-|\w{9})\t[A-Z]{2}\tDemo: /);
  });

  it('takes an agency by code, a global id or a UUID, and an organisation by global id or ROR id', async () => {
    const bbsrc = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    for (const agency of ['bbsrc', encodeGlobalID('FundingAgency', bbsrc.id), bbsrc.id]) {
      expect((await run(['key', 'create', '--role', 'AGENCY', '--agency', agency, '--name', `by ${agency}`]))[0]).toMatch(/AGENCY BBSRC/);
    }
    const country = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'JP' } });
    const org = await server.db.prisma.organization.create({ data: { nameEn: 'ROR Test University (fictional)', kind: 'UNIVERSITY', countryId: country.id, rorId: '0abcde123' } });
    for (const organization of [encodeGlobalID('Organization', org.id), '0abcde123', 'https://ror.org/0abcde123']) {
      const lines = await run(['key', 'create', '--role', 'INSTITUTION', '--organization', organization, '--name', 'office']);
      expect(lines[0]).toContain('ROR Test University (fictional)');
    }
    await expect(run(['key', 'create', '--role', 'INSTITUTION', '--organization', 'Demo University', '--name', 'x'])).rejects.toThrow(/neither/);
    await expect(run(['key', 'create', '--role', 'AGENCY', '--agency', 'NOPE', '--name', 'x'])).rejects.toThrow(UsageError);
  });

  it('on a fresh data directory: migrates, loads data, makes a key that works, and explains mistakes without a stack trace', async () => {
    const db = await processDatabase('cli');
    const cli = (args: string[]) =>
      promisify(execFile)('npm', ['run', '-s', 'cli', '--', ...args], { cwd: root, env: { ...process.env, ...db.env } }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    try {
      const created = await cli(['key', 'create', '--role', 'ADMIN', '--name', 'First admin']);
      expect(created.stderr).toBe('');
      const key = created.stdout.trim().split('\n').at(-1)!;
      expect(key).toMatch(/^aspire_[\w-]{43}$/);
      expect((await cli(['agencies'])).stdout).toMatch(/\tBBSRC\t/);

      const wrong = await cli(['key', 'create', '--role', 'AGENCY', '--agency', 'NOPE', '--name', 'x']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/no funding agency has the code or id "NOPE"/);
      expect(wrong.stderr).not.toMatch(/\n\s+at /);

      // The server starts on what the CLI prepared, and the key works; the CLI will not open the
      // embedded database under it.
      const running = await startServer(['node', '--import', 'tsx', 'src/main.ts'], db.env);
      try {
        const viewer = await fetch(`${running.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: '{ viewer { role keyName } }' }),
        }).then((r) => r.json());
        expect(viewer).toMatchObject({ data: { viewer: { role: 'ADMIN', keyName: 'First admin' } } });
        if (!db.env.DATABASE_URL) {
          const refused = await cli(['key', 'list']);
          expect(refused.code).toBe(2);
          expect(refused.stderr).toMatch(/is using the embedded database.*createApiKey/s);
        }
      } finally {
        await running.stop('SIGTERM');
      }
    } finally {
      await db.drop();
    }
  }, 900_000);
});
