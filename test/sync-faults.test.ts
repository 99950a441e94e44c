// The server process is killed (SIGKILL: no clean stop) while it writes a sync batch; the partner
// retries the batch with the same idempotency key. Every record must end up there exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDatabase, runCli, startServer, type RunningServer } from './support/process.js';

let env: Record<string, string>;
let drop: () => Promise<void>;
let agencyKey: string;
let server: RunningServer;

const BATCH = 500;

async function graphql(query: string, variables: Record<string, unknown>, apiKey = agencyKey) {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] };
}

const SYNC = `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { replayed created results { status } } userErrors { code } } }`;

beforeAll(async () => {
  ({ env, drop } = await processDatabase('faults'));
  // Migrate and load the demo data, then stop: the CLI opens the database itself.
  await (await startServer(['npm', 'start', '--silent'], env)).stop('SIGTERM');
  agencyKey = await runCli(['key', 'create', '--role', 'AGENCY', '--agency', 'BBSRC', '--name', 'fault test'], env);
  server = await startServer(['npx', 'tsx', 'src/main.ts'], env);
}, 240_000);
afterAll(async () => {
  await server?.stop('SIGTERM');
  await drop();
});

describe('a server killed in the middle of a batch', () => {
  it('ends, after the retry with the same key, with every record exactly once', async () => {
    const { data } = await graphql(`{ calls(filter: { kind: JOINT }) { nodes { id code agencies { agency { code } } } } }`, {});
    const call = data!.calls.nodes.find((c: { agencies: { agency: { code: string } }[] }) => c.agencies.some((a) => a.agency.code === 'BBSRC'));
    const { data: org } = await graphql(`{ organizations(filter: { kind: [UNIVERSITY] }, first: 50) { nodes { id country { code } } } }`, {});
    const lead = org!.organizations.nodes.find((o: { country: { code: string } }) => o.country.code === 'JP');
    const records = Array.from({ length: BATCH }, (_, i) => ({
      proposal: { externalId: `CRASH-${i}`, titleEn: `Proposal ${i}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: lead.id } },
    }));
    const input = { idempotencyKey: 'crash-batch-1', callId: call.id, records };
    const readFeed = async (from: string | null) => {
      const created: string[] = [];
      let since = from;
      for (let more = true; more; ) {
        const { data: feed } = await graphql(`query($since: String) { changes(since: $since, first: 500) { cursor hasMore events { action externalId } } }`, { since });
        for (const e of feed!.changes.events) if (e.action === 'CREATE' && e.externalId?.startsWith('CRASH-')) created.push(e.externalId);
        ({ cursor: since, hasMore: more } = feed!.changes);
      }
      return { created, cursor: since };
    };
    // A partner's stored position before the crash.
    const before = await readFeed(null);
    expect(before.created).toEqual([]);

    // The kill lands while the batch's transaction is open: the request never gets its answer.
    const first = graphql(SYNC, { input }).then(() => 'answered', () => 'cut off');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.stop('SIGKILL');
    expect(await first).toBe('cut off');

    server = await startServer(['npx', 'tsx', 'src/main.ts'], env);
    const retried = await graphql(SYNC, { input });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.syncRecords.batch).toMatchObject({ replayed: false, created: BATCH });
    // A second retry (say the answer to the first was lost too) changes nothing.
    const again = await graphql(SYNC, { input });
    expect(again.data!.syncRecords.batch).toMatchObject({ replayed: true, created: BATCH });

    // Four at a time: a caller's requests beyond its cap in flight wait, and beyond those are refused.
    const ids: (string | undefined)[] = [];
    for (let i = 0; i < records.length; i += 4) {
      const some = records.slice(i, i + 4);
      ids.push(...(await Promise.all(some.map(async (r) => (await graphql(`query($e: String!) { byExternalId(type: PROPOSAL, externalId: $e) { id } }`, { e: r.proposal.externalId })).data!.byExternalId?.id))));
    }
    expect(ids.filter(Boolean)).toHaveLength(BATCH);
    expect(new Set(ids).size).toBe(BATCH);
    // The cursor stored before the crash still works after the restart: the feed from there has
    // each proposal's creation once.
    const { created } = await readFeed(before.cursor);
    expect(created.sort()).toEqual(records.map((r) => r.proposal.externalId).sort());
  }, 240_000);
});
