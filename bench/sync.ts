// Scale check of partner sync: 10,000 records pushed through the SDK into a fresh database, then
// pulled back through the change feed, checking that nothing is lost or duplicated.
//   npm run bench                     embedded PGlite in a temporary directory
//   BENCH_DATABASE_URL=postgresql://… npm run bench   a fresh PostgreSQL database on that server
//   BENCH_CPU_PROF=dir npm run bench                  writes CPU profiles of the push and the pull there
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient, createSync, type SyncRecordInput } from '../sdk/src/index.js';
import { createApiKey } from '../src/auth/keys.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { freshDatabase, THROUGHPUT_RATE_LIMITS } from './fresh-database.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);

const seconds = (from: number) => (performance.now() - from) / 1000;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const { db, target, agency, call, lead, drop } = await freshDatabase('bench');
const adopted = await db.prisma.externalId.findMany({ where: { agencyId: agency.id, entity: 'PROPOSAL' }, select: { externalId: true, recordId: true } });
const adoptedIds = (await Promise.all(adopted.map(async (a) => ((await db.prisma.project.count({ where: { proposalId: a.recordId } })) ? a.externalId : null)))).filter((id): id is string => id !== null);
const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'AGENCY', agencyId: agency.id });

const yoga = createServer({ db, logger: createLogger({ LOG_LEVEL: 'silent' }), rateLimit: THROUGHPUT_RATE_LIMITS });
const http = createHttpServer(yoga);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
const sync = createSync(createClient({ url, apiKey: key }));

// A partner's joint-call data: per proposal, its two partner-side members; then outcomes of the
// call's adopted projects. Half proposals-with-team, a quarter outcomes, by record count.
const records: SyncRecordInput[] = [];
const organizationOf = (i: number) => ({ externalId: `ORG-${i % 40}`, nameEn: `University ${i % 40}`, countryCode: 'GB', kind: 'UNIVERSITY' as const });
for (let i = 0; records.length < (RECORDS * 3) / 4; i++) {
  records.push({ proposal: { externalId: `P-${i}`, titleEn: `Engineering biology ${i}`, fieldCode: 'BIO', partnerCountryCodes: ['GB'], leadOrganization: { id: encodeGlobalID('Organization', lead.id) } } });
  for (const [role, n] of [['UK_PROJECT_LEAD', 0], ['UK_RESEARCHER_CO_LEAD', 1]] as const) {
    records.push({
      teamMember: {
        externalId: `M-${i}-${n}`,
        proposalExternalId: `P-${i}`,
        role,
        researcher: { externalId: `R-${i}-${n}`, nameEn: `Researcher ${i}.${n}`, careerStage: 'RESEARCHER', organization: organizationOf(i) },
        letterOfIntent: role === 'UK_PROJECT_LEAD' ? { receivedOn: '2024-04-01', program: 'BBSRC' } : null,
      },
    });
  }
}
records.splice((RECORDS * 3) / 4);
for (let i = 0; records.length < RECORDS; i++) {
  records.push({ outcome: { externalId: `O-${i}`, proposalExternalId: adoptedIds[i % adoptedIds.length]!, kind: 'CO_AUTHORED_PAPER', occurredOn: '2025-06-01', title: `Paper ${i}` } });
}

// Where the feed stands before the push: what follows is the push's doing.
let since: string | null = null;
for await (const page of sync.pull()) since = page.cursor;

/** Profiles what `phase` runs, when BENCH_CPU_PROF names a directory for it. */
async function profiled<T>(phase: string, run: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return run();
  const profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await profiler.post('Profiler.stop');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${phase}.cpuprofile`), JSON.stringify(profile));
    profiler.disconnect();
  }
}

const pushStart = performance.now();
const pushCpu = process.cpuUsage();
const statements = db.countQueries();
let peak = process.memoryUsage().rss;
const results = await profiled('push', () =>
  sync.push(encodeGlobalID('Call', call.id), records, {
    onBatch: () => void (peak = Math.max(peak, process.memoryUsage().rss)),
  }),
);
const pushSeconds = seconds(pushStart);
const pushCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(pushCpu));
statements.stop();

const pullStart = performance.now();
const seen = new Map<string, number>();
let events = 0;
await profiled('pull', async () => {
  for await (const page of sync.pull({ since })) {
    for (const event of page.events) {
      events++;
      if (event.externalId && event.action === 'CREATE') seen.set(`${event.recordType}:${event.externalId}`, (seen.get(`${event.recordType}:${event.externalId}`) ?? 0) + 1);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
});
const pullSeconds = seconds(pullStart);

const statuses: Record<string, number> = {};
for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
const pushed = records.map((r) => {
  const [kind, value] = Object.entries(r).find(([, v]) => v) as [string, { externalId: string }];
  return `${{ proposal: 'PROPOSAL', teamMember: 'TEAM_MEMBER', outcome: 'OUTCOME' }[kind]}:${value.externalId}`;
});
const lost = pushed.filter((id) => !seen.has(id));
const duplicated = [...seen].filter(([, n]) => n > 1);
const rows = {
  proposals: await db.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'PROPOSAL', externalId: { startsWith: 'P-' } } }),
  teamMembers: await db.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'TEAM_MEMBER' } }),
  outcomes: await db.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'OUTCOME' } }),
};

console.log(`database        ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'}`);
console.log(`records pushed  ${records.length} in ${Math.ceil(records.length / 500)} batches: ${JSON.stringify(statuses)}`);
console.log(`push            ${pushSeconds.toFixed(1)} s, ${(records.length / pushSeconds).toFixed(0)} records/s`);
console.log(`per record      ${(statements.count / records.length).toFixed(1)} SQL statements, ${(pushCpuMs / records.length).toFixed(1)} ms CPU (server and client, one process)`);
console.log(`pull            ${events} events in ${pullSeconds.toFixed(1)} s, ${(events / pullSeconds).toFixed(0)} events/s`);
console.log(`rows            ${JSON.stringify(rows)}`);
console.log(`lost            ${lost.length}`);
console.log(`duplicated      ${duplicated.length}`);
console.log(`peak RSS        ${megabytes(peak)}`);

await new Promise<void>((resolve) => http.close(() => resolve()));
await yoga.dispose();
await db.close();
await drop();
if (lost.length || duplicated.length || statuses.CREATED !== records.length) {
  console.error('FAILED: records were lost, duplicated or not created');
  process.exitCode = 1;
}
