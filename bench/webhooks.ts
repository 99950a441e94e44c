// Scale check of webhooks: 1,000 changes (a partner's sync batches) queued for an agency's
// subscription, then delivered to a receiver on 127.0.0.1 by the in-process worker, checking that
// none is lost or duplicated and that each record's changes arrive in sequence order.
//   npm run bench:webhooks                     embedded PGlite in a temporary directory
//   BENCH_DATABASE_URL=postgresql://… npm run bench:webhooks   a fresh PostgreSQL database
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createLogger } from '../src/logger.js';
import { webhookSettingsFromEnv } from '../src/modules/webhooks/settings.js';
import { startWebhookWorker } from '../src/modules/webhooks/worker.js';
import { createApiKey } from '../src/auth/keys.js';
import { createServer } from '../src/server.js';
// The tests' receiver.
import { eventually, startReceiver } from '../test/support/receiver.js';
import { freshDatabase } from './fresh-database.js';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 1_000);
const LIMIT_MS = 300_000;

const { db, target, agency, call, lead, drop } = await freshDatabase('bench_webhooks');
const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'AGENCY', agencyId: agency.id });
const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }) });
const graphql = async (query: string, variables: Record<string, unknown>) => {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, any>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const receiver = await startReceiver();
const { createWebhookSubscription } = await graphql(
  `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id } } }`,
  { input: { url: receiver.url } },
);
const subscription = createWebhookSubscription.webhookSubscription.id;
// Paused while the changes are written: the figure is the delivery of a full queue.
await graphql(`mutation($id: ID!) { pauseWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: subscription });

// Proposals created: each a change the agency's feed shows.
const records = Array.from({ length: CHANGES }, (_, i) => ({
  proposal: { externalId: `WB-${i}`, titleEn: `Engineering biology ${i}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: encodeGlobalID('Organization', lead.id) } },
}));
const writeStart = performance.now();
for (let i = 0; i < records.length; i += 500) {
  const batch = records.slice(i, i + 500);
  await graphql(`mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { created } } }`, {
    input: { idempotencyKey: `bench-${i}`, callId: encodeGlobalID('Call', call.id), records: batch },
  });
}
const writeSeconds = (performance.now() - writeStart) / 1000;
const queued = await db.prisma.webhookDelivery.count();

const worker = startWebhookWorker(db, createLogger({ LOG_LEVEL: 'silent' }), { ...webhookSettingsFromEnv(process.env), pollMs: 50 });
const deliverStart = performance.now();
await graphql(`mutation($id: ID!) { resumeWebhookSubscription(input: { id: $id }) { userErrors { code } } }`, { id: subscription });
await eventually(() => receiver.accepted().length >= queued, LIMIT_MS);
const deliverSeconds = (performance.now() - deliverStart) / 1000;
await worker.stop();

const received = receiver.received.map((r) => JSON.parse(r.body) as { data: { sequence: string; recordId: string } });
const ids = new Set(receiver.received.map((r) => r.id));
const last = new Map<string, bigint>();
let outOfOrder = 0;
for (const { data } of received) {
  const sequence = BigInt(data.sequence);
  if ((last.get(data.recordId) ?? -1n) > sequence) outOfOrder++;
  last.set(data.recordId, sequence);
}
console.log(`database        ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'}`);
console.log(`changes         ${queued} queued for an agency's subscription (written in ${writeSeconds.toFixed(1)} s)`);
console.log(`delivered       ${receiver.accepted().length} in ${deliverSeconds.toFixed(1)} s, ${(receiver.accepted().length / deliverSeconds).toFixed(0)} deliveries/s (concurrency ${webhookSettingsFromEnv(process.env).concurrency})`);
console.log(`duplicates      ${receiver.received.length - ids.size}`);
console.log(`out of order    ${outOfOrder}`);
await receiver.close();
await yoga.dispose();
await db.close();
await drop();
if (queued !== CHANGES || receiver.accepted().length !== queued || outOfOrder) {
  console.error('FAILED: changes were lost, duplicated or out of order');
  process.exitCode = 1;
}
