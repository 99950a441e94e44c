// The bulk exports over HTTP: each equals its GraphQL list for every role, and the change log's
// validators let a mirror skip what has not changed for it.
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type TableExport } from '../src/modules/exports/datasets.js';
import { createTestServer, type GraphQLResponse, type TestServer } from './support/server.js';
import { rowId } from './support/writes.js';

let server: TestServer;
const roles: Record<'anonymous' | 'staff' | 'agency' | 'institution', Record<string, string>> = {
  anonymous: {},
  staff: {},
  agency: {},
  institution: {},
};

beforeAll(async () => {
  server = await createTestServer({ as: 'ANONYMOUS' });
  const bbsrc = await server.db.prisma.fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
  // The organisation leading the most proposals: it sees some proposals in full, not all.
  const [lead] = await server.db.prisma.proposal.groupBy({ by: ['leadOrganizationId'], _count: { _all: true }, orderBy: { _count: { id: 'desc' } }, take: 1 });
  roles.staff = await server.headersFor({ role: 'STAFF' });
  roles.agency = await server.headersFor({ role: 'AGENCY', agencyId: bbsrc.id });
  roles.institution = await server.headersFor({ role: 'INSTITUTION', organizationId: lead!.leadOrganizationId });
});
afterAll(() => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => server.yoga.fetch(`http://localhost${path}`, { headers });

/** A GraphQL selection from the columns' field paths, e.g. "proposal.budget.totalCostYen". */
function selection(paths: string[]): string {
  const tree = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.');
    tree.set(head!, [...(tree.get(head!) ?? []), ...(rest.length ? [rest.join('.')] : [])]);
  }
  return [...tree].map(([field, sub]) => (sub.length ? `${field} { ${selection(sub)} }` : field)).join(' ');
}

/** The value at a field path, lists mapped through (agencies.agency.code → the codes). */
function at(node: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, segment) => {
    const key = segment.replace(/\(.*\)$/, '');
    if (value === null || value === undefined) return null;
    return Array.isArray(value) ? value.map((v) => (v as Record<string, unknown>)[key]) : (value as Record<string, unknown>)[key];
  }, node);
}

interface Page {
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** The whole GraphQL list, page by page, as id → the columns' values. */
async function graphqlList(table: TableExport, headers: Record<string, string>): Promise<Map<string, unknown[]>> {
  const rows = new Map<string, unknown[]>();
  const fields = table.columns.map((c) => c.graphql);
  let after: string | null = null;
  for (;;) {
    const { data, errors }: GraphQLResponse<Record<string, Page>> = await server.graphql<Record<string, Page>>(
      `query($after: String) { ${table.list}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id ${selection(fields)} } } }`,
      { after },
      headers,
    );
    expect(errors).toBeUndefined();
    const page: Page = data![table.list]!;
    for (const node of page.nodes) rows.set(node.id as string, fields.map((f) => at(node, f)));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

async function exported(table: TableExport, headers: Record<string, string>): Promise<Map<string, unknown[]>> {
  const response = await get(`/exports/${table.name}.jsonl`, headers);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/jsonl/);
  const lines = (await response.text()).trimEnd().split('\n').filter(Boolean);
  return new Map(lines.map((line) => JSON.parse(line) as Record<string, unknown>).map((row) => [
    (row.id ?? row.callId) as string,
    table.columns.map((c) => row[c.name]),
  ]));
}

describe('each export equals its GraphQL list, role by role', () => {
  for (const table of TABLES) {
    it(`${table.name}`, async () => {
      const byRole: Record<string, Map<string, unknown[]>> = {};
      for (const [role, headers] of Object.entries(roles)) {
        const [fromExport, fromGraphql] = await Promise.all([exported(table, headers), graphqlList(table, headers)]);
        expect(fromExport.size, role).toBeGreaterThan(0);
        expect([...fromExport.keys()].sort(), role).toEqual([...fromGraphql.keys()].sort());
        for (const [id, values] of fromExport) expect(values, `${role} ${id}`).toEqual(fromGraphql.get(id));
        byRole[role] = fromExport;
      }
      if (table.name === 'projects') {
        // Budgets are private: the roles really see different exports.
        const withBudget = (role: string) => [...byRole[role]!.values()].filter((v) => v[table.columns.findIndex((c) => c.name === 'totalCostYen')] !== null).length;
        expect(withBudget('anonymous')).toBe(0);
        expect(withBudget('institution')).toBeGreaterThan(0);
        expect(withBudget('institution')).toBeLessThan(withBudget('staff'));
        expect(withBudget('staff')).toBe(byRole.staff!.size);
      }
    });
  }
});

describe('formats', () => {
  it('CSV has the dictionary’s columns and the JSON Lines’ values; JSON is one array of the same rows', async () => {
    const staff = roles.staff;
    const csv = parseCsv(await (await get('/exports/projects.csv', staff)).text(), { columns: true }) as Record<string, string>[];
    const jsonl = (await (await get('/exports/projects.jsonl', staff)).text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    const json = await (await get('/exports/projects.json', staff)).json();
    const projects = TABLES.find((t) => t.name === 'projects')!;
    expect(Object.keys(csv[0]!)).toEqual(projects.columns.map((c) => c.name));
    expect(json).toEqual(jsonl);
    expect(csv.map((r) => r.id)).toEqual(jsonl.map((r) => r.id));
    const cell = (v: unknown) => (v === null ? '' : Array.isArray(v) ? v.join(';') : String(v));
    expect(csv.map((r) => Object.values(r))).toEqual(jsonl.map((r) => Object.values(r).map(cell)));
  });

  it('unknown exports and formats are 404, writes 405, a bad key 401', async () => {
    expect((await get('/exports/proposals.csv', roles.staff)).status).toBe(404);
    expect((await get('/exports/projects.xml', roles.staff)).status).toBe(404);
    expect((await server.yoga.fetch('http://localhost/exports/projects.csv', { method: 'POST' })).status).toBe(405);
    const bad = await get('/exports/projects.csv', { authorization: 'Bearer nope' });
    expect(bad.status).toBe(401);
    expect((await bad.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('ETag and Last-Modified from the change log', () => {
  it('answer 304 until a change the caller can see, and ignore changes it cannot', async () => {
    const fetchValidators = async (headers: Record<string, string>) => {
      const r = await get('/exports/projects.csv', headers);
      await r.body?.cancel();
      return { etag: r.headers.get('etag')!, lastModified: r.headers.get('last-modified')! };
    };
    const anonymous = await fetchValidators({});
    const staff = await fetchValidators(roles.staff);
    expect(anonymous.etag).toMatch(/^W\/"/);
    expect(anonymous.etag).not.toBe(staff.etag);
    expect((await get('/exports/projects.csv', { 'if-none-match': anonymous.etag })).status).toBe(304);
    expect((await get('/exports/projects.csv', { 'if-modified-since': anonymous.lastModified })).status).toBe(304);
    // Another caller's validator is not this caller's.
    expect((await get('/exports/projects.csv', { 'if-none-match': staff.etag })).status).toBe(200);

    // A draft changes: staff see it, the public does not.
    const { data } = await server.graphql<{ proposals: { nodes: { id: string; version: number }[] } }>(
      '{ proposals(first: 1, filter: { status: [DRAFT] }) { nodes { id version } } }', {}, roles.staff);
    const draft = data!.proposals.nodes[0]!;
    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has whole seconds
    const edited = await server.graphql('mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { userErrors { code } } }', {
      input: { id: draft.id, version: draft.version, titleEn: 'A draft retitled while a mirror watches' },
    }, roles.staff);
    expect(edited.data?.updateProposal.userErrors).toEqual([]);
    expect((await get('/exports/projects.csv', { 'if-none-match': anonymous.etag })).status).toBe(304);
    expect((await fetchValidators(roles.staff)).etag).not.toBe(staff.etag);

    // An adopted project changes: everyone's export moves, and the old validators no longer match.
    const projects = await server.graphql<{ projects: { nodes: { id: string; version: number }[] } }>('{ projects(first: 1) { nodes { id version } } }');
    const project = projects.data!.projects.nodes[0]!;
    const updated = await server.graphql('mutation($input: UpdateProjectInput!) { updateProject(input: $input) { userErrors { code } } }', {
      input: { id: project.id, version: project.version, grantNumber: `EXPORT-${rowId(project.id).slice(0, 8)}` },
    }, roles.staff);
    expect(updated.data?.updateProject.userErrors).toEqual([]);
    const fresh = await get('/exports/projects.csv', { 'if-none-match': anonymous.etag });
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toContain(`EXPORT-${rowId(project.id).slice(0, 8)}`);
    expect((await get('/exports/projects.csv', { 'if-modified-since': anonymous.lastModified })).status).toBe(200);
  });
});
