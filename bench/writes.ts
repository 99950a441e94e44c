// Concurrency of writes: `updateProposal` on distinct drafts by 1 and by 10 concurrent writers, in
// interleaved rounds (medians), and a reader's latency idle, under 10 writers, and under a
// 500-record sync batch plus 20 writers. Also the statements one createProposal / updateProposal
// sends, and where a write's CPU goes: the server (a child process, as production runs it),
// PostgreSQL's processes, and the bench's own clients.
//   BENCH_DATABASE_URL=postgresql://… npm run bench:writes     (PGlite without it: one connection)
//   BENCH_VARIANTS="before=/tmp/old+dist,after=.+dist"         compares checkouts, interleaved
//                                                              (bench/server-process.ts has the options)
import { once } from 'node:events';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient, createSync, type SyncRecordInput } from '../sdk/src/index.js';
import { createApiKey } from '../src/auth/keys.js';
import { root } from '../test/support/process.js';
import { freshDatabase } from './fresh-database.js';
import { processesCpuMs } from './process-cpu.js';
import { ownDatabase, parseVariants, serverLauncher, type BenchServer, type ServerStats } from './server-process.js';
import { median, percentile } from './stats.js';

const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 6_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const variants = parseVariants(process.env.BENCH_VARIANTS ?? `this=${root}+dist`);
const launcher = await serverLauncher(variants);

const { db, target, env, agency, call, lead, drop } = await freshDatabase('bench_writes');
const field = await db.prisma.researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
const staff = (await createApiKey(db.prisma, { name: 'bench staff', role: 'STAFF' })).key;
const partner = (await createApiKey(db.prisma, { name: 'bench agency', role: 'AGENCY', agencyId: agency.id })).key;
const pools = target.kind === 'postgres' ? `PostgreSQL (pools: reads ${db.pool?.options.max}, writes ${db.writePool?.options.max})` : 'PGlite (embedded)';
await db.close();

async function graphql(url: string, query: string, variables: object = {}): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const CREATE = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } userErrors { code message } } }`;
const UPDATE = `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { id version } userErrors { code message } } }`;
const READ = `{ proposals(first: 20) { nodes { id titleEn status call { id } } } }`;

type Draft = { id: string; version: number };

async function createDraft(url: string, n: number): Promise<Draft> {
  const input = { callId: encodeGlobalID('Call', call.id), fieldId: encodeGlobalID('ResearchField', field.id), titleEn: `Draft ${n}`, leadOrganizationId: encodeGlobalID('Organization', lead.id) };
  const { proposal, userErrors } = (await graphql(url, CREATE, { input })).createProposal;
  if (userErrors.length) throw new Error(JSON.stringify(userErrors));
  return proposal;
}

/** Statements one operation sends, counted by the server (its count restarts at each report). */
async function statementsOf<T>(server: BenchServer, work: () => Promise<T>): Promise<[number, T]> {
  await server.stats();
  const result = await work();
  return [(await server.stats()).statements, result];
}

/** Writes that failed (e.g. no connection within the transaction's wait): counted, not fatal. */
const failed: string[] = [];

/** `writers` concurrent writers, each updating its own draft until `until`: latencies in ms. */
async function write(url: string, drafts: Draft[], writers: number, until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    drafts.slice(0, writers).map(async (draft, w) => {
      for (let i = 0; !until(); i++) {
        const start = performance.now();
        try {
          const { proposal, userErrors } = (await graphql(url, UPDATE, { input: { id: draft.id, version: draft.version, titleEn: `Writer ${w} write ${i}` } })).updateProposal;
          if (userErrors.length) throw new Error(JSON.stringify(userErrors));
          draft.version = proposal.version;
          latencies.push(performance.now() - start);
        } catch (error) {
          failed.push(String(error).slice(0, 200));
        }
      }
    }),
  );
  return latencies;
}

/**
 * The reader runs on a thread of its own: on this one, its latencies would include waiting for the
 * writers' and the sync client's work on the bench's event loop, not only for the server. Its first
 * request (the thread's fetch warming up) is not counted.
 */
const READER_THREAD = `
const { parentPort, workerData: { url, init } } = require('node:worker_threads');
let stopped = false;
parentPort.once('message', () => (stopped = true));
const read = async () => {
  const body = await (await fetch(url, init)).json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};
(async () => {
  const latencies = [];
  await read();
  while (!stopped) {
    const start = performance.now();
    await read();
    latencies.push(performance.now() - start);
  }
  parentPort.postMessage(latencies);
})();
`;

/** One reader reading a page of proposals again and again until `until`: latencies in ms. */
async function read(url: string, until: () => boolean): Promise<number[]> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` }, body: JSON.stringify({ query: READ }) };
  const reader = new Worker(READER_THREAD, { eval: true, workerData: { url, init } });
  const answer = once(reader, 'message');
  while (!until()) await new Promise((resolve) => setTimeout(resolve, 5));
  reader.postMessage('stop');
  const [latencies] = (await answer) as [number[]];
  await reader.terminate();
  return latencies;
}

const timer = (ms: number) => {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
};

/** CPU ms used by PostgreSQL's processes on this machine so far (its backends, WAL writer, checkpointer). */
const postgresCpuMs = () => processesCpuMs((p) => p.command === 'postgres', true);

/** CPU ms per write by whom: the server, PostgreSQL, the bench's clients. */
interface CpuPerWrite {
  server: number;
  postgres: number;
  clients: number;
}

async function cpuOf<T>(server: BenchServer, work: () => Promise<T>): Promise<[CpuPerWrite, T]> {
  const [before, postgres, clients] = [(await server.stats()).cpu, postgresCpuMs(), process.cpuUsage()];
  const result = await work();
  const after = (await server.stats()).cpu;
  const own = process.cpuUsage(clients);
  return [
    { server: (after.user - before.user + after.system - before.system) / 1000, postgres: postgresCpuMs() - postgres, clients: (own.user + own.system) / 1000 },
    result,
  ];
}

interface Figures {
  createStatements: number;
  updateStatements: number;
  rates: Record<number, number[]>;
  cpu: Record<number, CpuPerWrite[]>;
  p99: Record<number, number[]>;
  readsIdle: number[];
  readsUnderWrites: number[];
  readsUnderBatch: number[];
  batchSeconds: number[];
  loopDelayUnderBatch: ServerStats['loopDelay'][];
}

// A partner's 500-record batch (proposals with their two partner members) while 20 writers write.
const batch: SyncRecordInput[] = [];
for (let i = 0; batch.length < 500; i++) {
  batch.push({ proposal: { externalId: `BP-${i}`, titleEn: `Batch ${i}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: encodeGlobalID('Organization', lead.id) } } });
  for (const n of [0, 1]) {
    batch.push({
      teamMember: {
        externalId: `BM-${i}-${n}`,
        proposalExternalId: `BP-${i}`,
        role: n ? 'UK_RESEARCHER_CO_LEAD' : 'UK_PROJECT_LEAD',
        researcher: { externalId: `BR-${i}-${n}`, nameEn: `Researcher ${i}.${n}`, careerStage: 'RESEARCHER', organization: { externalId: `BO-${i % 20}`, nameEn: `University ${i % 20}`, countryCode: 'GB', kind: 'UNIVERSITY' } },
        letterOfIntent: n ? null : { receivedOn: '2024-04-01', program: 'BBSRC' },
      },
    });
  }
}
batch.splice(500);

/** A partner's push of `batch` under external ids of its own, while 20 writers write: a reader's latencies meanwhile, and the push's seconds. */
async function readsUnderBatch(server: BenchServer, drafts: Draft[], tag: string): Promise<[number[], number, ServerStats['loopDelay']]> {
  // Each push names external ids of its own (on PostgreSQL the variants share a database).
  const records = batch.map((record) => JSON.parse(JSON.stringify(record).replace(/"(B[PMRO]-)/g, `"$1${tag}-`)) as SyncRecordInput);
  let done = false;
  await server.stats();
  const start = performance.now();
  const sync = createSync(createClient({ url: server.url, apiKey: partner }));
  const [reads, , results] = await Promise.all([
    read(server.url, () => done),
    write(server.url, drafts, 20, () => done),
    sync.push(encodeGlobalID('Call', call.id), records).finally(() => (done = true)),
  ]);
  const refused = results.filter((r) => r.status !== 'CREATED');
  if (refused.length) throw new Error(`${refused.length} batch records not created: ${JSON.stringify(refused[0])}`);
  const seconds = (performance.now() - start) / 1000;
  return [reads, seconds, (await server.stats()).loopDelay];
}

const copies: { drop(): Promise<void> }[] = [];
const servers: { server: BenchServer; drafts: Draft[]; figures: Figures }[] = [];
try {
  for (const variant of variants) {
    const own = await ownDatabase(env);
    copies.push(own);
    const server = await launcher.start(variant, own.env);
    const drafts = await Promise.all(Array.from({ length: 20 }, (_, n) => createDraft(server.url, n)));
    // Counted once the process has met the key and the call (their first reads are cached).
    const [createStatements, probe] = await statementsOf(server, () => createDraft(server.url, -1));
    const [updateStatements] = await statementsOf(server, () => graphql(server.url, UPDATE, { input: { id: probe.id, version: probe.version, titleEn: 'Probe' } }));
    // Warm-up, unmeasured: a fresh process's first requests compile code and open connections.
    await Promise.all([write(server.url, drafts, 10, timer(2_000)), read(server.url, timer(2_000))]);
    servers.push({
      server,
      drafts,
      figures: { createStatements, updateStatements, rates: { 1: [], 10: [] }, cpu: { 1: [], 10: [] }, p99: { 1: [], 10: [] }, readsIdle: [], readsUnderWrites: [], readsUnderBatch: [], batchSeconds: [], loopDelayUnderBatch: [] },
    });
  }

  for (let round = 0; round < ROUNDS; round++) {
    for (const { server, drafts, figures } of servers) {
      figures.readsIdle.push(...(await read(server.url, timer(ROUND_MS / 2))));
      for (const writers of [1, 10]) {
        const until = timer(ROUND_MS);
        const [used, [latencies, reads]] = await cpuOf(server, () =>
          Promise.all([write(server.url, drafts, writers, until), writers === 10 ? read(server.url, until) : Promise.resolve([])]),
        );
        figures.rates[writers]!.push(latencies.length / (ROUND_MS / 1000));
        figures.cpu[writers]!.push({ server: used.server / latencies.length, postgres: used.postgres / latencies.length, clients: used.clients / latencies.length });
        figures.p99[writers]!.push(percentile(latencies, 99));
        figures.readsUnderWrites.push(...reads);
      }
      const [reads, seconds, loopDelay] = await readsUnderBatch(server, drafts, `${server.variant}-${round}`);
      figures.readsUnderBatch.push(...reads);
      figures.batchSeconds.push(seconds);
      figures.loopDelayUnderBatch.push(loopDelay);
    }
  }
} finally {
  for (const { server } of servers) await server.stop();
  for (const copy of copies) await copy.drop();
  await launcher.close();
  await drop();
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const cores = os.cpus().length;
console.log(`\n${new Date().toISOString().slice(0, 16)} UTC, ${cores} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`database              ${pools}`);
console.log(`rounds                ${ROUNDS} × ${ROUND_MS / 1000} s per variant, interleaved; medians`);
for (const { server, figures } of servers) {
  const f = figures;
  console.log(`\n${server.variant}`);
  console.log(`statements            createProposal ${f.createStatements}, updateProposal ${f.updateStatements}`);
  for (const writers of [1, 10]) {
    const cpu = f.cpu[writers]!;
    const by = (k: keyof CpuPerWrite) => median(cpu.map((c) => c[k])).toFixed(1);
    const database = target.kind === 'postgres' ? `, PostgreSQL ${by('postgres')}` : ' (the database in it)';
    console.log(
      `${String(writers).padStart(2)} writer(s)          ${median(f.rates[writers]!).toFixed(1)} writes/s, p99 ${ms(median(f.p99[writers]!))}; CPU a write: server ${by('server')} ms${database}, the bench's clients ${by('clients')}  (rounds: ${f.rates[writers]!.map((r) => r.toFixed(1)).join(', ')})`,
    );
  }
  const one = median(f.rates[1]!);
  console.log(`10 vs 1 writer        ${(median(f.rates[10]!) / one).toFixed(2)}×`);
  // What the cores could do at most: all CPU a write takes, on every core at once (clients elsewhere).
  // Not for PGlite: the database runs on the server's own thread, beside the threads V8 collects on.
  if (target.kind === 'postgres') {
    const perWrite = median(f.cpu[10]!.map((c) => c.server + c.postgres));
    const ceiling = (cores * 1000) / perWrite;
    console.log(`ceiling on ${cores} cores     ${ceiling.toFixed(0)} writes/s = ${(ceiling / one).toFixed(2)}× one writer (server + PostgreSQL ${perWrite.toFixed(1)} ms CPU a write, clients elsewhere)`);
  }
  console.log(`reads idle            p50 ${ms(median(f.readsIdle))}, p99 ${ms(percentile(f.readsIdle, 99))} (${f.readsIdle.length})`);
  console.log(`reads, 10 writers     p50 ${ms(median(f.readsUnderWrites))}, p99 ${ms(percentile(f.readsUnderWrites, 99))} (${f.readsUnderWrites.length})`);
  console.log(`reads, batch + 20 w.  p50 ${ms(median(f.readsUnderBatch))}, p99 ${ms(percentile(f.readsUnderBatch, 99))} (${f.readsUnderBatch.length}); the 500-record batch took ${f.batchSeconds.map((t) => t.toFixed(1)).join(', ')} s`);
  console.log(`  the server's event loop meanwhile: delay p99 ${f.loopDelayUnderBatch.map((d) => d.p99.toFixed(0)).join(', ')} ms, longest ${f.loopDelayUnderBatch.map((d) => d.max.toFixed(0)).join(', ')} ms`);
}
console.log(`\nfailed writes         ${failed.length}${failed.length ? ` (first: ${failed[0]})` : ''}`);
