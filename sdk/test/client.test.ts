// The SDK against the real server on a free port, over a real database with the demo data.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/keys.js';
import type { Database } from '../../src/db/client.js';
import { createTestDatabase } from '../../test/support/database.js';
import { startHttpServer } from '../../test/support/http.js';
import {
  createClient,
  GraphQLRequestError,
  queries,
  ThrottledError,
  TransportError,
  UnauthenticatedError,
  type AspireClient,
} from '../src/index.js';

let db: Database;
let open: Awaited<ReturnType<typeof startHttpServer>>;
let strict: Awaited<ReturnType<typeof startHttpServer>>;
let staff: AspireClient;
let staffKey: string;

beforeAll(async () => {
  db = await createTestDatabase();
  open = await startHttpServer(db);
  // The production default: only the SDK's own operations for anonymous callers.
  strict = await startHttpServer(db, { arbitraryOperations: 'authenticated' });
  staffKey = (await createApiKey(db.prisma, { name: 'sdk test', role: 'STAFF' })).key;
  staff = createClient({ url: open.url, apiKey: staffKey });
});
afterAll(async () => {
  await open.close();
  await strict.close();
  await db.close();
});

describe('generated methods', () => {
  it('answers every read the SDK offers', async () => {
    const { calls } = await staff.calls({ first: 1 });
    const callId = calls.nodes[0]!.id;
    const { proposals } = await staff.proposals({ first: 1 });
    const required: Partial<Record<keyof typeof queries, Record<string, unknown>>> = {
      call: { code: 'FY2026-SOLO-TOP' },
      callForRules: { code: 'FY2026-SOLO-TOP' },
      proposalForRules: { id: proposals.nodes[0]!.id },
      country: { code: 'GB' },
      researchField: { code: 'QUANTUM' },
      fundingAgency: { code: 'BBSRC' },
      indicator: { code: '4-1-dispatched' },
      node: { id: callId },
      nodes: { ids: [callId] },
      auditTrail: { recordId: callId, first: 5 },
    };
    // A partner agency's own ids: sdk/test/mutations.test.ts reads them with an agency key.
    const agencyOnly = new Set<keyof typeof queries>(['byExternalId']);
    const names = Object.keys(queries) as (keyof typeof queries)[];
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names.filter((n) => !agencyOnly.has(n))) {
      const method = staff[name] as (variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;
      const data = await method(required[name] ?? {});
      const root = Object.values(data)[0];
      expect(root, name).toBeTruthy();
    }
  });

  it('returns typed, localized data', async () => {
    const ja = createClient({ url: open.url, locale: 'ja' });
    const { call } = await ja.call({ code: 'FY2024-JOINT-UK-BIO' });
    expect(call?.code).toBe('FY2024-JOINT-UK-BIO');
    expect(call?.title).toMatch(/^2024年度 日英共同公募/);
    expect(call?.maxDirectCostYen).toBe('180000000');
  });
});

describe('pagination', () => {
  it('follows cursors across several pages and stops at the end', async () => {
    const { proposals } = await staff.proposals({ first: 1 });
    const seen: string[] = [];
    for await (const proposal of staff.paginate.proposals({ first: 7 })) seen.push(proposal.id);
    expect(proposals.totalCount).toBeGreaterThan(14);
    expect(seen).toHaveLength(proposals.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('stops cleanly when the loop is left early', async () => {
    let pages = 0;
    const counting = createClient({
      url: open.url,
      apiKey: staffKey,
      fetch: (input, init) => {
        pages++;
        return fetch(input, init);
      },
    });
    const firstFive: string[] = [];
    for await (const researcher of counting.paginate.researchers({ first: 2 })) {
      firstFive.push(researcher.id);
      if (firstFive.length === 5) break;
    }
    expect(firstFive).toHaveLength(5);
    expect(pages).toBe(3);
  });
});

describe('errors', () => {
  it('tells a refused key by its type and status, without parsing messages', async () => {
    const client = createClient({ url: open.url, apiKey: 'aspire_not-a-key' });
    const error = await client.viewer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as UnauthenticatedError).status).toBe(401);
    expect((error as UnauthenticatedError).codes).toContain('UNAUTHENTICATED');
  });

  it('carries the server codes of GraphQL errors', async () => {
    const error = await staff.proposals({ first: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).not.toBeInstanceOf(UnauthenticatedError);
    expect((error as GraphQLRequestError).hasCode('BAD_USER_INPUT')).toBe(true);
  });

  it('reports an unreachable API as a transport error, after its retries', async () => {
    let attempts = 0;
    const client = createClient({
      url: 'http://127.0.0.1:9/graphql',
      retry: { retries: 2, baseDelayMs: 1 },
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const error = await client.countries({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(attempts).toBe(3);
  });

  it('waits out throttling and retries idempotent requests', async () => {
    let calls = 0;
    const client = createClient({
      url: open.url,
      retry: { retries: 1, baseDelayMs: 1 },
      // A proxy in front of the API that throttles the first request.
      fetch: async (input, init) => {
        calls++;
        if (calls === 1) {
          return new Response(JSON.stringify({ errors: [{ message: 'slow down', extensions: { code: 'THROTTLED' } }] }), {
            status: 429,
            headers: { 'retry-after': '0', 'content-type': 'application/json' },
          });
        }
        return fetch(input, init);
      },
    });
    const { countries } = await client.countries({});
    expect(countries.totalCount).toBe(22);
    expect(calls).toBe(2);
    const noRetry = createClient({ url: open.url, retry: false, fetch: async () => new Response('{"errors":[{"message":"slow down"}]}', { status: 429 }) });
    await expect(noRetry.countries({})).rejects.toBeInstanceOf(ThrottledError);
  });
});

describe('persisted documents', () => {
  const custom = '{ calls(first: 1) { totalCount } }';
  const asDocument = custom as unknown as Parameters<AspireClient['request']>[0];

  it("lets anyone run the SDK's operations by hash, and only keys send documents of their own", async () => {
    const anonymous = createClient({ url: strict.url });
    const { researchFields } = await anonymous.researchFields({});
    expect(researchFields.totalCount).toBe(7);
    const refused = await anonymous.request(asDocument).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLRequestError);
    const withKey = createClient({ url: strict.url, apiKey: staffKey });
    await expect(withKey.request(asDocument)).resolves.toEqual({ calls: { totalCount: 14 } });
  });

  it('sends a hash, not the text, for its own operations', async () => {
    const bodies: string[] = [];
    const client = createClient({
      url: strict.url,
      fetch: (input, init) => {
        bodies.push(String(init?.body));
        return fetch(input, init);
      },
    });
    await client.countries({});
    expect(JSON.parse(bodies[0]!)).toMatchObject({
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) } },
    });
    expect(bodies[0]).not.toContain('countries(');
  });
});

/** A fetch that records the body of every request it sends. */
function recording(): typeof fetch & { bodies: Record<string, unknown>[] } {
  const bodies: Record<string, unknown>[] = [];
  return Object.assign((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    bodies.push(JSON.parse(String(init?.body)));
    return fetch(input, init);
  }, { bodies });
}

describe('version skew', () => {
  // An operation of a newer SDK than the server: its hash is in the client's map, not the server's.
  const text = 'query SkewProbe { countries(first: 1) { totalCount } }';
  const newer = {
    toString: () => text,
    __meta__: { hash: `sha256:${createHash('sha256').update(text).digest('hex')}` },
  } as unknown as Parameters<AspireClient['request']>[0];

  it('sends the text when the server does not know the hash, and goes on sending the text', async () => {
    const sent = recording();
    const client = createClient({ url: open.url, fetch: sent });
    await expect(client.request(newer)).resolves.toEqual({ countries: { totalCount: 22 } });
    expect(sent.bodies.map((b) => Object.keys(b).sort())).toEqual([['extensions'], ['query']]);
    await client.request(newer);
    expect(sent.bodies).toHaveLength(3);
    expect(sent.bodies[2]).toMatchObject({ query: text });
  });

  it('falls back only where the server accepts text from the caller', async () => {
    const withKey = createClient({ url: strict.url, apiKey: staffKey });
    await expect(withKey.request(newer)).resolves.toEqual({ countries: { totalCount: 22 } });
    const sent = recording();
    const anonymous = createClient({ url: strict.url, fetch: sent });
    const refused = await anonymous.request(newer).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GraphQLRequestError);
    expect(sent.bodies).toHaveLength(2);
  });
});

describe('list views', () => {
  it('lists calls with their fields, countries and agencies in one request', async () => {
    const sent = recording();
    const client = createClient({ url: open.url, fetch: sent });
    const { calls } = await client.calls({ first: 50 });
    expect(sent.bodies).toHaveLength(1);
    const joint = calls.nodes.find((c) => c.code === 'FY2024-JOINT-UK-BIO')!;
    const { call } = await client.call({ code: joint.code });
    expect(joint.countries).toEqual(call!.countries);
    expect(joint.fields.map((f) => f.code)).toEqual(call!.fieldsInPhase.map((f) => f.field.code));
    expect(joint.agencies.map((a) => a.agency.code)).toContain('BBSRC');
  });

  it('lists projects with their outcomes in one request, as one request per project would', async () => {
    const sent = recording();
    const client = createClient({ url: open.url, fetch: sent });
    const { projects } = await client.projectsWithOutcomes({ first: 30 });
    expect(sent.bodies).toHaveLength(1);
    expect(projects.nodes.length).toBeGreaterThan(5);
    expect(projects.nodes.some((p) => p.outcomes.totalCount > 0)).toBe(true);
    for (const project of projects.nodes) {
      const { outcomes } = await client.outcomes({ first: 100, filter: { projectId: project.id } });
      const all = outcomes.nodes.map((o) => o.id);
      expect(project.outcomes.totalCount, project.id).toBe(outcomes.totalCount);
      expect(project.outcomes.pageInfo.hasNextPage).toBe(outcomes.totalCount > 20);
      expect(all).toEqual(expect.arrayContaining(project.outcomes.nodes.map((o) => o.id)));
      expect(project.outcomes.nodes).toHaveLength(Math.min(20, outcomes.totalCount));
    }
  });
});
