// Read cost at the volume of issue #14: the three shapes and a public list against the real HTTP
// server (a child process), closed-loop with 10 connections and at a fixed rate; prints req/s,
// p50/p99, the server's CPU ms per request, statements per request and RSS as a markdown table.
//   npm run bench:read                           PGlite and PostgreSQL (127.0.0.1:5432)
//   BENCH_DATABASES=postgres npm run bench:read  one of them
//   BENCH_VARIANTS="before=/tmp/old-checkout+dist,after=.+dist,cached=.+dist+cache" compares checkouts,
//                                                interleaved (default: this one, built, without and with
//                                                the response cache)
//   BENCH_SECONDS=4 BENCH_ROUNDS=3 BENCH_SHAPES=a,c  shorter or narrower runs
//   BENCH_CPU_PROF=dir                           the servers write --cpu-prof profiles there
// Bounded: every run stops after BENCH_SECONDS or 5,000 requests, whichever comes first.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { processDatabase, root } from '../test/support/process.js';
import { READ_SHAPES, type ReadShape } from '../test/support/read-shapes.js';
import { BENCH_VOLUME, loadVolume } from '../test/support/volume.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MAX_REQUESTS = 5000;
const CONNECTIONS = 10;
const FIXED_RATES: Record<string, number> = { c: 200, a: 20 };
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const shapes = READ_SHAPES.filter((s) => !process.env.BENCH_SHAPES || process.env.BENCH_SHAPES.split(',').includes(s.name));
// `name=dir`, with options after `+`: `+dist` runs the checkout's production build (`npm run build`)
// as its `npm run start:prod` does, plain Node with that script's Node flags, instead of its sources
// under tsx, whose loader alone adds over 100 MB of RSS; `+cache` keeps anonymous answers (the
// response cache); `+node:<flag>` passes a flag more (e.g. `semi16=.+dist+node:--max-semi-space-size=16`).
const variants = (process.env.BENCH_VARIANTS ?? `uncached=${root}+dist,cached=${root}+dist+cache`).split(',').map((v) => {
  // Split at the first `=` only: a Node flag has one of its own.
  const [name, spec] = [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)];
  const [dir, ...options] = spec.split('+');
  const dist = options.includes('dist');
  const nodeArgs = [...(dist ? productionNodeFlags(dir!) : []), ...options.filter((o) => o.startsWith('node:')).map((o) => o.slice('node:'.length))];
  return { name, dir: path.resolve(dir!), cache: options.includes('cache'), dist, nodeArgs };
});

/** The Node flags of a checkout's `start:prod` (`… exec node <flags> dist/main.js`), so the bench runs what production runs. */
function productionNodeFlags(dir: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return /\bnode ((?:--\S+ )*)dist\/main\.js/.exec(scripts['start:prod'] ?? '')?.[1]!.split(' ').filter(Boolean) ?? [];
}

/** read-server.ts as plain JavaScript, for servers run without tsx (it imports nothing but Node's own modules). */
async function plainReadServer(): Promise<string> {
  const { transform } = await import('esbuild');
  const source = await readFile(path.join(root, 'bench/read-server.ts'), 'utf8');
  const file = path.join(os.tmpdir(), `aspire-read-server-${randomBytes(4).toString('hex')}.mjs`);
  await writeFile(file, (await transform(source, { loader: 'ts', format: 'esm' })).code);
  return file;
}
for (const dir of new Set(variants.filter((v) => v.dist).map((v) => v.dir))) execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'inherit' });
const plainServer = variants.some((v) => v.dist) ? await plainReadServer() : undefined;

interface Stats {
  cpu: NodeJS.CpuUsage;
  statements: number;
  rss: number;
}

interface Server {
  variant: string;
  /** Keeps anonymous answers: run on the anonymous shapes only (keyed requests bypass the cache). */
  cache: boolean;
  url: string;
  rssAfterStart: number;
  stats(): Promise<Stats>;
  stop(): Promise<void>;
}

async function startServer(variant: (typeof variants)[number], env: Record<string, string>): Promise<Server> {
  const profile = process.env.BENCH_CPU_PROF;
  const child: ChildProcess = fork(variant.dist ? plainServer! : path.join(root, 'bench/read-server.ts'), [], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      BENCH_SERVER_ROOT: variant.dir,
      BENCH_SERVER_DIST: variant.dist ? '1' : '',
      BENCH_RESPONSE_CACHE: variant.cache ? '1' : '',
      NODE_ENV: 'production',
    },
    execArgv: [...variant.nodeArgs, ...(variant.dist ? [] : ['--import', 'tsx']), ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [])],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // A server that dies (a bad flag, a failed start) ends the bench instead of leaving it waiting.
  const died = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`the ${variant.name} server exited (${signal ?? code})`))),
  );
  died.catch(() => {});
  const next = <T>() => Promise.race([new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T))), died]);
  const ready = await next<{ port: number; rss: number }>();
  return {
    variant: variant.name,
    cache: variant.cache,
    url: `http://127.0.0.1:${ready.port}/graphql`,
    rssAfterStart: ready.rss,
    stats: () => {
      const answer = next<Stats>();
      child.send('stats');
      return answer;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

async function benchDatabase(kind: string) {
  const fresh = await processDatabase(`read_${randomBytes(4).toString('hex')}`, kind === 'postgres' ? POSTGRES_URL : undefined);
  const copies: string[] = [];
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

    // PGlite is one process's: each server gets a copy of the data directory.
    const allServers: Server[] = [];
    for (const variant of variants) {
      let variantEnv = env;
      if (kind === 'pglite') {
        const copy = path.join(os.tmpdir(), `aspire-read-${randomBytes(4).toString('hex')}`);
        await cp(env.ASPIRE_DATA_DIR!, copy, { recursive: true });
        copies.push(copy);
        variantEnv = { ...env, ASPIRE_DATA_DIR: copy };
      }
      allServers.push(await startServer(variant, variantEnv));
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
    for (const copy of copies) await rm(copy, { recursive: true, force: true });
  }
}

const rows: string[] = [];
try {
  for (const kind of databases) rows.push(...(await benchDatabase(kind)));
} finally {
  if (plainServer) await rm(plainServer, { force: true });
}
console.log(`\n${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ` +
  `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per variant (medians)\n`);
console.log('| database | variant | shape | req/s | p50 / p99 ms | CPU ms/req | statements/req | fixed rate |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
