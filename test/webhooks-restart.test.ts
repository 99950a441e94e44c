// The server process is killed (SIGKILL) after a change committed and while its webhook was being
// delivered: the receiver still gets it, with the same webhook-id, once the server is back.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDatabase, runCli, startServer, type RunningServer } from './support/process.js';
import { eventually, startReceiver, type Receiver } from './support/receiver.js';

let env: Record<string, string>;
let drop: () => Promise<void>;
let staffKey: string;
let server: RunningServer;
let receiver: Receiver;

// Short timings: an attempt cut off by the kill is claimed again once its claim (timeout + 5 s) passes.
const WEBHOOK_ENV = { WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_TIMEOUT_MS: '1000' };

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staffKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

let answering = false;

beforeAll(async () => {
  ({ env, drop } = await processDatabase('webhooks'));
  await (await startServer(['npm', 'start', '--silent'], { ...env, ASPIRE_DEMO_DATA: '0' })).stop('SIGTERM');
  staffKey = await runCli(['key', 'create', '--role', 'STAFF', '--name', 'webhook test'], env);
  // Until told otherwise the receiver takes each request and never answers.
  receiver = await startReceiver(() => (answering ? 200 : null));
  server = await startServer(['npx', 'tsx', 'src/main.ts'], { ...env, ...WEBHOOK_ENV });
}, 240_000);
afterAll(async () => {
  await server?.stop('SIGTERM');
  await receiver?.close();
  await drop();
});

describe('a server killed between commit and delivery', () => {
  it('delivers the change after it restarts', async () => {
    const { createWebhookSubscription: created } = await graphql(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { code } } }`,
      { input: { url: receiver.url, recordTypes: ['ORGANIZATION'] } },
    );
    expect(created.userErrors).toEqual([]);
    const { countries } = await graphql(`{ countries(first: 100) { nodes { id code } } }`);
    const japan = countries.nodes.find((c: { code: string }) => c.code === 'JP');
    const { createOrganization } = await graphql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { code } } }`,
      { input: { nameEn: 'Webhook Institute of Technology', kind: 'UNIVERSITY', countryId: japan.id } },
    );
    expect(createOrganization.userErrors).toEqual([]);
    // The change committed; its delivery is in flight when the server dies.
    await eventually(() => receiver.received.length === 1);
    await server.stop('SIGKILL');
    answering = true;
    server = await startServer(['npx', 'tsx', 'src/main.ts'], { ...env, ...WEBHOOK_ENV });
    await eventually(() => receiver.accepted().length === 1, 30_000);

    const [first, delivered] = [receiver.received[0]!, receiver.accepted()[0]!];
    expect(delivered.id).toBe(first.id); // the same webhook-id: a receiver drops the duplicate
    const event = new Webhook(created.secret).verify(delivered.body, {
      'webhook-id': delivered.id,
      'webhook-timestamp': String(delivered.headers['webhook-timestamp']),
      'webhook-signature': String(delivered.headers['webhook-signature']),
    }) as { type: string; data: { recordId: string } };
    expect(event).toMatchObject({ type: 'organization.created', data: { recordId: createOrganization.organization.id } });
    // The log has the attempt that was answered (the one cut off by the kill never got an answer to record).
    const log = async () => (await graphql(`{ webhookSubscriptions { deliveries(first: 5) { nodes { status attempts { statusCode } } } } }`)).webhookSubscriptions[0].deliveries.nodes;
    await eventually(async () => (await log())[0].status === 'DELIVERED');
    expect(await log()).toEqual([{ status: 'DELIVERED', attempts: [{ statusCode: 200 }] }]);
  }, 120_000);
});
