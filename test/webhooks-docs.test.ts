// The Webhooks sections of README.md and sdk/README.md, run as written: the README's GraphQL
// documents against the server, the SDK README's receiver as its own process (its one import,
// '@aspire/sdk', pointed at the SDK's source, as the package is not built in tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { webhookSettingsFromEnv } from '../src/modules/webhooks/settings.js';
import { startWebhookWorker, type WebhookWorker } from '../src/modules/webhooks/worker.js';
import { freePort, root } from './support/process.js';
import { eventually } from './support/receiver.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, mutate } from './support/writes.js';

/** The fenced blocks of one language in a README section (from its heading to the next `## `). */
function blocks(file: string, heading: string, language: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `${file} has a section ${heading}`).toBeGreaterThan(0);
  const section = text.slice(start + 1).split(/\n## /)[0]!;
  return [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

let server: TestServer;
let worker: WebhookWorker;
let receiver: ChildProcess | undefined;

beforeAll(async () => {
  server = await createTestServer();
  worker = startWebhookWorker(server.db, createLogger({ LOG_LEVEL: 'silent' }), { ...webhookSettingsFromEnv({}), pollMs: 20 });
});
afterAll(async () => {
  receiver?.kill('SIGTERM');
  await worker?.stop();
  await server.close();
});

describe('the Webhooks sections', () => {
  it('subscribe, receive with the SDK README receiver, and read the delivery log as written', async () => {
    const [subscribe, deliveryLog] = blocks('README.md', '## Webhooks', 'graphql');
    const [receiverCode] = blocks('sdk/README.md', '## Receiving webhooks', 'ts');
    const port = await freePort();
    const { createWebhookSubscription } = await server.data(subscribe!, { url: `http://127.0.0.1:${port}/hooks` });
    expect(createWebhookSubscription.userErrors).toEqual([]);

    const dir = mkdtempSync(path.join(tmpdir(), 'aspire-receiver-'));
    const file = path.join(dir, 'receiver.ts');
    writeFileSync(file, receiverCode!.replace("'@aspire/sdk'", `'${path.join(root, 'sdk/src/index.ts')}'`));
    let output = '';
    receiver = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), file], {
      env: { ...process.env, PORT: String(port), WEBHOOK_SECRET: createWebhookSubscription.secret },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    receiver.stdout!.on('data', (chunk) => (output += chunk));
    await eventually(() => fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body: '{}' }).then((r) => r.status === 400, () => false), 60_000);

    const draft = await server.db.prisma.proposal.findFirstOrThrow({ where: { status: 'DRAFT' } });
    const { userErrors } = await mutate(server, 'updateProposal', 'proposal', 'version', { id: gid('Proposal', draft.id), version: draft.version, titleEn: 'Seen by the README receiver' });
    expect(userErrors).toEqual([]);
    await eventually(() => output.includes(`${gid('Proposal', draft.id)} is at version ${draft.version + 1}`));

    const log = async () => (await server.data(deliveryLog!)).webhookSubscriptions[0];
    await eventually(async () => (await log()).deliveries.nodes[0]?.status === 'DELIVERED');
    expect(await log()).toMatchObject({ state: 'ACTIVE', lastError: null, deliveries: { nodes: [{ status: 'DELIVERED', attempts: [{ statusCode: 204, error: null }] }] } });
  }, 120_000);
});
