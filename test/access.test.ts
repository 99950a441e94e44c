// Who may see what: every entry point, for every role, against the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { rowId } from './support/writes.js';
import { createTestServer, type TestServer } from './support/server.js';

interface ProposalFacts {
  id: string;
  status: string;
  call: { code: string; agencies: { agency: { code: string } }[] };
  leadOrganization: { id: string };
  project: { id: string } | null;
  team: { nodes: { id: string; role: string; organization: { id: string }; researcher: { id: string } }[] };
  decisions: { id: string }[];
  budget: { lines: { id: string }[] };
}

let server: TestServer;
let proposals: ProposalFacts[];
const headers: Record<'anonymous' | 'bbsrc' | 'ukri' | 'institutionA' | 'institutionB', Record<string, string>> = {
  anonymous: { authorization: '' },
  bbsrc: {},
  ukri: {},
  institutionA: {},
  institutionB: {},
};
let organizationA: string;
let organizationB: string;

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

beforeAll(async () => {
  server = await createTestServer();
  const { data } = await server.graphql<{ proposals: { nodes: ProposalFacts[] } }>(`{
    proposals(first: 100) { nodes {
      id status call { code agencies { agency { code } } } leadOrganization { id } project { id }
      team(first: 50) { nodes { id role organization { id } researcher { id } } }
      decisions { id } budget { lines { id } }
    } }
  }`);
  proposals = data!.proposals.nodes;
  const agencies = await server.db.prisma.fundingAgency.findMany({ where: { code: { in: ['BBSRC', 'UKRI'] } } });
  const agencyId = (code: string) => agencies.find((a) => a.code === code)!.id;
  // The two organisations leading the most proposals: A and B, different tenants.
  const leads = Object.entries(
    proposals.reduce<Record<string, number>>((n, p) => ({ ...n, [p.leadOrganization.id]: (n[p.leadOrganization.id] ?? 0) + 1 }), {}),
  ).sort((a, b) => b[1] - a[1]);
  [organizationA, organizationB] = [leads[0]![0], leads[1]![0]];
  headers.bbsrc = await server.headersFor({ role: 'AGENCY', agencyId: agencyId('BBSRC') });
  headers.ukri = await server.headersFor({ role: 'AGENCY', agencyId: agencyId('UKRI') });
  headers.institutionA = await server.headersFor({ role: 'INSTITUTION', organizationId: rowId(organizationA) });
  headers.institutionB = await server.headersFor({ role: 'INSTITUTION', organizationId: rowId(organizationB) });
});
afterAll(() => server.close());

/** What each tenant should see in full, worked out from the data, independently of the server. */
function expectedProposals(who: keyof typeof headers): string[] {
  const own = (org: string) => (p: ProposalFacts) =>
    p.leadOrganization.id === org || p.team.nodes.some((m) => m.organization.id === org && ['PI', 'CO_PI'].includes(m.role));
  const rule = {
    anonymous: () => false,
    ukri: (p: ProposalFacts) => p.call.agencies.some((a) => a.agency.code === 'UKRI'),
    bbsrc: (p: ProposalFacts) => p.call.agencies.some((a) => a.agency.code === 'BBSRC'),
    institutionA: own(organizationA),
    institutionB: own(organizationB),
  }[who];
  return ids(proposals.filter(rule));
}

describe('credentials', () => {
  it.each([
    ['an unknown key', 'Bearer aspire_unknown', /not known/],
    ['a malformed header', 'Basic dXNlcjpwYXNz', /Bearer/],
  ])('refuses %s with 401, never as anonymous', async (_what, authorization, message) => {
    const response = await server.graphql(`{ calls { totalCount } }`, {}, { authorization });
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('refuses revoked and expired keys, and records when a key was last used', async () => {
    const expired = await server.headersFor({ role: 'STAFF', expiresAt: new Date(Date.now() - 1000) });
    const response = await server.graphql(`{ viewer { role } }`, {}, expired);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.message).toMatch(/expired/);

    const lines: string[] = [];
    await runCli(['key', 'create', '--role', 'agency', '--agency', 'bbsrc', '--name', 'UKRI sync'], server.db.prisma, (l) =>
      lines.push(l),
    );
    const key = lines.at(-1)!;
    expect(key).toMatch(/^aspire_[\w-]{43}$/);
    const stored = await server.db.prisma.apiKey.findFirstOrThrow({ where: { name: 'UKRI sync' } });
    expect(stored.keyHash).not.toContain(key.slice(7, 20));
    expect(stored.lastUsedAt).toBeNull();

    const ok = await server.graphql(`{ viewer { role keyName agency { code } } }`, {}, { authorization: `Bearer ${key}` });
    expect(ok.data!.viewer).toEqual({ role: 'AGENCY', keyName: 'UKRI sync', agency: { code: 'BBSRC' } });
    await expect.poll(async () => (await server.db.prisma.apiKey.findUniqueOrThrow({ where: { id: stored.id } })).lastUsedAt).not.toBeNull();

    const listed: string[] = [];
    await runCli(['key', 'list'], server.db.prisma, (l) => listed.push(l));
    expect(listed.find((l) => l.startsWith(stored.id))).toMatch(/AGENCY\tBBSRC\tactive/);
    expect(listed.join('\n')).not.toContain(key);

    await runCli(['key', 'revoke', stored.id], server.db.prisma, () => {});
    const revoked = await server.graphql(`{ viewer { role } }`, {}, { authorization: `Bearer ${key}` });
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('refuses a CLI key whose role and tenant do not fit', async () => {
    await expect(runCli(['key', 'create', '--role', 'AGENCY', '--name', 'x'], server.db.prisma, () => {})).rejects.toThrow(
      /--agency/,
    );
    await expect(
      runCli(['key', 'create', '--role', 'STAFF', '--name', 'x', '--agency', 'JST'], server.db.prisma, () => {}),
    ).rejects.toThrow(/only with it/);
  });
});

describe.each(['anonymous', 'bbsrc', 'ukri', 'institutionA', 'institutionB'] as const)('as %s', (who) => {
  const ask = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) =>
    server.graphql<T>(query, variables, headers[who]);

  it('lists, counts and nests exactly the proposals of its tenancy', async () => {
    const expected = expectedProposals(who);
    if (who === 'bbsrc' || who === 'institutionA') expect(expected.length).toBeGreaterThan(0);
    const { data, errors } = await ask(`{
      proposals(first: 100) { totalCount nodes { id } }
      calls(first: 100) { nodes { proposals(first: 100) { totalCount nodes { id } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(ids(data!.proposals.nodes)).toEqual(expected);
    expect(data!.proposals.totalCount).toBe(expected.length);
    const nested = data!.calls.nodes.flatMap((c: { proposals: { nodes: { id: string }[] } }) => c.proposals.nodes);
    expect(ids(nested)).toEqual(expected);
    const counted = data!.calls.nodes.reduce((n: number, c: { proposals: { totalCount: number } }) => n + c.proposals.totalCount, 0);
    expect(counted).toBe(expected.length);
  });

  it('answers node(id:) for anything outside its tenancy exactly as for a missing id', async () => {
    const hidden = proposals.filter((p) => !expectedProposals(who).includes(p.id));
    expect(hidden.length).toBeGreaterThan(0);
    const hiddenIds = hidden.flatMap((p) => [p.id, ...p.decisions.map((d) => d.id), ...p.budget.lines.slice(0, 1).map((l) => l.id)]);
    const missing = Buffer.from(`Proposal:${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}`).toString('base64');
    const { data, errors } = await ask(`query($ids: [ID!]!, $one: ID!, $missing: ID!) {
      nodes(ids: $ids) { id } one: node(id: $one) { id } missing: node(id: $missing) { id }
    }`, { ids: hiddenIds, one: hidden[0]!.id, missing });
    expect(errors).toBeUndefined();
    expect(data!.nodes.every((n: unknown) => n === null)).toBe(true);
    expect(data!.one).toBeNull();
    expect(data!.missing).toBeNull();
  });

  it('reaches no hidden proposal through an organisation, a researcher or a project', async () => {
    const visibleSet = new Set(expectedProposals(who));
    const { data, errors } = await ask(`query($org: ID!) {
      organization: node(id: $org) { ... on Organization { proposals(first: 100) { totalCount nodes { id } } } }
      researchers(first: 100) { nodes { memberships(first: 50) { nodes { proposal { id } } } } }
      projects(first: 100) { totalCount nodes { proposal { id } team(first: 50) { nodes { proposal { id } travelsToPartner letterOfIntent { program } } } } }
    }`, { org: organizationA });
    expect(errors).toBeUndefined();
    const reached = [
      ...(data!.organization?.proposals.nodes ?? []),
      ...data!.researchers.nodes.flatMap((r: any) => r.memberships.nodes.map((m: any) => m.proposal)),
      ...data!.projects.nodes.flatMap((p: any) => [p.proposal, ...p.team.nodes.map((m: any) => m.proposal)]),
    ].filter((p): p is { id: string } => p !== null);
    expect(reached.every((p) => visibleSet.has(p.id))).toBe(true);
    // Adopted projects are public; the travel plans and letters of their teams are not.
    expect(data!.projects.totalCount).toBe(proposals.filter((p) => p.project).length);
    for (const project of data!.projects.nodes) {
      for (const member of project.team.nodes) {
        if (!member.proposal) expect([member.travelsToPartner, member.letterOfIntent]).toEqual([null, null]);
      }
    }
  });

  it('keeps aggregates to what it can list', async () => {
    const { data } = await ask(`{
      outcomeStatistics { total mobility { dispatched invited } }
      mobilities(first: 100) { totalCount }
      call(code: "FY2024-JOINT-UK-BIO") { statistics { source proposalCount } }
    }`);
    expect(data!.outcomeStatistics.mobility.dispatched + data!.outcomeStatistics.mobility.invited).toBe(
      data!.mobilities.totalCount,
    );
    const ukProposals = expectedProposals(who).filter((id) => proposals.find((p) => p.id === id)!.call.code === 'FY2024-JOINT-UK-BIO');
    if (ukProposals.length === 0) expect(data!.call.statistics.source).not.toBe('RECORDS');
  });
});

describe('the public view', () => {
  const anonymous = (query: string) => server.graphql(query, {}, headers.anonymous);

  it('shows reference data, calls, adopted projects and their outcomes', async () => {
    const { data, errors } = await anonymous(`{
      countries { totalCount } researchFields { totalCount } fundingAgencies { totalCount } indicators { totalCount }
      calls { totalCount }
      projects(first: 100) { totalCount nodes { title field { code } partnerCountries { code } leadOrganization { nameEn } pi { nameEn orcid organization { nameEn } } startsOn endsOn outcomeCounts { kind count } } }
      outcomes { totalCount }
      viewer { role }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.calls.totalCount).toBe(14);
    expect(data!.projects.totalCount).toBeGreaterThan(0);
    expect(data!.projects.nodes.every((p: any) => p.title && p.pi?.nameEn && p.leadOrganization)).toBe(true);
    expect(data!.outcomes.totalCount).toBeGreaterThan(0);
    expect(data!.viewer.role).toBeNull();
  });

  it('hides personal data beyond name, ORCID and affiliation, and all review information', async () => {
    const { data, errors } = await anonymous(`{
      researchers(first: 100) { nodes { nameEn orcid careerStage degreeYear eradNumber } }
      projects(first: 100) { nodes { reReviewRequired reReviewReason evaluations { grade } mobilities { totalCount } } }
    }`);
    expect(errors).toBeUndefined();
    const people = data!.researchers.nodes;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((r: any) => r.careerStage === null && r.degreeYear === null && r.eradNumber === null)).toBe(true);
    expect(data!.projects.nodes.every((p: any) => p.reReviewRequired === null && p.evaluations.length === 0 && p.mobilities.totalCount === 0)).toBe(true);
    const staff = await server.graphql(`{ researchers(first: 100) { nodes { careerStage } } projects(first: 100) { nodes { reReviewRequired } } }`);
    expect(staff.data!.researchers.nodes.every((r: any) => r.careerStage !== null)).toBe(true);
    expect(staff.data!.projects.nodes.some((p: any) => p.reReviewRequired === true)).toBe(true);
  });

  it('lists only researchers and organisations of adopted projects', async () => {
    const all = await server.graphql(`{ researchers(first: 100) { totalCount } organizations(first: 100) { totalCount } }`);
    const pub = await anonymous(`{ researchers(first: 100) { totalCount } organizations(first: 100) { totalCount } }`);
    const adoptedPeople = new Set(proposals.filter((p) => p.project).flatMap((p) => p.team.nodes.map((m) => m.researcher.id)));
    expect(pub.data!.researchers.totalCount).toBeLessThan(all.data!.researchers.totalCount);
    expect(pub.data!.researchers.totalCount).toBe(adoptedPeople.size);
    expect(pub.data!.organizations.totalCount).toBeLessThanOrEqual(all.data!.organizations.totalCount);
  });
});
