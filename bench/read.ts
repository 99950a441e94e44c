// Read cost at the volume of issue #14: the three shapes and a public list against the real HTTP
// server (a child process), closed-loop with 10 connections and at a fixed rate; prints req/s,
// p50/p99, the server's CPU ms per request, statements per request and RSS as a markdown table.
//   npm run bench:read                           PGlite and PostgreSQL (127.0.0.1:5432)
//   BENCH_DATABASES=postgres npm run bench:read  one of them
//   BENCH_VARIANTS="before=/tmp/old-checkout+dist,after=.+dist,cached=.+dist+cache" compares checkouts,
//                                                interleaved (bench/server-process.ts has the options)
//   BENCH_SECONDS=4 BENCH_ROUNDS=3 BENCH_SHAPES=a,c  shorter or narrower runs
//   BENCH_CPU_PROF=dir                           the servers write --cpu-prof profiles there
// Bounded: every run stops after BENCH_SECONDS or 5,000 requests, whichever comes first.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { processDatabase, root } from '../test/support/process.js';
import { READ_SHAPES, type ReadShape } from '../test/support/read-shapes.js';
import { BENCH_VOLUME, loadVolume } from '../test/support/volume.js';
import { ownDatabase, parseVariants, serverLauncher, type BenchServer as Server } from './server-process.js';
import { median, percentile } from './stats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MAX_REQUESTS = 5000;
const CONNECTIONS = 10;
const FIXED_RATES: Record<string, number> = { c: 200, a: 20 };
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const shapes = READ_SHAPES.filter((s) => !process.env.BENCH_SHAPES || process.env.BENCH_SHAPES.split(',').includes(s.name));
// Default: this checkout, built, without and with the response cache (options: bench/server-process.ts).
const variants = parseVariants(process.env.BENCH_VARIANTS ?? `uncached=${root}+dist,cached=${root}+dist+cache`);
const launcher = await serverLauncher(variants);

interface Run {
  requests: number;
  seconds: number;
  latencies: number[];
  cpuMs: number;
  statements: number;
  errors: number;
}

function request(server: Server, shape: ReadShape, i: number, key: string, projectIds: string[]) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(shape.anonymous ? {} : { authorization: `Bearer ${key}` }) },
    body: JSON.stringify({ query: shape.query, variables: shape.variables(i, projectIds) }),
  }).then(
    async (response) => {
      const body = (await response.json()) as { errors?: unknown[] };
      return response.ok && !body.errors;
    },
    // An overloaded server (at a fixed rate beyond what it serves) times out: an error, not the end of the run.
    () => false,
  );
}

async function measure(server: Server, work: () => Promise<{ latencies: number[]; errors: number }>): Promise<Run> {
  const before = await server.stats();
  const started = performance.now();
  const { latencies, errors } = await work();
  const seconds = (performance.now() - started) / 1000;
  const after = await server.stats();
  const cpuMs = (after.cpu.user - before.cpu.user + after.cpu.system - before.cpu.system) / 1000;
  return { requests: latencies.length, seconds, latencies, cpuMs, statements: after.statements, errors };
}

/** CONNECTIONS clients, each sending its next request when the last is answered. */
function closedLoop(server: Server, shape: ReadShape, key: string, projectIds: string[], seconds: number) {
  return measure(server, async () => {
    const latencies: number[] = [];
    let errors = 0;
    let sent = 0;
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline && sent < MAX_REQUESTS) {
          const i = sent++;
          const start = performance.now();
          if (!(await request(server, shape, i, key, projectIds))) errors++;
          latencies.push(performance.now() - start);
        }
      }),
    );
    return { latencies, errors };
  });
}

/** Requests sent on a fixed schedule; latency counts from when each was due (no coordinated omission). */
function fixedRate(server: Server, shape: ReadShape, key: string, projectIds: string[], rate: number, seconds: number) {
  return measure(server, async () => {
    const latencies: number[] = [];
    let errors = 0;
    const total = Math.min(MAX_REQUESTS, Math.round(rate * seconds));
    const start = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(
        request(server, shape, i, key, projectIds).then((ok) => {
          if (!ok) errors++;
          latencies.push(performance.now() - due);
        }),
      );
    }
    await Promise.all(pending);
    return { latencies, errors };
  });
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function benchDatabase(kind: string) {
  const fresh = await processDatabase(`read_${randomBytes(4).toString('hex')}`, kind === 'postgres' ? POSTGRES_URL : undefined);
  const copies: { drop(): Promise<void> }[] = [];
  try {
    const env = { ...fresh.env };
    execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    const loadStart = performance.now();
    const db = await connectDatabase(databaseTargetFromEnv(env));
    const { projectIds } = await loadVolume(db.prisma, BENCH_VOLUME);
    const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'STAFF' });
    await db.close();
    console.error(`${kind}: volume loaded in ${((performance.now() - loadStart) / 1000).toFixed(0)} s`);

    const allServers: Server[] = [];
    for (const variant of variants) {
      const own = await ownDatabase(env);
      copies.push(own);
      allServers.push(await launcher.start(variant, own.env));
    }

    const rows: string[] = [];
    try {
      for (const shape of shapes) {
        const servers = allServers.filter((server) => shape.anonymous || !server.cache);
        for (const server of servers) await closedLoop(server, shape, key, projectIds, 1); // warm-up
        const runs = new Map<string, Run[]>(servers.map((s) => [s.variant, []]));
        for (let round = 0; round < ROUNDS; round++) {
          for (const server of servers) runs.get(server.variant)!.push(await closedLoop(server, shape, key, projectIds, SECONDS));
        }
        for (const server of servers) {
          const r = runs.get(server.variant)!;
          const latencies = r.flatMap((x) => x.latencies);
          const fixed = FIXED_RATES[shape.name];
          let fixedCell = '';
          if (fixed) {
            const f = await fixedRate(server, shape, key, projectIds, fixed, SECONDS);
            fixedCell = `${fixed}/s: p50 ${percentile(f.latencies, 50).toFixed(1)}, p99 ${percentile(f.latencies, 99).toFixed(1)} ms, ${(f.cpuMs / f.requests).toFixed(2)} ms CPU${f.errors ? `, ${f.errors} errors` : ''}`;
          }
          const errors = r.reduce((n, x) => n + x.errors, 0);
          rows.push(
            `| ${kind} | ${server.variant} | ${shape.label} | ${median(r.map((x) => x.requests / x.seconds)).toFixed(0)} | ` +
              `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)} | ` +
              `**${median(r.map((x) => x.cpuMs / x.requests)).toFixed(2)}** | ` +
              `${median(r.map((x) => x.statements / x.requests)).toFixed(1)} | ${fixedCell}${errors ? ` (${errors} errors)` : ''} |`,
          );
        }
      }
    } finally {
      for (const server of allServers) {
        const { rss } = await server.stats();
        rows.push(`| ${kind} | ${server.variant} | RSS after start / after the runs | | | | | ${mb(server.rssAfterStart)} MB / ${mb(rss)} MB |`);
        await server.stop();
      }
    }
    return rows;
  } finally {
    await fresh.drop();
    for (const copy of copies) await copy.drop();
  }
}

const rows: string[] = [];
try {
  for (const kind of databases) rows.push(...(await benchDatabase(kind)));
} finally {
  await launcher.close();
}
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ` +
  `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per variant (medians)\n`);
console.log('| database | variant | shape | req/s | p50 / p99 ms | CPU ms/req | statements/req | fixed rate |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
