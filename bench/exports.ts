// Scale check of the bulk exports: adopted projects made set-based in a fresh database (10,000,
// then up to BENCH_PROJECTS, default 100,000), each export streamed over HTTP from a server in
// this process, with its rate and the process's peak RSS, to show memory flat in the number of rows.
//   npm run bench:exports                                    a fresh database on the local PostgreSQL
//   BENCH_DATABASE_URL=postgresql://… npm run bench:exports  … on that server
//   BENCH_DATABASE_URL= npm run bench:exports                embedded PGlite in a temporary directory
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { seedDatabase } from '../src/db/seed/index.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { processDatabase, root } from '../test/support/process.js';

const STEPS = [10_000, Number(process.env.BENCH_PROJECTS ?? 100_000)];
// Bounded: the whole run stops after this long whatever it is doing.
const LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 20 * 60_000);
setTimeout(() => {
  console.error(`bench:exports stopped after ${LIMIT_MS / 1000} s`);
  process.exit(1);
}, LIMIT_MS).unref();

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const fresh = await processDatabase('bench_exports', adminUrl || undefined);
const env = { ...process.env, ...fresh.env };
execFileSync('npx', ['prisma', 'migrate', 'deploy'], { cwd: root, env, stdio: 'ignore' });
const db = await connectDatabase(databaseTargetFromEnv(env));
await seedDatabase(db.prisma, { demo: true });
const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'STAFF' });

/** Adopted projects numbered from..to, each with a PI, a partner country and two budget lines: one statement per table. */
async function addProjects(from: number, to: number) {
  const range = `generate_series(${from}, ${to}) AS i`;
  const pick = (array: string) => `(${array})[1 + i % array_length(${array}, 1)]`;
  const orgs = `(SELECT array_agg(o.id ORDER BY o.id) FROM "Organization" o JOIN "Country" c ON c.id = o."countryId" WHERE c.code = 'JP')`;
  const calls = `(SELECT array_agg(id ORDER BY id) FROM "Call")`;
  const fields = `(SELECT array_agg(id ORDER BY id) FROM "ResearchField")`;
  const countries = `(SELECT array_agg(id ORDER BY id) FROM "Country" WHERE code <> 'JP')`;
  const id = (kind: string) => `md5('bench-${kind}-' || i)::uuid`;
  const statements = [
    `INSERT INTO "Researcher" (id, "nameEn", "careerStage", "organizationId", "updatedAt")
       SELECT ${id('researcher')}, 'Bench researcher ' || i, 'RESEARCHER', ${pick(orgs)}, now() FROM ${range}`,
    `INSERT INTO "Proposal" (id, "callId", "fieldId", "leadOrganizationId", "titleEn", status, "submittedAt", "decidedAt", "plannedPeriodMonths", "updatedAt")
       SELECT ${id('proposal')}, ${pick(calls)}, ${pick(fields)}, ${pick(orgs)},
              'Bench project ' || i, 'ADOPTED', now(), now(), 36, now() FROM ${range}`,
    `INSERT INTO "TeamMember" (id, "proposalId", "researcherId", side, role, "organizationId", "updatedAt")
       SELECT ${id('member')}, ${id('proposal')}, ${id('researcher')}, 'JAPAN', 'PI', ${pick(orgs)}, now() FROM ${range}`,
    `INSERT INTO "ProposalPartnerCountry" ("proposalId", "countryId") SELECT ${id('proposal')}, ${pick(countries)} FROM ${range}`,
    `INSERT INTO "BudgetLine" (id, "proposalId", "fiscalYear", purpose, "directCostYen", "updatedAt")
       SELECT ${id('budget-w')}, ${id('proposal')}, 2025, 'WORKSHOPS'::"BudgetPurpose", 30000000 + i, now() FROM ${range}
       UNION ALL SELECT ${id('budget-e')}, ${id('proposal')}, 2025, 'EQUIPMENT'::"BudgetPurpose", 10000000, now() FROM ${range}`,
    `INSERT INTO "Project" (id, "proposalId", "startsOn", "endsOn", status, "updatedAt")
       SELECT ${id('project')}, ${id('proposal')}, DATE '2025-04-01', DATE '2028-03-31', 'ACTIVE', now() FROM ${range}`,
  ];
  for (const sql of statements) await db.prisma.$executeRawUnsafe(sql);
}

const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }) });
const http = createHttpServer(yoga);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Streams one export, counting its lines as they come, sampling RSS while it runs. */
async function measure(path: string, headers: Record<string, string>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers });
  if (!response.ok || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
  let lines = 0;
  let bytes = 0;
  // RSS as the 10,000th, 50,000th, … row arrives: flat memory means these stay level.
  const milestones = new Map<number, number>();
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) {
      if (byte !== 10) continue;
      lines++;
      if (lines === 10_000 || lines % 50_000 === 0) milestones.set(lines, process.memoryUsage().rss);
    }
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return { lines, bytes, seconds, before, peak, milestones };
}

const exportsToTime: { path: string; as: string; headers: Record<string, string> }[] = [
  { path: '/exports/projects.csv', as: 'anonymous', headers: {} },
  { path: '/exports/360giving.json', as: 'staff', headers: { authorization: `Bearer ${key}` } },
];

try {
  console.log(`bench:exports on ${db.target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, Node ${process.version}`);
  let made = 0;
  for (const target of STEPS) {
    const started = performance.now();
    await addProjects(made + 1, target);
    made = target;
    const projects = await db.prisma.project.count();
    console.log(`\n${projects} projects (generated set-based in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const { path, as, headers } of exportsToTime) {
      const r = await measure(path, headers);
      console.log(
        `${path.padEnd(26)} ${as.padEnd(9)} ${String(r.lines).padStart(7)} lines ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB ` +
          `${r.seconds.toFixed(1).padStart(6)} s ${Math.round(r.lines / r.seconds).toString().padStart(6)} rows/s ` +
          `RSS ${mb(r.before)} → peak ${mb(r.peak)} MB; at row ${[...r.milestones].map(([row, rss]) => `${row / 1000}k ${mb(rss)}`).join(', ')} MB`,
      );
    }
  }
} finally {
  http.closeAllConnections();
  http.close();
  await yoga.dispose();
  await db.close();
  await fresh.drop();
}
