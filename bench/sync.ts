// Scale check of partner sync: 10,000 records pushed through the SDK into a fresh database, then
// pulled back through the change feed, checking that nothing is lost or duplicated. The server is
// its own process, run as production runs it (bench/server-process.ts); the SDK is this one.
//   npm run bench                     embedded PGlite in a temporary directory
//   BENCH_DATABASE_URL=postgresql://… npm run bench   a fresh PostgreSQL database on that server
//   BENCH_VARIANTS="before=/tmp/old+dist" npm run bench  another checkout's server (one variant)
//   BENCH_CPU_PROF=dir npm run bench                  the server writes a CPU profile there
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient, createSync, type SyncRecordInput } from '../sdk/src/index.js';
import { createApiKey } from '../src/auth/keys.js';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { root } from '../test/support/process.js';
import { freshDatabase } from './fresh-database.js';
import { parseVariants, serverLauncher } from './server-process.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);

const seconds = (from: number) => (performance.now() - from) / 1000;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const [variant] = parseVariants(process.env.BENCH_VARIANTS ?? `this=${root}+dist`);
const launcher = await serverLauncher([variant!]);
const { db, target, env, agency, call, lead, drop } = await freshDatabase('bench');
const adopted = await db.prisma.externalId.findMany({ where: { agencyId: agency.id, entity: 'PROPOSAL' }, select: { externalId: true, recordId: true } });
const adoptedIds = (await Promise.all(adopted.map(async (a) => ((await db.prisma.project.count({ where: { proposalId: a.recordId } })) ? a.externalId : null)))).filter((id): id is string => id !== null);
const { key } = await createApiKey(db.prisma, { name: 'bench', role: 'AGENCY', agencyId: agency.id });

// The server opens the database itself (PGlite's directory is one process's at a time).
await db.close();
const server = await launcher.start(variant!, env);
const sync = createSync(createClient({ url: server.url, apiKey: key }));

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

/** The server's CPU ms and statements so far (from when this was first called); its RSS is kept as the peak. */
let peak = 0;
let statementsSoFar = 0;
async function serverStats() {
  const { cpu, statements, rss } = await server.stats();
  peak = Math.max(peak, rss);
  statementsSoFar += statements;
  return { cpuMs: (cpu.user + cpu.system) / 1000, statements: statementsSoFar };
}

const pushStart = performance.now();
const pushCpu = process.cpuUsage();
const before = await serverStats();
const results = await sync.push(encodeGlobalID('Call', call.id), records, { onBatch: () => void serverStats() });
const pushSeconds = seconds(pushStart);
const clientCpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(pushCpu));
const after = await serverStats();

const pullStart = performance.now();
const seen = new Map<string, number>();
let events = 0;
for await (const page of sync.pull({ since })) {
  for (const event of page.events) {
    events++;
    if (event.externalId && event.action === 'CREATE') seen.set(`${event.recordType}:${event.externalId}`, (seen.get(`${event.recordType}:${event.externalId}`) ?? 0) + 1);
  }
}
const pullSeconds = seconds(pullStart);

const statuses: Record<string, number> = {};
for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
const pushed = records.map((r) => {
  const [kind, value] = Object.entries(r).find(([, v]) => v) as [string, { externalId: string }];
  return `${{ proposal: 'PROPOSAL', teamMember: 'TEAM_MEMBER', outcome: 'OUTCOME' }[kind]}:${value.externalId}`;
});
const lost = pushed.filter((id) => !seen.has(id));
const duplicated = [...seen].filter(([, n]) => n > 1);
await serverStats();
await server.stop();
await launcher.close();
const reopened = await connectDatabase(databaseTargetFromEnv(env));
const rows = {
  proposals: await reopened.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'PROPOSAL', externalId: { startsWith: 'P-' } } }),
  teamMembers: await reopened.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'TEAM_MEMBER' } }),
  outcomes: await reopened.prisma.externalId.count({ where: { agencyId: agency.id, entity: 'OUTCOME' } }),
};

console.log(`database        ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)'}`);
console.log(`records pushed  ${records.length} in ${Math.ceil(records.length / 500)} batches: ${JSON.stringify(statuses)}`);
console.log(`push            ${pushSeconds.toFixed(1)} s, ${(records.length / pushSeconds).toFixed(0)} records/s`);
console.log(
  `per record      ${((after.statements - before.statements) / records.length).toFixed(1)} SQL statements; CPU ${((after.cpuMs - before.cpuMs) / records.length).toFixed(2)} ms the server, ${(clientCpuMs / records.length).toFixed(2)} ms the SDK`,
);
console.log(`pull            ${events} events in ${pullSeconds.toFixed(1)} s, ${(events / pullSeconds).toFixed(0)} events/s`);
console.log(`rows            ${JSON.stringify(rows)}`);
console.log(`lost            ${lost.length}`);
console.log(`duplicated      ${duplicated.length}`);
console.log(`peak RSS        ${megabytes(peak)} (the server)`);

await reopened.close();
await drop();
if (lost.length || duplicated.length || statuses.CREATED !== records.length) {
  console.error('FAILED: records were lost, duplicated or not created');
  process.exitCode = 1;
}
