// What each bench starts from: a fresh database of its own (PGlite, or PostgreSQL with
// BENCH_DATABASE_URL), migrated by the same `prisma migrate deploy` as `npm start`, with the demo
// data; and the joint call BBSRC co-runs, with a Japan-side organisation to lead proposals.
import { execFileSync } from 'node:child_process';
import { databaseTargetFromEnv } from '../src/db/adapter.js';
import { connectDatabase } from '../src/db/client.js';
import { seedDatabase } from '../src/db/seed/index.js';
// The tests' way to a database of one's own, PGlite or PostgreSQL.
import { processDatabase, root } from '../test/support/process.js';

export async function freshDatabase(name: string) {
  const fresh = await processDatabase(name, process.env.BENCH_DATABASE_URL);
  const env = { ...process.env, ...fresh.env };
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { cwd: root, env, stdio: 'ignore' });
  const target = databaseTargetFromEnv(env);
  const db = await connectDatabase(target);
  await seedDatabase(db.prisma, { demo: true });
  const agency = await db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  const call = await db.prisma.call.findFirstOrThrow({ where: { kind: 'JOINT', agencies: { some: { agencyId: agency.id, role: 'PARTNER' } } } });
  const lead = await db.prisma.organization.findFirstOrThrow({ where: { country: { code: 'JP' } } });
  return { db, target, env: fresh.env, agency, call, lead, drop: fresh.drop };
}
