// The answers of the read shapes (issue #14) on a generated dataset, against answers committed
// before the read path was optimised (test/fixtures/read-answers.json): select mode, the nested
// connection loaders and the caches must not change one of them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { READ_SHAPES } from './support/read-shapes.js';
import { createTestServer, type TestServer } from './support/server.js';
import { loadVolume, volumeId, type Volume } from './support/volume.js';

// Calls with 20 proposals each, so that first: 10 pages and totalCount exceed the page.
const VOLUME: Volume = { calls: 6, proposals: 120, teamSize: [3, 6], projects: 30, outcomesPerProject: 5, organizations: 20, researchers: 150 };

let server: TestServer;
let projectIds: string[];
beforeAll(async () => {
  server = await createTestServer({ template: 'empty' });
  ({ projectIds } = await loadVolume(server.db.prisma, VOLUME));
});
afterAll(() => server.close());

const CALL_PAGES = /* GraphQL */ `
  query CallPages($after: String, $before: String, $first: Int, $last: Int, $status: [ProposalStatus!]) {
    calls(first: 3, orderBy: { field: CODE, direction: ASC }) {
      nodes {
        code
        proposals(first: $first, after: $after, last: $last, before: $before, filter: { status: $status }) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id titleEn status } }
        }
      }
    }
  }`;

it('answers every read shape as before, for staff, an institution and the public', async () => {
  const answers: Record<string, unknown> = {};
  const institution = await server.headersFor({ role: 'INSTITUTION', organizationId: volumeId('organization', 3) });
  for (const shape of READ_SHAPES) {
    const headers: Record<string, string> = shape.anonymous ? { authorization: '' } : {};
    for (const i of shape.name === 'c' ? [0, 1, 2] : [0]) {
      answers[`${shape.name}/${i}`] = await server.data(shape.query, shape.variables(i, projectIds), headers);
    }
    answers[`${shape.name}/institution`] = await server.data(shape.query, shape.variables(0, projectIds), institution);
  }
  const cursor = volumeId('proposal', 60);
  const pages = {
    first: { first: 4 },
    after: { first: 4, after: Buffer.from(`GPC:S:${cursor}`).toString('base64') },
    last: { last: 3 },
    before: { last: 3, before: Buffer.from(`GPC:S:${cursor}`).toString('base64') },
    status: { first: 5, status: ['ADOPTED', 'REJECTED'] },
  };
  for (const [name, variables] of Object.entries(pages)) {
    answers[`callPages/${name}`] = await server.data(CALL_PAGES, variables);
    answers[`callPages/${name}/institution`] = await server.data(CALL_PAGES, variables, institution);
  }
  await expect(JSON.stringify(answers, null, 1)).toMatchFileSnapshot('fixtures/read-answers.json');
});
