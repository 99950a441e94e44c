// What the read shapes of issue #14 cost the database: how many statements each sends, and that no
// statement reads more rows when the parents on a page have more children (more proposals per
// call, more outcomes per project) — pages are bounded by their page size, not by their parents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_SHAPES } from './support/read-shapes.js';
import { createTestServer, type TestServer } from './support/server.js';
import { loadVolume, type Volume } from './support/volume.js';

// Both volumes fill every page of every shape (50 proposals, 20 projects, 10 proposals per call,
// 10 outcomes per project); the second has 4 times the proposals per call and 2.5 times the
// outcomes per project. 180 more proposals keep the newest page's calls, teams and researchers
// alike in both (the volume cycles them by 3, 4 and 90).
const few: Volume = { calls: 3, proposals: 60, teamSize: [3, 6], projects: 24, outcomesPerProject: 11, organizations: 10, researchers: 90 };
const many: Volume = { ...few, proposals: 240, outcomesPerProject: 28 };

let small: TestServer;
let large: TestServer;
let projectIds: string[];
beforeAll(async () => {
  [small, large] = await Promise.all([createTestServer({ template: 'empty' }), createTestServer({ template: 'empty' })]);
  ({ projectIds } = await loadVolume(small.db.prisma, few));
  await loadVolume(large.db.prisma, many);
});
afterAll(() => Promise.all([small.close(), large.close()]));

/**
 * Each statement of one request of the shape: the table it reads first, and the rows it read; in
 * table order, as PostgreSQL's pool may answer independent statements in any order.
 */
async function statementsOf(server: TestServer, name: string) {
  const shape = READ_SHAPES.find((s) => s.name === name)!;
  const counter = server.countQueries();
  await server.data(shape.query, shape.variables(0, projectIds), shape.anonymous ? { authorization: '' } : {});
  counter.stop();
  return counter.results
    .map(({ sql, rows }) => ({ from: /FROM\s+("public"\.)?"(\w+)"/.exec(sql)?.[2] ?? sql, rows }))
    .sort((x, y) => x.from.localeCompare(y.from) || x.rows - y.rows);
}

// Measured on PGlite and PostgreSQL alike: one statement per table the shape reaches (the
// API-key lookup left out), and for (b) a page of ids per call, then their rows.
const STATEMENTS = { a: 8, b: 8, c: 3, public: 11 };

describe.each(Object.entries(STATEMENTS))('read shape %s', (name, count) => {
  it(`sends ${count} statements, each reading the same rows however many children the parents have`, async () => {
    const [fewChildren, manyChildren] = [await statementsOf(small, name), await statementsOf(large, name)];
    expect(fewChildren).toHaveLength(count);
    expect(manyChildren).toEqual(fewChildren);
  });
});

it('reads a page of proposals per call in (b), not every proposal of the calls', async () => {
  const [fewChildren, manyChildren] = [await statementsOf(small, 'b'), await statementsOf(large, 'b')];
  const proposalRows = (statements: typeof fewChildren) => statements.filter((s) => s.from === 'Proposal' || s.from === 'Call').map((s) => s.rows);
  // The calls (3), the page ids of each call (3 × (10 + 1 to tell whether there is a next page)),
  // a count per call and the page's rows.
  expect(proposalRows(fewChildren)).toEqual([3, 33, 3, 33]);
  expect(proposalRows(manyChildren)).toEqual([3, 33, 3, 33]);
});
