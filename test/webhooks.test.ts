// Webhooks end to end in one process: subscriptions over GraphQL, deliveries from the queue (pg-boss)
// written in the change's transaction to a real receiver on 127.0.0.1, signed (checked with the reference
// Standard Webhooks library), retried with backoff, in order per record, and never across tenants.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesDocument } from '../sdk/src/generated/graphql.js';
import { verifyWebhook, type WebhookEvent } from '../sdk/src/webhooks.js';
import { createLogger } from '../src/logger.js';
import { webhookSettingsFromEnv } from '../src/modules/webhooks/settings.js';
import { startWebhookWorker, type WebhookWorker } from '../src/modules/webhooks/worker.js';
import { eventually, startReceiver, type Receiver } from './support/receiver.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, mutate, rowId } from './support/writes.js';

let server: TestServer;
let worker: WebhookWorker;
let bbsrc: Record<string, string>;
let institution: Record<string, string>;
let bbsrcCallId: string;
let leadOrgId: string;
/** Drafts of a solo call: staff edit them (no agency's feed shows them). */
let drafts: { id: string; version: number }[];
const receivers: Receiver[] = [];

const settings = { ...webhookSettingsFromEnv({}), pollMs: 20, retryBaseMs: 30, retryMaxMs: 200, maxAttempts: 5, timeoutMs: 2_000 };

beforeAll(async () => {
  server = await createTestServer();
  const p = server.db.prisma;
  const agency = await p.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  bbsrcCallId = (await p.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id, role: 'PARTNER' } } } })).id;
  leadOrgId = (await p.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } })).id;
  drafts = await p.proposal.findMany({ where: { status: 'DRAFT', call: { agencies: { none: { agencyId: agency.id } } } }, select: { id: true, version: true } });
  expect(drafts.length).toBeGreaterThanOrEqual(2);
  bbsrc = await server.headersFor({ role: 'AGENCY', agencyId: agency.id });
  institution = await server.headersFor({ role: 'INSTITUTION', organizationId: leadOrgId });
  worker = startWebhookWorker(server.db, createLogger({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }), settings);
});
afterAll(async () => {
  await worker?.stop();
  await Promise.all(receivers.map((r) => r.close()));
  await server.close();
});

async function receiver(answer?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(answer);
  receivers.push(r);
  return r;
}

const SUBSCRIPTION = 'id url state lastError recordTypes callIds';

async function subscribe(input: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await server.graphql(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { ${SUBSCRIPTION} } userErrors { field code message } } }`,
    { input },
    headers,
  );
  return { ...response.data?.createWebhookSubscription, errors: response.errors };
}

/** A staff edit of a draft's title: one UPDATE change of that proposal. */
async function retitle(draft: { id: string; version: number }, title: string) {
  const { result, userErrors } = await mutate(server, 'updateProposal', 'proposal', 'version', { id: gid('Proposal', draft.id), version: draft.version, titleEn: title });
  expect(userErrors).toEqual([]);
  draft.version = result!.version;
}

/** Until the worker has recorded every delivery of the subscription as settled. */
const settled = (subscriptionId: string) =>
  eventually(async () => (await server.db.prisma.webhookDelivery.count({ where: { subscriptionId: rowId(subscriptionId), status: 'PENDING' } })) === 0);

const events = (r: Receiver) => r.accepted().map((d) => JSON.parse(d.body) as WebhookEvent);

describe('subscriptions', () => {
  it('refuse URLs that are not https or loopback, and private addresses', async () => {
    for (const [url, why] of [
      ['http://example.com/hook', 'plain http'],
      ['https://10.0.0.7/hook', 'private'],
      ['https://192.168.1.20/hook', 'private'],
      ['https://169.254.169.254/latest/meta-data', 'private'],
      ['https://[::ffff:10.0.0.1]/hook', 'private'],
      ['https://[fd00::1]/hook', 'private'],
      ['ftp://127.0.0.1/hook', 'https'],
      ['https://user:pw@127.0.0.1/hook', 'credentials'],
    ]) {
      const outcome = await subscribe({ url });
      expect(outcome.webhookSubscription, url).toBeNull();
      expect(outcome.userErrors[0], url).toMatchObject({ code: 'INVALID_VALUE', field: ['url'] });
      expect(outcome.userErrors[0].message, url).toContain(why);
    }
    expect(await server.db.prisma.webhookSubscription.count()).toBe(0);
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost:9/hook', 'http://[::1]:9/hook', 'https://127.0.0.1:9/hook']) {
      const outcome = await subscribe({ url });
      expect(outcome.userErrors, url).toEqual([]);
      expect(outcome.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
      await server.graphql(`mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: outcome.webhookSubscription.id });
    }
    expect(await server.db.prisma.webhookSubscription.count()).toBe(0);
  }, 120_000);

  it('are for staff and partner agencies; an agency subscribes only to calls its feed shows', async () => {
    const denied = await subscribe({ url: 'http://127.0.0.1:9/hook' }, institution);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherCall = await server.db.prisma.call.findFirstOrThrow({ where: { kind: 'SOLO' } });
    const refused = await subscribe({ url: 'http://127.0.0.1:9/hook', callIds: [gid('Call', bbsrcCallId), gid('Call', otherCall.id)] }, bbsrc);
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['callIds', '1'] })]);
    expect(await server.db.prisma.webhookSubscription.count()).toBe(0);
  }, 120_000);
});

describe('deliveries', () => {
  it('are signed per Standard Webhooks and carry what the changes feed gives the subscriber', async () => {
    const r = await receiver();
    const { secret, webhookSubscription } = await subscribe({ url: r.url, recordTypes: ['PROPOSAL'] });
    await retitle(drafts[0]!, 'Physical AI for field robotics (signed)');
    await eventually(() => r.accepted().length === 1);
    const [delivery] = r.accepted();
    // The reference library accepts the signature; a changed body or another secret does not.
    const headers = { 'webhook-id': delivery!.id, 'webhook-timestamp': String(delivery!.headers['webhook-timestamp']), 'webhook-signature': String(delivery!.headers['webhook-signature']) };
    const verified = new Webhook(secret).verify(delivery!.body, headers) as WebhookEvent;
    expect(() => new Webhook(secret).verify(delivery!.body.replace('signed', 'forged'), headers)).toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(delivery!.body, headers)).toThrow();
    // The SDK's helper gives the same event, typed.
    const event = verifyWebhook(secret, delivery!.body, headers);
    expect(event).toEqual(verified);
    expect(event.type).toBe('proposal.updated');
    if (event.type !== 'proposal.updated') throw new Error('narrowing');
    expect(event.data.record).not.toBeNull();
    // Exactly the event the subscriber's changes feed gives, from just before it.
    const before = Buffer.from(`change:${BigInt(event.data.sequence) - 1n}`).toString('base64url');
    const feed = await server.data(ChangesDocument.toString(), { since: before, first: 1 });
    expect(event.data).toEqual(feed.changes.events[0]);
    // The delivery log.
    await settled(webhookSubscription.id);
    const log = await server.data(
      `query { webhookSubscriptions { id deliveries(first: 5) { nodes { webhookId status sequence lastStatusCode attempts { statusCode latencyMs error } } } } }`,
    );
    const mine = log.webhookSubscriptions.find((s: { id: string }) => s.id === webhookSubscription.id);
    expect(mine.deliveries.nodes).toEqual([
      { webhookId: delivery!.id, status: 'DELIVERED', sequence: event.data.sequence, lastStatusCode: 200, attempts: [{ statusCode: 200, latencyMs: expect.any(Number), error: null }] },
    ]);
    await server.graphql(`mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: webhookSubscription.id });
  }, 120_000);

  it('are retried with backoff: a receiver that answers 500 three times then 200 gets the event once it recovers', async () => {
    const r = await receiver(({ seen }) => (seen < 3 ? 500 : 200));
    const { webhookSubscription } = await subscribe({ url: r.url, recordTypes: ['PROPOSAL'] });
    await retitle(drafts[0]!, 'Physical AI for field robotics (retried)');
    await eventually(() => r.accepted().length === 1);
    expect(r.received.map((d) => d.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(r.received.map((d) => d.id)).size).toBe(1); // the same webhook-id every time
    await settled(webhookSubscription.id);
    const log = await server.data(`query { webhookSubscriptions { id state deliveries(first: 1) { nodes { status attempts { statusCode startedAt } } } } }`);
    const mine = log.webhookSubscriptions.find((s: { id: string }) => s.id === webhookSubscription.id);
    expect(mine.state).toBe('ACTIVE');
    const attempts = mine.deliveries.nodes[0].attempts as { statusCode: number; startedAt: string }[];
    expect(attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    // Backoff: each wait at least half of the doubled delay (30, 60, 120 ms, jittered).
    const gaps = attempts.slice(1).map((a, i) => Date.parse(a.startedAt) - Date.parse(attempts[i]!.startedAt));
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual((settings.retryBaseMs * 2 ** i) / 2 - 5));
    await server.graphql(`mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: webhookSubscription.id });
  }, 120_000);

  it('that run out of retries mark the subscription failing with the reason; resume and redeliver send again', async () => {
    let up = false;
    const r = await receiver(() => (up ? 200 : 503));
    const { webhookSubscription } = await subscribe({ url: r.url, recordTypes: ['PROPOSAL'] });
    await retitle(drafts[1]!, 'Smart greenhouse phenotyping (failing)');
    const state = async () =>
      (await server.data(`query { webhookSubscriptions { id state lastError deliveries(first: 1) { nodes { id status } } } }`)).webhookSubscriptions.find(
        (s: { id: string }) => s.id === webhookSubscription.id,
      );
    await eventually(async () => (await state()).state === 'FAILING');
    const failing = await state();
    expect(r.received).toHaveLength(settings.maxAttempts);
    expect(failing.lastError).toMatch(/attempt 5 of 5: HTTP 503/);
    expect(failing.deliveries.nodes[0].status).toBe('FAILED');
    // The agency cannot see (or resume) staff's subscription.
    const foreign = await server.graphql(`mutation($id: ID!) { resumeWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: webhookSubscription.id }, bbsrc);
    expect(foreign.data!.resumeWebhookSubscription.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    up = true;
    await server.data(`mutation($id: ID!) { resumeWebhookSubscription(input: { id: $id }) { webhookSubscription { state } } }`, { id: webhookSubscription.id });
    await eventually(() => r.accepted().length === 1);
    // Redeliver: the same webhook-id once more.
    const again = await server.data(`mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { webhookDelivery { status } userErrors { code } } }`, {
      id: failing.deliveries.nodes[0].id,
    });
    expect(again.redeliverWebhook).toEqual({ webhookDelivery: { status: 'PENDING' }, userErrors: [] });
    await eventually(() => r.received.filter((d) => d.status === 200).length === 2);
    expect(new Set(r.received.map((d) => d.id)).size).toBe(1);
    await server.graphql(`mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: webhookSubscription.id });
  }, 120_000);

  it('go out in sequence order per record, even when receivers fail at random', async () => {
    // Every delivery fails its first attempt half the time: retries interleave with newer changes.
    const r = await receiver(({ seen }) => (seen === 0 && Math.random() < 0.5 ? 500 : 200));
    const { webhookSubscription } = await subscribe({ url: r.url, recordTypes: ['PROPOSAL'] });
    for (let i = 0; i < 8; i++) for (const draft of drafts.slice(0, 2)) await retitle(draft, `Ordering ${i}`);
    await eventually(() => r.accepted().length === 16);
    for (const draft of drafts.slice(0, 2)) {
      const ofRecord = r.received.map((d) => JSON.parse(d.body) as WebhookEvent).filter((e) => e.data.recordId === gid('Proposal', draft.id));
      const sequences = ofRecord.map((e) => BigInt(e.data.sequence));
      expect(sequences).toEqual([...sequences].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(sequences).size).toBe(8);
    }
    await server.graphql(`mutation($id: ID!) { deleteWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: webhookSubscription.id });
  }, 120_000);

  it('never cross tenants, and a rolled-back change is never queued', async () => {
    const agencyReceiver = await receiver();
    const staffReceiver = await receiver();
    const agency = await subscribe({ url: agencyReceiver.url }, bbsrc);
    const staff = await subscribe({ url: staffReceiver.url });
    const startSequence = (await server.db.prisma.changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence!;
    // Staff edit a solo call's draft; BBSRC pushes a proposal into its joint call.
    await retitle(drafts[0]!, 'Not for agencies');
    const sync = await server.graphql(
      `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { created } userErrors { code } } }`,
      {
        input: {
          idempotencyKey: 'webhook-tenants',
          callId: gid('Call', bbsrcCallId),
          records: [{ proposal: { externalId: 'WH-1', titleEn: 'Engineering biology WH-1', fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: gid('Organization', leadOrgId) } } }],
        },
      },
      bbsrc,
    );
    expect(sync.data!.syncRecords.batch.created).toBe(1);
    // A refused write rolls back: nothing of it is queued, neither delivery nor pg-boss job.
    const queued = async () => [await server.db.prisma.webhookDelivery.count(), (await server.db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job`)[0]!.n];
    const before = await queued();
    expect(before[1]).toBeGreaterThan(0);
    const refused = await mutate(server, 'updateProposal', 'proposal', 'version', { id: gid('Proposal', drafts[0]!.id), version: 1, titleEn: 'stale' });
    expect(refused.userErrors[0]?.code).toBe('VERSION_CONFLICT');
    expect(await queued()).toEqual(before);

    const since = Buffer.from(`change:${startSequence}`).toString('base64url');
    const feedOf = async (headers?: Record<string, string>) => (await server.data(ChangesDocument.toString(), { since, first: 500 }, headers)).changes.events;
    const agencyFeed = await feedOf(bbsrc);
    const staffFeed = await feedOf();
    expect(agencyFeed.length).toBeGreaterThan(0);
    expect(staffFeed.length).toBeGreaterThan(agencyFeed.length);
    await eventually(() => agencyReceiver.accepted().length === agencyFeed.length && staffReceiver.accepted().length === staffFeed.length);
    const bySequence = (a: WebhookEvent, b: WebhookEvent) => Number(BigInt(a.data.sequence) - BigInt(b.data.sequence));
    // Each receives exactly its own feed: the agency nothing of the solo call's draft.
    expect(events(agencyReceiver).sort(bySequence).map((e) => e.data)).toEqual(agencyFeed);
    expect(events(staffReceiver).sort(bySequence).map((e) => e.data)).toEqual(staffFeed);
    expect(events(agencyReceiver).some((e) => e.data.recordId === gid('Proposal', drafts[0]!.id))).toBe(false);
    expect(events(agencyReceiver).find((e) => e.data.externalId === 'WH-1')?.type).toBe('proposal.created');
    // Staff see the agency's subscription; the agency sees only its own.
    const listed = async (headers?: Record<string, string>) => (await server.data(`{ webhookSubscriptions { id } }`, {}, headers)).webhookSubscriptions.map((s: { id: string }) => s.id);
    expect(await listed(bbsrc)).toEqual([agency.webhookSubscription.id]);
    expect(await listed()).toEqual(expect.arrayContaining([agency.webhookSubscription.id, staff.webhookSubscription.id]));
  }, 120_000);

  it('of a delete are tombstones, as in the feed', async () => {
    const r = await receiver();
    const { secret } = await subscribe({ url: r.url, recordTypes: ['OUTCOME'] }, bbsrc);
    const outcome = await server.db.prisma.outcome.findFirstOrThrow({ where: { project: { proposal: { callId: bbsrcCallId } } } });
    const removed = await mutate(server, 'deleteOutcome', 'project', 'id', { id: gid('Outcome', outcome.id), version: outcome.version });
    expect(removed).toMatchObject({ errors: undefined, userErrors: [] });
    await eventually(() => r.accepted().length === 1);
    const [delivery] = r.accepted();
    const event = verifyWebhook(secret, delivery!.body, delivery!.headers as Record<string, string>);
    expect(event.type).toBe('outcome.deleted');
    expect(event.data).toMatchObject({ action: 'DELETE', record: null, recordId: gid('Outcome', outcome.id) });
  }, 120_000);
});
