// Concurrency of writes: `updateProposal` on distinct drafts by 1 and by 10 concurrent writers, in
// interleaved rounds (medians), and a reader's latency idle, under 10 writers, and under a
// 500-record sync batch plus 20 writers. Also the statements one createProposal / updateProposal sends.
//   BENCH_DATABASE_URL=postgresql://… npm run bench:writes     (PGlite without it: one connection)
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient, createSync, type SyncRecordInput } from '../sdk/src/index.js';
import { createApiKey } from '../src/auth/keys.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { freshDatabase, THROUGHPUT_RATE_LIMITS } from './fresh-database.js';

const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 6_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const { db, target, agency, call, lead, drop } = await freshDatabase('bench_writes');
const field = await db.prisma.researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
const staff = (await createApiKey(db.prisma, { name: 'bench staff', role: 'STAFF' })).key;
const partner = (await createApiKey(db.prisma, { name: 'bench agency', role: 'AGENCY', agencyId: agency.id })).key;

const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }), rateLimit: THROUGHPUT_RATE_LIMITS });
const http = createHttpServer(yoga);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

async function graphql(query: string, variables: object = {}): Promise<Record<string, any>> {
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

async function createDraft(n: number): Promise<{ id: string; version: number }> {
  const input = { callId: encodeGlobalID('Call', call.id), fieldId: encodeGlobalID('ResearchField', field.id), titleEn: `Draft ${n}`, leadOrganizationId: encodeGlobalID('Organization', lead.id) };
  const { proposal, userErrors } = (await graphql(CREATE, { input })).createProposal;
  if (userErrors.length) throw new Error(JSON.stringify(userErrors));
  return proposal;
}

/** Statements one operation sends, counted on the database client. */
async function statementsOf<T>(work: () => Promise<T>): Promise<[number, T]> {
  const counter = db.countQueries();
  try {
    const result = await work();
    return [counter.count, result];
  } finally {
    counter.stop();
  }
}

const [createStatements, probe] = await statementsOf(() => createDraft(-1));
const [updateStatements] = await statementsOf(() => graphql(UPDATE, { input: { id: probe.id, version: probe.version, titleEn: 'Probe' } }));

const drafts = await Promise.all(Array.from({ length: 20 }, (_, n) => createDraft(n)));

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
};
const median = (values: number[]) => quantile(values, 0.5);

/** Writes that failed (e.g. no connection within the transaction's wait): counted, not fatal. */
const failed: string[] = [];

/** `writers` concurrent writers, each updating its own draft until `until`: latencies in ms. */
async function write(writers: number, until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    drafts.slice(0, writers).map(async (draft, w) => {
      for (let i = 0; !until(); i++) {
        const start = performance.now();
        try {
          const { proposal, userErrors } = (await graphql(UPDATE, { input: { id: draft.id, version: draft.version, titleEn: `Writer ${w} write ${i}` } })).updateProposal;
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

/** One reader reading a page of proposals again and again until `until`: latencies in ms. */
async function read(until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!until()) {
    const start = performance.now();
    await graphql(READ);
    latencies.push(performance.now() - start);
  }
  return latencies;
}

const timer = (ms: number) => {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
};

const rates: Record<number, number[]> = { 1: [], 10: [] };
const cpu: Record<number, number[]> = { 1: [], 10: [] };
const p99: Record<number, number[]> = { 1: [], 10: [] };
const readsIdle: number[] = [];
const readsUnderWrites: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  readsIdle.push(...(await read(timer(ROUND_MS / 2))));
  for (const writers of [1, 10]) {
    const until = timer(ROUND_MS);
    const usage = process.cpuUsage();
    const [latencies, reads] = await Promise.all([write(writers, until), writers === 10 ? read(until) : Promise.resolve([])]);
    const used = process.cpuUsage(usage);
    rates[writers]!.push(latencies.length / (ROUND_MS / 1000));
    cpu[writers]!.push((used.user + used.system) / 1000 / latencies.length);
    p99[writers]!.push(quantile(latencies, 0.99));
    readsUnderWrites.push(...reads);
  }
}

// A partner's 500-record batch (proposals with their two partner members) while 20 writers write.
const sync = createSync(createClient({ url, apiKey: partner }));
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
let batchDone = false;
const batchStart = performance.now();
const [readsUnderBatch, , batchSeconds] = await Promise.all([
  read(() => batchDone),
  write(20, () => batchDone),
  sync.push(encodeGlobalID('Call', call.id), batch).then(() => {
    batchDone = true;
    return (performance.now() - batchStart) / 1000;
  }),
]);

const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(`database              ${target.kind === 'postgres' ? `PostgreSQL (pools: reads ${db.pool?.options.max}, writes ${db.writePool?.options.max})` : 'PGlite (embedded)'}`);
console.log(`statements            createProposal ${createStatements}, updateProposal ${updateStatements}`);
console.log(`rounds                ${ROUNDS} × ${ROUND_MS / 1000} s per variant, interleaved; medians`);
for (const writers of [1, 10]) {
  console.log(`${String(writers).padStart(2)} writer(s)          ${median(rates[writers]!).toFixed(1)} writes/s, p99 ${ms(median(p99[writers]!))}, CPU ${median(cpu[writers]!).toFixed(1)} ms/write  (rounds: ${rates[writers]!.map((r) => r.toFixed(1)).join(', ')})`);
}
console.log(`10 vs 1 writer        ${(median(rates[10]!) / median(rates[1]!)).toFixed(2)}×`);
console.log(`reads idle            p50 ${ms(median(readsIdle))}, p99 ${ms(quantile(readsIdle, 0.99))} (${readsIdle.length})`);
console.log(`reads, 10 writers     p50 ${ms(median(readsUnderWrites))}, p99 ${ms(quantile(readsUnderWrites, 0.99))} (${readsUnderWrites.length})`);
console.log(`failed writes         ${failed.length}${failed.length ? ` (first: ${failed[0]})` : ''}`);
console.log(`reads, batch + 20 w.  p50 ${ms(median(readsUnderBatch))}, p99 ${ms(quantile(readsUnderBatch, 0.99))} (${readsUnderBatch.length}); the 500-record batch took ${batchSeconds.toFixed(1)} s`);

await new Promise<void>((resolve) => http.close(() => resolve()));
await yoga.dispose();
await db.close();
await drop();
