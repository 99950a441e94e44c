// The SDK's list views against one request per item: calls with their countries, and projects
// with their outcomes, as a user of the SDK would get them before and after the list views.
//   npm run bench:sdk-lists                     embedded PGlite in a temporary directory
//   BENCH_DATABASE_URL=postgresql://… npm run bench:sdk-lists   a fresh PostgreSQL database
// Variants run interleaved, ROUNDS times each (bounded); figures are medians per listing.
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '../sdk/src/index.js';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { seedDatabase } from '../src/db/seed/index.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { processDatabase, root } from '../test/support/process.js';
import { median } from './stats.js';

const ROUNDS = Math.min(Number(process.env.BENCH_ROUNDS ?? 15), 100);

const fresh = await processDatabase('bench_lists', process.env.BENCH_DATABASE_URL);
const env = { ...process.env, ...fresh.env };
execFileSync('npx', ['prisma', 'migrate', 'deploy'], { cwd: root, env, stdio: 'ignore' });
const db = await connectDatabase(databaseTargetFromEnv(env));
await seedDatabase(db.prisma, { demo: true });
const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }) });
const http = createHttpServer(yoga);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

// A staff key: the one-request-per-item variants would otherwise hit the anonymous rate limit.
const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'STAFF' });
let requests = 0;
const client = createClient({ url, apiKey: key, fetch: (input, init) => (requests++, fetch(input, init)) });

// Each variant returns how many items it listed, so before and after can be seen to agree.
const variants: Record<string, () => Promise<number>> = {
  'calls + countries, one request per call': async () => {
    const { calls } = await client.calls({ first: 100 });
    const details = await Promise.all(calls.nodes.map((c) => client.call({ code: c.code })));
    return details.reduce((n, d) => n + d.call!.countries.length, 0);
  },
  'calls + countries, list view': async () => {
    const { calls } = await client.calls({ first: 100 });
    return calls.nodes.reduce((n, c) => n + c.countries.length, 0);
  },
  'projects + outcomes, one request per project': async () => {
    const { projects } = await client.projects({ first: 100 });
    const pages = await Promise.all(projects.nodes.map((p) => client.outcomes({ first: 20, filter: { projectId: p.id } })));
    return pages.reduce((n, page) => n + page.outcomes.nodes.length, 0);
  },
  'projects + outcomes, list view': async () => {
    const { projects } = await client.projectsWithOutcomes({ first: 100, outcomesFirst: 20 });
    return projects.nodes.reduce((n, p) => n + p.outcomes.nodes.length, 0);
  },
};

const samples = new Map(Object.keys(variants).map((name) => [name, { ms: [] as number[], cpu: [] as number[], requests: 0, items: 0 }]));
const deadline = Date.now() + 120_000;
for (let round = 0; round < ROUNDS && Date.now() < deadline; round++) {
  for (const [name, run] of Object.entries(variants)) {
    const sample = samples.get(name)!;
    requests = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    sample.items = await run();
    sample.ms.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    sample.cpu.push((used.user + used.system) / 1000);
    sample.requests = requests;
  }
}

console.log(`database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ${samples.values().next().value!.ms.length} interleaved rounds; server and client in this process`);
console.log('variant'.padEnd(48), 'requests', 'items', 'median ms', 'CPU ms/listing', 'CPU ms/request');
for (const [name, s] of samples) {
  console.log(name.padEnd(48), String(s.requests).padStart(8), String(s.items).padStart(5), median(s.ms).toFixed(1).padStart(9), median(s.cpu).toFixed(1).padStart(14), (median(s.cpu) / s.requests).toFixed(1).padStart(14));
}

await new Promise<void>((resolve) => http.close(() => resolve()));
await yoga.dispose();
await db.close();
await fresh.drop();
