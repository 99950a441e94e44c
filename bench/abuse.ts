// Fair use under abuse: the real server (its own process, on PostgreSQL with the demo data) serves
// normal readers, first alone, then for BENCH_SECONDS while abusers send costly aliased documents,
// floods from one key and floods from anonymous callers. Prints the normal readers' read latency,
// idle against under abuse (the goal: p99 within 2× of idle), and what became of the abusive requests.
//   npm run bench:abuse                                 local PostgreSQL (127.0.0.1:5432, database test)
//   BENCH_DATABASE_URL=postgresql://… BENCH_SECONDS=60 npm run bench:abuse
// Bounded: a fixed number of concurrent loops, each for a fixed time, to 127.0.0.1 only.
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { processDatabase, startServer } from '../test/support/process.js';

const ABUSE_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 20);
const READERS = 4;
const READER_PAUSE_MS = 50;
const FLOOD_CONCURRENCY = 16;

const fresh = await processDatabase('abuse', process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
const server = await startServer(['npm', 'start', '--silent'], { ...fresh.env, ASPIRE_DEMO_DATA: '1', LOG_LEVEL: 'warn' }, 600_000);
const url = `${server.base}/graphql`;

const db = await connectDatabase(databaseTargetFromEnv({ ...process.env, ...fresh.env }));
const agency = await db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
const keyFor = async (name: string) =>
  `Bearer ${(await createApiKey(db.prisma, { name, role: 'AGENCY', agencyId: agency.id })).key}`;
const readerKeys = await Promise.all(Array.from({ length: READERS }, (_, i) => keyFor(`reader ${i}`)));
const [aliasKey, floodKey] = [await keyFor('aliases'), await keyFor('flood')];
await db.close();

const READS = [
  `{ calls(first: 14) { nodes { code title status fields { code } } } }`,
  `{ projects(first: 20) { nodes { title call { code } leadOrganization { nameEn } } } }`,
  `{ researchFields { nodes { code name } } }`,
];
const aliases = (n: number, page: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${page}`).join(' ')} }`;
const RULE_CHECKS = `proposals(first: 100) { nodes { ruleCheck { ok errors { code } } } }`;
const ABUSE = {
  // Refused before running (over the complexity limit), then the largest that fits, until throttled.
  refusedAliases: aliases(30, RULE_CHECKS),
  costliestAccepted: aliases(8, RULE_CHECKS),
  flood: `{ researchFields { totalCount } }`,
  anonymous: `{ projects(first: 100) { nodes { title outcomes(first: 20) { totalCount nodes { title } } } } }`,
};

async function post(query: string, authorization?: string): Promise<{ status: number; code?: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, ms: performance.now() - started };
}

async function readers(seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    readerKeys.map(async (key, r) => {
      for (let i = r; performance.now() < until; i++) {
        const answer = await post(READS[i % READS.length]!, key);
        if (answer.status !== 200 || answer.code) throw new Error(`a normal read failed: ${answer.status} ${answer.code}`);
        latencies.push(answer.ms);
        await new Promise((resolve) => setTimeout(resolve, READER_PAUSE_MS));
      }
    }),
  );
  return latencies;
}

type Tally = Record<string, number>;
async function abuser(seconds: number, concurrency: number, next: () => [string, string | undefined]): Promise<Tally> {
  const tally: Tally = {};
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const [query, key] = next();
        const { status, code } = await post(query, key);
        const outcome = status === 429 ? 'throttled (429)' : code ? code : 'answered';
        tally[outcome] = (tally[outcome] ?? 0) + 1;
      }
    }),
  );
  return tally;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

try {
  await readers(3); // warm-up
  const idle = await readers(IDLE_SECONDS);
  let turn = 0;
  const [underAbuse, aliasTally, floodTally, anonymousTally] = await Promise.all([
    readers(ABUSE_SECONDS),
    abuser(ABUSE_SECONDS, 2, () => [turn++ % 2 ? ABUSE.costliestAccepted : ABUSE.refusedAliases, aliasKey]),
    abuser(ABUSE_SECONDS, FLOOD_CONCURRENCY, () => [ABUSE.flood, floodKey]),
    abuser(ABUSE_SECONDS, FLOOD_CONCURRENCY, () => [ABUSE.anonymous, undefined]),
  ]);
  const row = (name: string, values: number[]) =>
    `${name.padEnd(14)} ${String(values.length).padStart(6)} reads   p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(1).padStart(7)} ms`;
  console.log(`\nNormal readers (${READERS} keys, ${READER_PAUSE_MS} ms between reads), PostgreSQL, one server process:`);
  console.log(row('idle', idle));
  console.log(row('under abuse', underAbuse));
  console.log(`p99 under abuse / idle: ${(percentile(underAbuse, 99) / percentile(idle, 99)).toFixed(2)}× (goal: at most 2×)`);
  console.log(`p50 under abuse / idle: ${(percentile(underAbuse, 50) / percentile(idle, 50)).toFixed(2)}×`);
  console.log(`\nAbusive requests over ${ABUSE_SECONDS} s:`);
  for (const [name, tally] of Object.entries({
    'aliased ruleCheck pages (partner key)': aliasTally,
    [`flood from one key (${FLOOD_CONCURRENCY} at a time)`]: floodTally,
    [`anonymous flood (${FLOOD_CONCURRENCY} at a time)`]: anonymousTally,
  })) {
    console.log(`  ${name}: ${Object.entries(tally).map(([outcome, n]) => `${n} ${outcome}`).join(', ')}`);
  }
} finally {
  await server.stop('SIGTERM');
  await fresh.drop();
}
