// What the read shapes of issue #14 cost the database: how many statements each sends, that the
// count stays flat as pages and parents grow, and that Call.proposals reads a page per call, not
// every proposal of every call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateProposalSql, visible } from '../src/auth/visibility.js';
import type { Context } from '../src/context.js';
import { READ_SHAPES } from './support/read-shapes.js';
import { createTestServer, type TestServer } from './support/server.js';
import { loadVolume, volumeId, type Volume } from './support/volume.js';

const base: Volume = { calls: 3, proposals: 36, teamSize: [3, 6], projects: 12, outcomesPerProject: 5, organizations: 10, researchers: 90 };
// The same calls with 12 and with 30 proposals each: more than the page of 10 either way.
const few = base;
const many: Volume = { ...base, proposals: 90 };

let small: TestServer;
let large: TestServer;
let projectIds: string[];
beforeAll(async () => {
  [small, large] = await Promise.all([createTestServer({ template: 'empty' }), createTestServer({ template: 'empty' })]);
  ({ projectIds } = await loadVolume(small.db.prisma, few));
  await loadVolume(large.db.prisma, many);
});
afterAll(() => Promise.all([small.close(), large.close()]));

async function run(server: TestServer, shape: (typeof READ_SHAPES)[number]) {
  const counter = server.countQueries();
  await server.data(shape.query, shape.variables(0, projectIds), shape.anonymous ? { authorization: '' } : {});
  counter.stop();
  return { count: counter.count, rows: counter.results.map(({ rows }) => rows) };
}

describe('the read shapes of #14', () => {
  it('send a fixed number of statements, whatever the volume', async () => {
    const counts: Record<string, [number, number]> = {};
    for (const shape of READ_SHAPES) counts[shape.name] = [(await run(small, shape)).count, (await run(large, shape)).count];
    expect(counts).toEqual({ a: [5, 5], b: [6, 6], c: [3, 3], public: [8, 8] });
  });

  it('read a page of proposals per call, not every proposal of the calls', async () => {
    const b = READ_SHAPES.find((s) => s.name === 'b')!;
    const [fewRows, manyRows] = [(await run(small, b)).rows, (await run(large, b)).rows];
    expect(manyRows).toEqual(fewRows);
    // 3 calls × a page of 10 proposals, plus one to tell whether there is a next page.
    expect(Math.max(...manyRows)).toBeLessThanOrEqual(3 * 11 * 6);
  });
});

describe('the proposal rule in SQL', () => {
  it('selects the same proposals as the rule in Prisma, for every tenant', async () => {
    const prisma = small.db.prisma;
    const principals = [
      { kind: 'anonymous' },
      { kind: 'key', role: 'STAFF', agencyId: null, organizationId: null },
      { kind: 'key', role: 'AGENCY', agencyId: volumeId('agency', 0), organizationId: null },
      { kind: 'key', role: 'AGENCY', agencyId: volumeId('agency', 9), organizationId: null },
      { kind: 'key', role: 'INSTITUTION', agencyId: null, organizationId: volumeId('organization', 3) },
    ];
    for (const principal of principals) {
      const ctx = { principal, prisma } as unknown as Context;
      const sql = await prisma.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Proposal" p WHERE ${privateProposalSql(ctx)} ORDER BY p.id`;
      const rule = await prisma.proposal.findMany({ where: visible.proposal(ctx), select: { id: true }, orderBy: { id: 'asc' } });
      expect(sql.map((r) => r.id), JSON.stringify(principal)).toEqual(rule.map((r) => r.id));
    }
  });
});
