// Two server processes on one PostgreSQL database, as a deployment with two instances runs: the
// guarantees of writing hold across them. An idempotency key sent to both at once is answered once;
// a version check holds against a write made through the other; a batch cut off by SIGKILL on one is
// retried on the other exactly once; and the change feed, read from either, never skips or reorders
// a change committed by either. PostgreSQL only: a PGlite directory belongs to one process.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_LOCK } from '../src/writes/transaction.js';
import { processDatabase, runCli, startServer, type RunningServer } from './support/process.js';

const adminUrl = process.env.TEST_DATABASE_URL;

type Answer = { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };

describe.runIf(adminUrl)('two server processes on one PostgreSQL database', () => {
  let database: { env: Record<string, string>; drop(): Promise<void> };
  let a: RunningServer;
  let b: RunningServer;
  let aKilled = false;
  let agencyKey: string;
  let staffKey: string;
  let jointCallId: string;
  let draft: { callId: string; fieldId: string; leadOrganizationId: string };

  // Fair use is not under test here: budgets the test cannot spend, no cap on requests in flight.
  const env = { ASPIRE_RATE_LIMIT_PARTNER: '1000000000', ASPIRE_RATE_LIMIT_STAFF: '1000000000', ASPIRE_RATE_LIMIT_IN_FLIGHT: '0' };

  const graphql = async (server: RunningServer, key: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  };
  const data = async (server: RunningServer, key: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphql(server, key, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    database = await processDatabase('twoproc', adminUrl);
    // The first migrates and loads the demo data; the second starts on what the first made.
    a = await startServer(['npm', 'start', '--silent'], { ...database.env, ...env }, 240_000);
    agencyKey = await runCli(['key', 'create', '--role', 'AGENCY', '--agency', 'BBSRC', '--name', 'two processes, partner'], database.env);
    staffKey = await runCli(['key', 'create', '--role', 'STAFF', '--name', 'two processes, staff'], database.env);
    b = await startServer(['npx', 'tsx', 'src/main.ts'], { ...database.env, ...env }, 240_000);

    const { calls } = await data(a, staffKey, `{ calls(filter: { kind: JOINT }) { nodes { id agencies { agency { code } } } } }`);
    jointCallId = calls.nodes.find((c: { agencies: { agency: { code: string } }[] }) => c.agencies.some((x) => x.agency.code === 'BBSRC')).id;
    const { researchFields, organizations } = await data(
      a,
      staffKey,
      `{ researchFields { nodes { id code } } organizations(filter: { kind: [UNIVERSITY] }, first: 50) { nodes { id country { code } } } }`,
    );
    draft = {
      callId: jointCallId,
      fieldId: researchFields.nodes.find((f: { code: string }) => f.code === 'BIO').id,
      leadOrganizationId: organizations.nodes.find((o: { country: { code: string } }) => o.country.code === 'JP').id,
    };
  }, 500_000);
  afterAll(async () => {
    await Promise.all([aKilled ? undefined : a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
    await database?.drop();
  });

  const SYNC = `mutation($input: SyncRecordsInput!) { syncRecords(input: $input) { batch { replayed created results { status } } userErrors { code } } }`;
  const proposalRecords = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      proposal: { externalId: `${prefix}-${i}`, titleEn: `${prefix} ${i}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: draft.leadOrganizationId } },
    }));
  /** The proposal ids the partner's external ids name now, asked of `server`. */
  const idsOf = async (server: RunningServer, externalIds: string[]) => {
    const ids: (string | undefined)[] = [];
    for (let i = 0; i < externalIds.length; i += 8) {
      const some = externalIds.slice(i, i + 8);
      ids.push(
        ...(await Promise.all(
          some.map(async (e) => (await data(server, agencyKey, `query($e: String!) { byExternalId(type: PROPOSAL, externalId: $e) { id } }`, { e })).byExternalId?.id),
        )),
      );
    }
    return ids;
  };

  it('answers one idempotency key sent to both processes at once once, writing each record once', async () => {
    const records = proposalRecords('BOTH', 20);
    const input = { idempotencyKey: 'both-processes-at-once', callId: jointCallId, records };
    const answers = await Promise.all([graphql(a, agencyKey, SYNC, { input }), graphql(b, agencyKey, SYNC, { input })]);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.syncRecords.userErrors).toEqual([]);
      expect(answer.data!.syncRecords.batch.created).toBe(20);
    }
    // One wrote, the other was answered from what it wrote.
    expect(answers.map((x) => x.data!.syncRecords.batch.replayed).sort()).toEqual([false, true]);
    const ids = await idsOf(b, records.map((r) => r.proposal.externalId));
    expect(new Set(ids.filter(Boolean)).size).toBe(20);
  }, 120_000);

  it('holds a version check against a write made through the other process', async () => {
    const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } userErrors { code } } }`;
    const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { version } userErrors { code } } }`;
    const { createProposal } = await data(a, staffKey, CREATE, { input: { ...draft, titleEn: 'Versioned across processes' } });
    const { id, version } = createProposal.proposal;
    // The same version, one update through each process at once: one is written, the other refused.
    const answers = await Promise.all(
      [a, b].map((server, n) => data(server, staffKey, UPDATE, { input: { id, version, titleEn: `Edited through process ${n}` } })),
    );
    const outcomes = answers.map((x) => (x.updateProposal.userErrors.length ? x.updateProposal.userErrors[0].code : x.updateProposal.proposal.version));
    expect(outcomes.sort()).toEqual([version + 1, 'VERSION_CONFLICT'].sort());
    // And in sequence: a version read through A is stale on B once A has written.
    const fresh = version + 1;
    expect((await data(a, staffKey, UPDATE, { input: { id, version: fresh, titleEn: 'Through A' } })).updateProposal.proposal.version).toBe(fresh + 1);
    expect((await data(b, staffKey, UPDATE, { input: { id, version: fresh, titleEn: 'Through B' } })).updateProposal.userErrors[0].code).toBe('VERSION_CONFLICT');
  }, 120_000);

  it('serves a feed, read from either process, that never skips or reorders a change committed by either', async () => {
    const FEED = `query($since: String) { changes(since: $since, first: 50) { cursor hasMore events { sequence action recordType recordId version } } }`;
    type Event = { sequence: string; action: string; recordType: string; recordId: string; version: number };
    const page = async (server: RunningServer, since: string | null) =>
      (await data(server, agencyKey, FEED, { since })).changes as { cursor: string; hasMore: boolean; events: Event[] };
    let start: string | null = null;
    for (let more = true; more; ) ({ cursor: start, hasMore: more } = await page(a, start));

    let writing = true;
    const seen: Event[] = [];
    const reader = (async () => {
      // Each page from the other process than the last: the cursor is the deployment's, not a process's.
      for (let since = start, n = 0; ; n++) {
        const finished = !writing;
        const { cursor, hasMore, events } = await page(n % 2 ? b : a, since);
        seen.push(...events);
        since = cursor;
        if (finished && !hasMore) return;
        await sleep(Math.random() * 5);
      }
    })();

    // Writers on both processes: partner batches and staff drafts and edits, at once.
    const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } userErrors { code } } }`;
    const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id version } userErrors { code } } }`;
    const WRITERS = 6;
    const WRITES = 5;
    await Promise.all([
      ...Array.from({ length: WRITERS }, async (_, w) => {
        const server = w % 2 ? b : a;
        let mine: { id: string; version: number } | undefined;
        for (let t = 0; t < WRITES; t++) {
          const answer = mine
            ? (await data(server, staffKey, UPDATE, { input: { ...mine, titleEn: `Writer ${w}, edit ${t}` } })).updateProposal
            : (await data(server, staffKey, CREATE, { input: { ...draft, titleEn: `Writer ${w}` } })).createProposal;
          expect(answer.userErrors).toEqual([]);
          mine = answer.proposal;
        }
      }),
      ...[a, b].map(async (server, n) => {
        for (let t = 0; t < 3; t++) {
          const input = { idempotencyKey: `feed-${n}-${t}`, callId: jointCallId, records: proposalRecords(`FEED-${n}-${t}`, 5) };
          expect((await data(server, agencyKey, SYNC, { input })).syncRecords.batch.created).toBe(5);
        }
      }),
    ]);
    writing = false;
    await reader;

    const sequences = seen.map((e) => BigInt(e.sequence));
    expect(sequences.every((s, i) => i === 0 || s > sequences[i - 1]!)).toBe(true);
    // Read again from the same start once all is committed, the feed is what the reader saw.
    const again: Event[] = [];
    for (let since = start, more = true; more; ) {
      const next = await page(b, since);
      again.push(...next.events);
      ({ cursor: since, hasMore: more } = next);
    }
    expect(seen).toEqual(again);
    const proposalEvents = seen.filter((e) => e.recordType === 'PROPOSAL');
    expect(proposalEvents.filter((e) => e.action === 'CREATE')).toHaveLength(WRITERS + 2 * 3 * 5);
    expect(proposalEvents.filter((e) => e.action === 'UPDATE')).toHaveLength(WRITERS * (WRITES - 1));
  }, 180_000);

  it('finishes a batch cut off by SIGKILL on one process when it is retried on the other, exactly once', async () => {
    const records = proposalRecords('KILLED', 300);
    const input = { idempotencyKey: 'killed-on-a', callId: jointCallId, records };
    // The test holds the feed's lock, which a write takes after all its other writes, just before
    // commit: the batch is cut off with every record written and nothing committed.
    const holder = new pg.Client({ connectionString: database.env.DATABASE_URL });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    const first = graphql(a, agencyKey, SYNC, { input }).then(() => 'answered', () => 'cut off');
    const waiting = async () => (await holder.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, [FEED_LOCK])).rowCount;
    while (!(await waiting())) await sleep(20);
    aKilled = true;
    await a.stop('SIGKILL');
    expect(await first).toBe('cut off');
    await holder.query('ROLLBACK');
    await holder.end();

    const retried = await data(b, agencyKey, SYNC, { input });
    expect(retried.syncRecords.batch).toMatchObject({ replayed: false, created: 300 });
    expect((await data(b, agencyKey, SYNC, { input })).syncRecords.batch).toMatchObject({ replayed: true, created: 300 });
    const ids = await idsOf(b, records.map((r) => r.proposal.externalId));
    expect(new Set(ids.filter(Boolean)).size).toBe(300);
  }, 240_000);
});
