// The API as the benches run it: a child process (bench/api-server.ts) per variant, reporting its
// own CPU time, statement count and RSS over IPC, so that a bench's figures are the server's and
// not its clients'. A variant is `name=dir` with options after `+`:
//   +dist          the checkout's production build (`npm run build`), run as its `npm run start:prod`
//                  runs it (plain Node with that script's Node flags) instead of its sources under
//                  tsx, whose loader alone adds over 100 MB of RSS
//   +cache         keeps anonymous answers (the response cache)
//   +node:<flag>   a Node flag more (e.g. `semi16=.+dist+node:--max-semi-space-size=16`)
//   +env:NAME=v    an environment variable of the server's (e.g. `+env:DATABASE_WRITE_POOL_SIZE=10`)
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { root } from '../test/support/process.js';

export interface Variant {
  name: string;
  dir: string;
  cache: boolean;
  dist: boolean;
  nodeArgs: string[];
  env: Record<string, string>;
}

/** The variants of `spec` (BENCH_VARIANTS' form: `name=dir+option,…`). */
export function parseVariants(spec: string): Variant[] {
  return spec.split(',').map((v) => {
    // Split at the first `=` only: a Node flag or a variable has one of its own.
    const [name, rest] = [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)];
    const [dir, ...options] = rest.split('+');
    const dist = options.includes('dist');
    const valued = (prefix: string) => options.filter((o) => o.startsWith(prefix)).map((o) => o.slice(prefix.length));
    const env = Object.fromEntries(valued('env:').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    return { name, dir: path.resolve(dir!), cache: options.includes('cache'), dist, nodeArgs: [...(dist ? productionNodeFlags(dir!) : []), ...valued('node:')], env };
  });
}

/** The Node flags of a checkout's `start:prod` (`… exec node <flags> dist/main.js`), so the bench runs what production runs. */
function productionNodeFlags(dir: string): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return /\bnode ((?:--\S+ )*)dist\/main\.js/.exec(scripts['start:prod'] ?? '')?.[1]!.split(' ').filter(Boolean) ?? [];
}

export interface ServerStats {
  cpu: NodeJS.CpuUsage;
  statements: number;
  rss: number;
  /** Event-loop delay since the last call, ms (from perf_hooks.monitorEventLoopDelay). */
  loopDelay: { p99: number; max: number };
}

export interface BenchServer {
  variant: string;
  /** Keeps anonymous answers: run on the anonymous shapes only (keyed requests bypass the cache). */
  cache: boolean;
  url: string;
  rssAfterStart: number;
  /** Counters since start; `statements` and `loopDelay` since the last call. */
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/**
 * Builds the variants that run a production build, then starts servers on demand. `close()`
 * removes the plain-JavaScript copy of api-server.ts that built servers run (without tsx).
 */
export async function serverLauncher(variants: readonly Variant[]) {
  for (const dir of new Set(variants.filter((v) => v.dist).map((v) => v.dir))) execFileSync('npm', ['run', '-s', 'build'], { cwd: dir, stdio: 'inherit' });
  let plainServer: string | undefined;
  if (variants.some((v) => v.dist)) {
    // api-server.ts imports nothing but Node's own modules: stripping its types is enough.
    const { transform } = await import('esbuild');
    const source = await readFile(path.join(root, 'bench/api-server.ts'), 'utf8');
    plainServer = path.join(os.tmpdir(), `aspire-api-server-${randomBytes(4).toString('hex')}.mjs`);
    await writeFile(plainServer, (await transform(source, { loader: 'ts', format: 'esm' })).code);
  }

  async function start(variant: Variant, env: Record<string, string>): Promise<BenchServer> {
    const profile = process.env.BENCH_CPU_PROF;
    const child: ChildProcess = fork(variant.dist ? plainServer! : path.join(root, 'bench/api-server.ts'), [], {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        ...variant.env,
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
        const answer = next<ServerStats>();
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

  return { start, close: () => (plainServer ? rm(plainServer, { force: true }) : Promise.resolve()) };
}

/**
 * The database env a server of its own needs: PostgreSQL's is shared; a PGlite directory is one
 * process's, so each server gets a copy, removed by `drop`.
 */
export async function ownDatabase(env: Record<string, string>): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (!env.ASPIRE_DATA_DIR) return { env, drop: async () => {} };
  const copy = path.join(os.tmpdir(), `aspire-bench-${randomBytes(4).toString('hex')}`);
  await cp(env.ASPIRE_DATA_DIR, copy, { recursive: true });
  return { env: { ...env, ASPIRE_DATA_DIR: copy }, drop: () => rm(copy, { recursive: true, force: true }) };
}
