// The API as the benches run it (bench/server-process.ts): a child process over IPC, so that a bench
// can ask it for its own CPU time, statement count and RSS. Nothing here is reachable over HTTP, and
// the production server (src/main.ts) has none of it.
//   BENCH_SERVER_ROOT     the checkout whose src/ to serve (default: this one), so that the bench
//                         can run two versions side by side, interleaved
//   BENCH_SERVER_DIST     1: serve its production build (dist/, from `npm run build`) instead
//   BENCH_RESPONSE_CACHE  1: keep anonymous answers (in memory), as a production server does
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(process.env.BENCH_SERVER_ROOT ?? path.join(import.meta.dirname, '..'));
const built = (file: string) => file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
const load = (file: string) => import(pathToFileURL(path.join(root, process.env.BENCH_SERVER_DIST ? built(file) : file)).href);

const { connectDatabase } = await load('src/db/client.ts');
const { databaseTargetFromEnv } = await load('src/db/adapter.ts');
// A checkout from before requestListener served Yoga itself.
const { createServer, requestListener = (yoga: unknown) => yoga } = await load('src/server.ts');
const { createLogger } = await load('src/logger.ts');
const { DEFAULT_RATE_LIMITS } = await load('src/http/rate-limit.ts');

const db = await connectDatabase(databaseTargetFromEnv());
// A server has read its database by the time it is ready (src/main.ts checks its data loads): the
// first Prisma query instantiates the query compiler, nearly 30 MB, so RSS "after start" counts it.
await db.prisma.dataLoad.findMany({ take: 1 });
// The rate limit runs (its cost is part of a request's) with budgets the bench cannot exhaust and
// no cap on requests in flight: its 10 connections share one key.
const unlimited = Number.MAX_SAFE_INTEGER;
const rateLimit = { ...DEFAULT_RATE_LIMITS, budgets: { anonymous: unlimited, partner: unlimited, staff: unlimited }, maxInFlight: 0 };
const responseCache = process.env.BENCH_RESPONSE_CACHE ? { seconds: 60, keyPrefix: '' } : undefined;
const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }), production: true, arbitraryOperations: 'all', rateLimit, responseCache });
const http = createHttpServer(requestListener(yoga));
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));

// Restarted at each report, so that the statements it keeps stay few.
let counter = db.countQueries();
// How long callbacks waited for the event loop since the last report: what a request waits for
// behind other requests' work in this process.
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

process.on('message', async (message: string) => {
  if (message === 'stats') {
    const statements = counter.count;
    counter.stop();
    counter = db.countQueries();
    const loopDelay = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    loop.reset();
    process.send!({ cpu: process.cpuUsage(), statements, rss: process.memoryUsage().rss, loopDelay });
  }
  if (message === 'stop') {
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await yoga.dispose();
    await db.close();
    process.exit(0);
  }
});
process.send!({ port: (http.address() as AddressInfo).port, rss: process.memoryUsage().rss });
