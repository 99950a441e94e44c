// Writers in parallel on PostgreSQL (PGlite has one connection: there writes simply take turns).
// Writes to different proposals go on at once; writes to one proposal queue and keep their version
// checks; an idempotency key answers a concurrent retry once; and the change feed, read while many
// writers commit in a random order, never skips or reorders a committed change.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createProposal, updateProposal } from '../src/modules/proposals/drafts.js';
import { writeTransaction, type Actor, type Writer } from '../src/writes/transaction.js';
import { UserFailure } from '../src/writes/user-errors.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, rowId } from './support/writes.js';

let server: TestServer;
const prisma = () => server.db.prisma;
let draft: { callId: string; fieldId: string; leadOrganizationId: string };

const staff: Actor = { tenant: { role: 'STAFF' }, keyId: null, name: 'concurrency test', role: 'STAFF', agencyId: null, organizationId: null, requestId: null };
const write = <T>(work: (writer: Writer) => Promise<T>) => writeTransaction(server.db.writes, staff, work);
const newDraft = (title: string) => write((writer) => createProposal(writer, { ...draft, titleEn: title }));

/** A promise and the function that settles it: a transaction held open until the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Fails instead of hanging when `promise` does not settle while the other transaction is held open. */
const within = <T>(promise: Promise<T>, what: string) =>
  Promise.race([promise, sleep(20_000).then(() => Promise.reject(new Error(`${what}: still waiting after 20 s`)))]);

const random = (max: number) => Math.floor(Math.random() * max);

beforeAll(async () => {
  server = await createTestServer();
  const call = await prisma().call.findFirstOrThrow({ where: { kind: 'JOINT' } });
  const field = await prisma().researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
  const lead = await prisma().organization.findFirstOrThrow({ where: { country: { code: 'JP' } } });
  draft = { callId: call.id, fieldId: field.id, leadOrganizationId: lead.id };
}, 120_000);
afterAll(() => server?.close());

describe.runIf(inject('testDatabases').kind === 'postgres')('concurrent writers on PostgreSQL', () => {
  it('a write to one proposal does not wait for an open write to another', async () => {
    const [a, b] = [await newDraft('A'), await newDraft('B')];
    const held = gate();
    const first = write(async (writer) => {
      await updateProposal(writer, { id: a.id, version: a.version, titleEn: 'A, held open' });
      await held.opened;
    });
    // B commits while A's transaction is still open.
    await within(write((writer) => updateProposal(writer, { id: b.id, version: b.version, titleEn: 'B, meanwhile' })), 'the write to B');
    held.open();
    await first;
    expect((await prisma().proposal.findMany({ where: { id: { in: [a.id, b.id] } }, orderBy: { titleEn: 'asc' } })).map((p) => [p.titleEn, p.version])).toEqual([
      ['A, held open', 2],
      ['B, meanwhile', 2],
    ]);
  });

  it('a reader gets a connection while writers hold every connection they may have', async () => {
    const writers = server.db.writePool!.options.max;
    const held = gate();
    const started: Promise<void>[] = [];
    const open = Array.from({ length: writers + 2 }, (_, i) => {
      let began!: () => void;
      started.push(new Promise<void>((resolve) => (began = resolve)));
      return write(async (writer) => {
        began();
        await writer.tx.proposal.count({ where: { titleEn: `held ${i}` } });
        await held.opened;
      });
    });
    try {
      await within(Promise.all(started.slice(0, writers)), 'the writers taking their connections');
      // Every write connection is taken, and more writers queue for one.
      expect({ total: server.db.writePool!.totalCount, idle: server.db.writePool!.idleCount }).toEqual({ total: writers, idle: 0 });
      const read = await within(server.data(`{ proposals(first: 5) { totalCount nodes { id } } }`), 'the read');
      expect(read.proposals.nodes.length).toBeGreaterThan(0);
    } finally {
      held.open();
      await Promise.all(open);
    }
  });

  it('two writes to one proposal from the same version: the second waits, then meets VERSION_CONFLICT', async () => {
    const a = await newDraft('One record');
    const held = gate();
    const first = write(async (writer) => {
      await updateProposal(writer, { id: a.id, version: a.version, titleEn: 'First' });
      await held.opened;
    });
    await sleep(200);
    const second = write((writer) => updateProposal(writer, { id: a.id, version: a.version, titleEn: 'Second' })).then(
      () => 'written',
      (error: unknown) => (error instanceof UserFailure ? error.userErrors.map((e) => e.code).join() : error),
    );
    await sleep(200);
    held.open();
    await first;
    expect(await second).toBe('VERSION_CONFLICT');
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ titleEn: 'First', version: 2 });
  });

  it('a retry sent while the first request still runs is answered once, from the first', async () => {
    const headers = await server.headersFor({ role: 'STAFF' });
    const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } userErrors { code } } }`;
    const input = { callId: gid('Call', draft.callId), fieldId: gid('ResearchField', draft.fieldId), titleEn: 'Sent twice at once', leadOrganizationId: gid('Organization', draft.leadOrganizationId) };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => server.graphql(CREATE, { input }, { ...headers, 'idempotency-key': 'concurrent-retry' })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data!.createProposal.proposal.id)).size).toBe(1);
    expect(await prisma().proposal.count({ where: { titleEn: 'Sent twice at once' } })).toBe(1);
  });

  it('a reader polling the feed while writers commit in random order sees every change once, in order, and ends equal to the database', async () => {
    const FEED = `query($since: String) { changes(since: $since, first: 50) { cursor hasMore events { sequence action recordType recordId version } } }`;
    type Event = { sequence: string; action: string; recordType: string; recordId: string; version: number };
    const page = async (since: string | null) => (await server.data<{ changes: { cursor: string; hasMore: boolean; events: Event[] } }>(FEED, { since })).changes;
    let start: string | null = null;
    for (let more = true; more; ) ({ cursor: start, hasMore: more } = await page(start));
    const startSequence = (await prisma().changeEvent.aggregate({ _max: { sequence: true } }))._max.sequence!;

    let writing = true;
    const seen: Event[] = [];
    const reader = (async () => {
      for (let since = start; ; ) {
        const finished = !writing;
        const { cursor, hasMore, events } = await page(since);
        seen.push(...events);
        since = cursor;
        if (finished && !hasMore) return;
        await sleep(random(5));
      }
    })();

    // Each writer creates and edits drafts of its own; each transaction sleeps at random before and
    // after drawing its sequences, so commits come in an order unlike the order of drawing.
    const WRITERS = 8;
    const TRANSACTIONS = 6;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const mine: { id: string; version: number }[] = [];
        for (let t = 0; t < TRANSACTIONS; t++) {
          const written = await write(async (writer) => {
            await sleep(random(30));
            const target = mine[random(mine.length + 1)];
            const proposal = target
              ? await updateProposal(writer, { id: target.id, version: target.version, titleEn: `Writer ${w}, edit ${t}` })
              : await createProposal(writer, { ...draft, titleEn: `Writer ${w}, draft ${t}` });
            await writer.flush();
            await sleep(random(30));
            return proposal;
          });
          const index = mine.findIndex((p) => p.id === written.id);
          mine.splice(index < 0 ? mine.length : index, 1, { id: written.id, version: written.version });
        }
      }),
    );
    writing = false;
    await reader;

    const sequences = seen.map((e) => BigInt(e.sequence));
    expect(sequences.every((s, i) => i === 0 || s > sequences[i - 1]!)).toBe(true);
    const committed = await prisma().changeEvent.findMany({ where: { sequence: { gt: startSequence } }, orderBy: { sequence: 'asc' }, select: { sequence: true } });
    expect(sequences).toEqual(committed.map((e) => e.sequence));
    expect(committed).toHaveLength(WRITERS * TRANSACTIONS);

    // The reader's copy: each proposal at the version of its last event.
    const copy = new Map<string, number>();
    for (const e of seen) if (e.recordType === 'PROPOSAL') copy.set(rowId(e.recordId), e.version);
    const stored = await prisma().proposal.findMany({ where: { id: { in: [...copy.keys()] } }, select: { id: true, version: true } });
    expect(new Map(stored.map((p) => [p.id, p.version]))).toEqual(copy);
    expect(copy.size).toBeGreaterThan(WRITERS);
  });
});
