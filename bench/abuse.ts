// Fair use under abuse: the real server (its own process, on PostgreSQL with the demo data) serves
// normal readers, alone (idle) and while abusers send costly aliased documents, floods from one key
// and floods from anonymous callers. Each phase has fresh keys and a fresh anonymous address (so no
// phase inherits a spent budget). Prints, per variant, the medians over the rounds of the normal
// readers' p50/p99 read latency idle and under abuse (the goal: p99 within 2× of idle), the server's
// CPU ms per request, and what became of the abusive requests.
// The abusers run in a process of their own, started with `nice` (this machine has two cores: it
// stands in for the other machines abusers would use), so that their 34 loops do not delay the
// readers' measurement in its event loop; this process does nothing but read and time.
// Variants: this checkout, and with BENCH_BASELINE_DIR another checkout of the server (e.g. the
// commit before a change, with node_modules and src/generated linked), interleaved round by round.
//   npm run bench:abuse                                   local PostgreSQL (127.0.0.1:5432, database test)
//   BENCH_DATABASE_URL=postgresql://… BENCH_ROUNDS=3 BENCH_SECONDS=60 BENCH_IDLE_SECONDS=15 npm run bench:abuse
//   BENCH_CPU_PROF=/tmp/prof npm run bench:abuse          also writes the servers' CPU profiles there
//   BENCH_ABUSERS_NICE=0 npm run bench:abuse              the abusers' niceness (default 10)
// Bounded: a fixed number of concurrent loops, each for a fixed time, to 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { processDatabase, root, startServer, type RunningServer } from '../test/support/process.js';
import { processesCpuMs } from './process-cpu.js';
import { median, percentile } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ABUSE_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 15);
const READERS = 4;
// A busy but normal client: a read, then 250 ms (3–4 reads a second per key; GitHub allows 5,000
// requests an hour, Shopify's REST API 2 a second).
const READER_PAUSE_MS = 250;
const FLOOD_CONCURRENCY = 16;
// On a machine busy with other work, niced abusers are starved: BENCH_ABUSERS_NICE=0 lets them compete.
const ABUSERS_NICE = Number(process.env.BENCH_ABUSERS_NICE ?? 10);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

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

async function post(url: string, query: string, headers: Record<string, string>): Promise<{ status: number; code?: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, ms: performance.now() - started };
}

type Tally = Record<string, number>;
/** What the abusers' process is told: where, how long, and as whom. */
interface Plan {
  url: string;
  seconds: number;
  aliasKey: string;
  floodKey: string;
  anonymousAddress: string;
}
const ABUSERS = {
  aliases: 'aliased ruleCheck pages (partner key)',
  flood: `flood of cheap reads from one key (${FLOOD_CONCURRENCY} at a time)`,
  anonymous: `anonymous flood of heavy pages (${FLOOD_CONCURRENCY} at a time)`,
};

async function abuser(url: string, seconds: number, concurrency: number, next: () => [string, Record<string, string>]): Promise<Tally> {
  const tally: Tally = {};
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const [query, headers] = next();
        // A starved client can lose the race with the server's keep-alive timeout: counted, not fatal.
        const answer = await post(url, query, headers).catch(() => null);
        const outcome = !answer ? 'connection failed' : answer.status === 429 ? 'throttled (429)' : answer.code ? answer.code : 'answered';
        tally[outcome] = (tally[outcome] ?? 0) + 1;
      }
    }),
  );
  return tally;
}

/** The abusers' process: runs the plan in ABUSE_PLAN and prints its tallies as JSON. */
async function abuse(plan: Plan): Promise<void> {
  let turn = 0;
  const [aliasTally, floodTally, anonymousTally] = await Promise.all([
    abuser(plan.url, plan.seconds, 2, () => [turn++ % 2 ? ABUSE.costliestAccepted : ABUSE.refusedAliases, { authorization: plan.aliasKey }]),
    abuser(plan.url, plan.seconds, FLOOD_CONCURRENCY, () => [ABUSE.flood, { authorization: plan.floodKey }]),
    abuser(plan.url, plan.seconds, FLOOD_CONCURRENCY, () => [ABUSE.anonymous, { 'x-forwarded-for': plan.anonymousAddress }]),
  ]);
  process.stdout.write(JSON.stringify({ [ABUSERS.aliases]: aliasTally, [ABUSERS.flood]: floodTally, [ABUSERS.anonymous]: anonymousTally }));
}

/** Starts the abusers' process at a low priority, and resolves to its tallies. */
function abusersProcess(plan: Plan): Promise<Record<string, Tally>> {
  const child = spawn('nice', ['-n', String(ABUSERS_NICE), process.execPath, '--import', 'tsx', path.join(root, 'bench/abuse.ts')], {
    cwd: root,
    env: { ...process.env, ABUSE_PLAN: JSON.stringify(plan) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Record<string, Tally>) : reject(new Error(`the abusers' process exited with ${code}`)))),
  );
}

interface Variant {
  name: string;
  /** The checkout whose server runs. */
  dir: string;
}
const VARIANTS: Variant[] = [
  ...(process.env.BENCH_BASELINE_DIR ? [{ name: `before (${process.env.BENCH_BASELINE_DIR})`, dir: process.env.BENCH_BASELINE_DIR }] : []),
  { name: 'this checkout', dir: root },
];

interface Target {
  name: string;
  url: string;
  server: RunningServer;
  drop(): Promise<void>;
  /** Makes an AGENCY key of the server's database. */
  key(name: string): Promise<string>;
}

async function target(variant: Variant, index: number): Promise<Target> {
  const fresh = await processDatabase(`abuse${index}`, adminUrl);
  // One trusted proxy: each phase's anonymous flood comes from its own X-Forwarded-For address.
  const env: Record<string, string> = { ...fresh.env, ASPIRE_DEMO_DATA: '1', LOG_LEVEL: 'warn', ASPIRE_TRUST_PROXY: '1' };
  // Node 20 refuses --cpu-prof in NODE_OPTIONS: the server is started as `npm start` does, with it.
  const profile = process.env.BENCH_CPU_PROF && `--cpu-prof --cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF, `variant${index}`)}`;
  const command = profile ? ['sh', '-c', `npm run -s db:migrate && exec node ${profile} --import tsx src/main.ts`] : ['npm', 'start', '--silent'];
  const server = await startServer(command, env, 600_000, variant.dir);
  const db = await connectDatabase(databaseTargetFromEnv({ ...process.env, ...fresh.env }));
  const agency = await db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  return {
    name: variant.name,
    url: `${server.base}/graphql`,
    server,
    key: async (name) => `Bearer ${(await createApiKey(db.prisma, { name, role: 'AGENCY', agencyId: agency.id })).key}`,
    drop: async () => {
      await db.close();
      await server.stop('SIGTERM');
      await fresh.drop();
    },
  };
}

/** CPU time (ms) of every process of the server's process group (npm, tsx, node). */
const cpuMs = (server: RunningServer) => processesCpuMs((p) => p.processGroup === server.pid);

/** Each read's latency, and when it started (ms since the phase began). */
async function readers(t: Target, keys: string[], seconds: number): Promise<{ at: number; ms: number }[]> {
  const reads: { at: number; ms: number }[] = [];
  const began = performance.now();
  const until = began + seconds * 1000;
  await Promise.all(
    keys.map(async (key, r) => {
      for (let i = r; performance.now() < until; i++) {
        const at = performance.now() - began;
        const answer = await post(t.url, READS[i % READS.length]!, { authorization: key });
        if (answer.status !== 200 || answer.code) throw new Error(`a normal read failed (${t.name}): ${answer.status} ${answer.code}`);
        reads.push({ at, ms: answer.ms });
        await new Promise((resolve) => setTimeout(resolve, READER_PAUSE_MS));
      }
    }),
  );
  return reads;
}

const add = (into: Tally, from: Tally) => Object.entries(from).forEach(([k, n]) => (into[k] = (into[k] ?? 0) + n));
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Phase {
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}
interface Results {
  idle: Phase[];
  abuse: Phase[];
  ratioP99: number[];
  ratioP50: number[];
  tallies: Record<string, Tally>;
}

async function bench(): Promise<void> {
  const targets: Target[] = [];
  try {
    for (const [i, variant] of VARIANTS.entries()) targets.push(await target(variant, i));
    const results = new Map<Target, Results>(targets.map((t) => [t, { idle: [], abuse: [], ratioP99: [], ratioP50: [], tallies: {} }]));
    console.log(`load average before the first round: ${loadAverage()}`);
    let phase = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which variant goes first, so neither always follows the other's abuse.
      for (const t of round % 2 ? [...targets].reverse() : targets) {
        const r = results.get(t)!;
        phase++;
        const keys = await Promise.all(Array.from({ length: READERS }, (_, n) => t.key(`reader ${phase}.${n}`)));
        const plan: Plan = {
          url: t.url,
          seconds: ABUSE_SECONDS,
          aliasKey: await t.key(`aliases ${phase}`),
          floodKey: await t.key(`flood ${phase}`),
          anonymousAddress: `198.51.100.${phase}`,
        };
        await readers(t, keys, 2); // warm-up

        let cpu = cpuMs(t.server);
        const idle = (await readers(t, keys, IDLE_SECONDS)).map((read) => read.ms);
        r.idle.push({ p50: percentile(idle, 50), p99: percentile(idle, 99), cpuMsPerRequest: (cpuMs(t.server) - cpu) / idle.length });

        cpu = cpuMs(t.server);
        const [reads, tallies] = await Promise.all([readers(t, keys, ABUSE_SECONDS), abusersProcess(plan)]);
        const underAbuse = reads.map((read) => read.ms);
        const requests = Object.values(tallies).reduce((n, tally) => n + Object.values(tally).reduce((a, b) => a + b, 0), underAbuse.length);
        r.abuse.push({ p50: percentile(underAbuse, 50), p99: percentile(underAbuse, 99), cpuMsPerRequest: (cpuMs(t.server) - cpu) / requests });
        r.ratioP99.push(r.abuse.at(-1)!.p99 / r.idle.at(-1)!.p99);
        r.ratioP50.push(r.abuse.at(-1)!.p50 / r.idle.at(-1)!.p50);
        for (const [name, tally] of Object.entries(tallies)) add((r.tallies[name] ??= {}), tally);
        // Whether the slow reads come while budgets are still being spent (the first seconds) or throughout.
        const early = reads.filter((read) => read.at < 5000).map((read) => read.ms);
        const later = reads.filter((read) => read.at >= 5000).map((read) => read.ms);
        console.log(
          `round ${round + 1}, ${t.name}: p99 idle ${r.idle.at(-1)!.p99.toFixed(0)} ms, under abuse ${r.abuse.at(-1)!.p99.toFixed(0)} ms ` +
            `(${r.ratioP99.at(-1)!.toFixed(2)}×; first 5 s ${percentile(early, 99).toFixed(0)} ms, after ${percentile(later, 99).toFixed(0)} ms); ` +
            `${(requests / ABUSE_SECONDS).toFixed(0)} requests/s; load average ${loadAverage()}`,
        );
      }
    }

    const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(`\nNormal readers: ${READERS} AGENCY keys, ${READER_PAUSE_MS} ms between reads; one server process per variant, PostgreSQL;`);
    console.log(`abusers in a process of their own (nice ${ABUSERS_NICE}); ${ROUNDS} rounds of ${IDLE_SECONDS} s idle then ${ABUSE_SECONDS} s under abuse per variant, interleaved. Medians over the rounds:`);
    for (const t of targets) {
      const r = results.get(t)!;
      console.log(`\n${t.name}`);
      console.log(`  idle          p50 ${ms(median(r.idle.map((p) => p.p50)))}   p99 ${ms(median(r.idle.map((p) => p.p99)))}   server CPU ${median(r.idle.map((p) => p.cpuMsPerRequest)).toFixed(2)} ms per request`);
      console.log(`  under abuse   p50 ${ms(median(r.abuse.map((p) => p.p50)))}   p99 ${ms(median(r.abuse.map((p) => p.p99)))}   server CPU ${median(r.abuse.map((p) => p.cpuMsPerRequest)).toFixed(2)} ms per request`);
      console.log(`  p99 under abuse / idle: ${median(r.ratioP99).toFixed(2)}× (rounds: ${r.ratioP99.map((x) => x.toFixed(2)).join(', ')}; goal: at most 2×)`);
      console.log(`  p50 under abuse / idle: ${median(r.ratioP50).toFixed(2)}×`);
      for (const [name, tally] of Object.entries(r.tallies)) {
        console.log(`  ${name}: ${Object.entries(tally).map(([outcome, n]) => `${n} ${outcome}`).join(', ')}`);
      }
    }
    console.log(`\nload average after the last round: ${loadAverage()}`);
  } finally {
    for (const t of targets) await t.drop();
  }
}

if (process.env.ABUSE_PLAN) await abuse(JSON.parse(process.env.ABUSE_PLAN) as Plan);
else await bench();
