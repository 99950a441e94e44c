// The SDK's sync helper against the real server over HTTP: batches, retries whose answer was lost,
// and a feed consumer stopped at a random point and resumed from its stored cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/keys.js';
import type { Database } from '../../src/db/client.js';
import { createTestDatabase } from '../../test/support/database.js';
import { startHttpServer } from '../../test/support/http.js';
import { AspireError, createClient, createSync, SyncRefusedError, TransportError, type ChangeEvent, type SyncRecordInput } from '../src/index.js';
import { encodeGlobalID } from '@pothos/plugin-relay';

let db: Database;
let http: Awaited<ReturnType<typeof startHttpServer>>;
let agencyKey: string;
let callId: string;
let leadOrganizationId: string;
let otherCallId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  http = await startHttpServer(db);
  const agency = await db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  agencyKey = (await createApiKey(db.prisma, { name: 'sdk sync', role: 'AGENCY', agencyId: agency.id })).key;
  const call = await db.prisma.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id } } } });
  callId = encodeGlobalID('Call', call.id);
  const org = await db.prisma.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } });
  leadOrganizationId = encodeGlobalID('Organization', org.id);
  const other = await db.prisma.call.findFirstOrThrow({ where: { agencies: { none: { agencyId: agency.id } } } });
  otherCallId = encodeGlobalID('Call', other.id);
});
afterAll(async () => {
  await http.close();
  await db.close();
});

function proposals(prefix: string, count: number): SyncRecordInput[] {
  return Array.from({ length: count }, (_, i) => ({
    proposal: { externalId: `${prefix}-${i}`, titleEn: `${prefix} ${i}`, fieldCode: 'BIO', leadOrganization: { id: leadOrganizationId } },
  }));
}

/** A fetch whose answer to the n-th sync request is lost on the way back, after the server acted. */
function losingAnswer(n: number): typeof fetch & { syncRequests: number } {
  const wrapped = Object.assign(
    async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      const response = await fetch(input, init);
      if (typeof init?.body === 'string' && init.body.includes('idempotencyKey') && ++wrapped.syncRequests === n) {
        await response.text();
        throw new TypeError('socket hang up');
      }
      return response;
    },
    { syncRequests: 0 },
  );
  return wrapped;
}

// These push over a thousand records through the real server: seconds each on a quiet machine, far
// more on a loaded one. The limit only stops a hang; speed is bench/sync.ts's business.
const PUSHES_THOUSANDS_MS = 180_000;

describe('createSync().push', () => {
  it('sends records in batches of at most 500 and reports every one, in order', async () => {
    const sync = createSync(createClient({ url: http.url, apiKey: agencyKey }));
    const sizes: number[] = [];
    const results = await sync.push(callId, proposals('BATCHED', 1_100), { onBatch: (b) => void sizes.push(b.results.length) });
    expect(sizes).toEqual([500, 500, 100]);
    expect(results.map((r) => r.index)).toEqual(Array.from({ length: 1_100 }, (_, i) => i));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['CREATED']));
  }, PUSHES_THOUSANDS_MS);

  it('retries a batch whose answer was lost with the same key: nothing is applied twice', async () => {
    const lossy = losingAnswer(2);
    const sync = createSync(createClient({ url: http.url, apiKey: agencyKey, fetch: lossy }));
    const records = proposals('LOST', 30);
    const results = await sync.push(callId, records, { batchSize: 10, baseDelayMs: 10 });
    // Four requests for three batches: the second batch went twice, under one key.
    expect(lossy.syncRequests).toBe(4);
    expect(results.map((r) => r.status)).toEqual(Array(30).fill('CREATED'));
    const stored = await db.prisma.externalId.count({ where: { entity: 'PROPOSAL', externalId: { startsWith: 'LOST-' } } });
    expect(stored).toBe(30);
    expect(await db.prisma.proposal.count({ where: { titleEn: { startsWith: 'LOST ' } } })).toBe(30);
  });

  it('gives up after its retries with the transport error, and a new push of the same records creates nothing twice', async () => {
    const down = createSync(createClient({ url: 'http://127.0.0.1:9/graphql', apiKey: agencyKey }));
    await expect(down.push(callId, proposals('DOWN', 2), { retries: 1, baseDelayMs: 1 })).rejects.toBeInstanceOf(TransportError);
    const sync = createSync(createClient({ url: http.url, apiKey: agencyKey }));
    const records = proposals('TWICE', 5);
    await sync.push(callId, records);
    const again = await sync.push(callId, records);
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('UNCHANGED'));
  });

  it('throws SyncRefusedError, an AspireError, when the whole batch is refused', async () => {
    const sync = createSync(createClient({ url: http.url, apiKey: agencyKey }));
    const refused = await sync.push(otherCallId, proposals('OTHER', 1)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SyncRefusedError);
    expect(refused).toBeInstanceOf(AspireError);
    expect((refused as SyncRefusedError).userErrors.length).toBeGreaterThan(0);
    expect(await db.prisma.externalId.count({ where: { externalId: 'OTHER-0' } })).toBe(0);
  });
});

/** A partner's copy: record id → the record as the feed last showed it. */
function apply(copy: Map<string, ChangeEvent['record']>, events: readonly ChangeEvent[]) {
  for (const event of events) {
    if (event.action === 'DELETE') copy.delete(event.recordId);
    else copy.set(event.recordId, event.record);
  }
}

describe('createSync().pull', () => {
  it('ends, after a stop at a random page and a resume from the stored cursor, with the copy of a consumer that never stopped', async () => {
    const sync = createSync(createClient({ url: http.url, apiKey: agencyKey }));
    const whole = new Map<string, ChangeEvent['record']>();
    let last: string | null = null;
    let pages = 0;
    for await (const page of sync.pull({ pageSize: 97 })) {
      apply(whole, page.events);
      last = page.cursor;
      pages++;
    }
    expect(pages).toBeGreaterThan(3);
    // Each record says its type, which is what TypeScript narrows on (sdk/test/types.test.ts).
    expect([...whole.values()].every((record) => record === null || typeof record.__typename === 'string')).toBe(true);

    const stopAt = 1 + Math.floor(Math.random() * (pages - 1));
    const copy = new Map<string, ChangeEvent['record']>();
    let stored: string | null = null;
    let seen = 0;
    for await (const page of sync.pull({ pageSize: 97 })) {
      if (++seen > stopAt) break; // the process stops before applying this page
      apply(copy, page.events);
      stored = page.cursor;
    }
    // A new process: the copy and its cursor are all that survived.
    const resumed = new Map(copy);
    for await (const page of createSync(createClient({ url: http.url, apiKey: agencyKey })).pull({ since: stored, pageSize: 97 })) {
      apply(resumed, page.events);
      stored = page.cursor;
    }
    expect(resumed, `stopped after page ${stopAt} of ${pages}`).toEqual(whole);
    expect(stored).toBe(last);
  }, PUSHES_THOUSANDS_MS);
});
