import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_KINDS } from '../src/domain/outcomes.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { rowId } from './support/writes.js';
import { createTestServer, type TestServer } from './support/server.js';

// Expectations come from the demo data (src/db/seed/demo-data.ts): 17 adopted projects, numbered
// DEMO-0001 … DEMO-0017 in the order of the seed table; counts are checked against the rows.

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

type Data = Record<string, any>;

const ask = (query: string, variables?: Record<string, unknown>): Promise<Data> => server.data<Data>(query, variables);

const gid = (typename: string, id: string) => encodeGlobalID(typename, id);

async function projectId(grantNumber: string): Promise<string> {
  const project = await server.db.prisma.project.findUniqueOrThrow({ where: { grantNumber } });
  return project.id;
}

/** Grant numbers of the projects matching a Prisma where, in the API's default order. */
async function expectedGrants(where: Prisma.ProjectWhereInput = {}): Promise<string[]> {
  const rows = await server.db.prisma.project.findMany({ where, orderBy: [{ startsOn: 'desc' }, { id: 'desc' }] });
  return rows.map((row) => row.grantNumber!);
}

const LIST = `query($filter: ProjectFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
  projects(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    nodes { grantNumber titleEn startsOn }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function grants(variables: Record<string, unknown>): Promise<{ totalCount: number; grants: string[] }> {
  const data = await ask(LIST, { first: 100, ...variables });
  return { totalCount: data.projects.totalCount, grants: data.projects.nodes.map((p: Data) => p.grantNumber) };
}

describe('projects', () => {
  it('lists every adopted project, the most recently started first, with its totalCount', async () => {
    const all = await grants({});
    expect(all.totalCount).toBe(17);
    expect(all.totalCount).toBe(await server.db.prisma.project.count());
    expect(all.grants).toEqual(await expectedGrants());
    expect(all.grants[0]).toBe('DEMO-0017'); // FY2025 Netherlands joint call, from 2026-06-01
    expect(all.grants.at(-1)).toBe('DEMO-0001'); // FY2023 solo calls, from 2024-02-01 (id breaks the tie)
  });

  it('orders by start date ascending and by English title both ways', async () => {
    const rows = (order: Prisma.ProjectOrderByWithRelationInput[]) =>
      server.db.prisma.project.findMany({ orderBy: order }).then((r) => r.map((p) => p.grantNumber));
    expect((await grants({ orderBy: { field: 'STARTS_ON', direction: 'ASC' } })).grants).toEqual(
      await rows([{ startsOn: 'asc' }, { id: 'asc' }]),
    );
    const byTitle = await ask(LIST, { first: 100, orderBy: { field: 'TITLE' } });
    const titles = byTitle.projects.nodes.map((p: Data) => p.titleEn);
    expect(titles[0]).toBe('[Demo] Agentic AI for laboratory automation');
    expect(byTitle.projects.nodes.map((p: Data) => p.grantNumber)).toEqual(
      await rows([{ proposal: { titleEn: 'asc' } }, { id: 'asc' }]),
    );
    expect((await grants({ orderBy: { field: 'TITLE', direction: 'DESC' } })).grants).toEqual(
      await rows([{ proposal: { titleEn: 'desc' } }, { id: 'desc' }]),
    );
  });

  it('pages through the title order with cursors, without gaps or repeats', async () => {
    const all = (await grants({ orderBy: { field: 'TITLE' } })).grants;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data = await ask(LIST, { first: 5, after, orderBy: { field: 'TITLE' } });
      seen.push(...data.projects.nodes.map((p: Data) => p.grantNumber));
      expect(data.projects.totalCount).toBe(17);
      if (!data.projects.pageInfo.hasNextPage) break;
      after = data.projects.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  describe('filters', () => {
    it('by call', async () => {
      const call = await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2023-SOLO-TOP' } });
      const result = await grants({ filter: { callId: gid('Call', call.id) } });
      expect(result.grants).toEqual(await expectedGrants({ proposal: { callId: call.id } }));
      expect([...result.grants].sort()).toEqual(['DEMO-0001', 'DEMO-0002', 'DEMO-0003']);
      expect(result.totalCount).toBe(3);
    });

    it('by research field', async () => {
      const bio = await server.db.prisma.researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
      const result = await grants({ filter: { fieldId: gid('ResearchField', bio.id) } });
      expect([...result.grants].sort()).toEqual(['DEMO-0003', 'DEMO-0008', 'DEMO-0009', 'DEMO-0010', 'DEMO-0011']);
      expect(result.grants).toEqual(await expectedGrants({ proposal: { fieldId: bio.id } }));
      expect(result.totalCount).toBe(5);
    });

    it('by partner country', async () => {
      const gb = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'GB' } });
      const result = await grants({ filter: { countryId: gid('Country', gb.id) } });
      // The UK joint calls, and a FY2023 Top project with a British partner PI.
      expect([...result.grants].sort()).toEqual(['DEMO-0003', 'DEMO-0009', 'DEMO-0010', 'DEMO-0015', 'DEMO-0016']);
      expect(result.totalCount).toBe(5);
    });

    it('by status', async () => {
      const suspended = await ask(LIST, { first: 100, filter: { status: ['SUSPENDED'] } });
      expect(suspended.projects.totalCount).toBe(1);
      expect(suspended.projects.nodes[0]).toMatchObject({
        grantNumber: 'DEMO-0011',
        titleEn: '[Demo] Biomanufacturing of marine natural products',
      });
      expect((await grants({ filter: { status: ['ACTIVE', 'SUSPENDED'] } })).totalCount).toBe(17);
      expect((await grants({ filter: { status: ['COMPLETED'] } })).grants).toEqual([]);
    });

    it('by organisation, as lead organisation or as a team member’s affiliation', async () => {
      const org = (nameEn: string) => server.db.prisma.organization.findFirstOrThrow({ where: { nameEn } });
      // Lindenfeld (Germany) only ever appears as a partner-side affiliation.
      const lindenfeld = await org('Demo: Lindenfeld University');
      const viaTeam = await grants({ filter: { organizationId: gid('Organization', lindenfeld.id) } });
      expect([...viaTeam.grants].sort()).toEqual(['DEMO-0001', 'DEMO-0008', 'DEMO-0012']);
      const hoshizora = await org('Demo: Hoshizora University');
      const viaLead = await grants({ filter: { organizationId: gid('Organization', hoshizora.id) } });
      expect(viaLead.grants).toEqual(
        await expectedGrants({
          proposal: {
            OR: [{ leadOrganizationId: hoshizora.id }, { team: { some: { organizationId: hoshizora.id } } }],
          },
        }),
      );
      expect(viaLead.grants).toContain('DEMO-0001'); // led by Hoshizora's Aoi Hoshino
    });

    it('combines conditions, and counts with the same conditions', async () => {
      const bio = await server.db.prisma.researchField.findUniqueOrThrow({ where: { code: 'BIO' } });
      const us = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'US' } });
      const result = await ask(LIST, {
        first: 1,
        filter: { fieldId: gid('ResearchField', bio.id), countryId: gid('Country', us.id), status: ['SUSPENDED'] },
      });
      expect(result.projects.totalCount).toBe(1);
      expect(result.projects.nodes.map((p: Data) => p.grantNumber)).toEqual(['DEMO-0011']);
    });

    it('rejects an id of the wrong type, or a made-up one', async () => {
      const us = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'US' } });
      const { errors } = await server.graphql(LIST, { filter: { callId: gid('Country', us.id) } });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/Call/);
      const madeUp = await server.graphql(LIST, { filter: { callId: gid('Call', 'FY2023-SOLO-TOP') } });
      expect(madeUp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

const PROJECT = `query($id: ID!) {
  node(id: $id) {
    ... on Project {
      id grantNumber grantDoi grantDoiUrl startsOn endsOn periodMonths status reReviewRequired reReviewReason
      title titleJa titleEn ja: title(locale: JA)
      proposal { id }
      call { code } field { code } leadOrganization { nameEn } pi { nameEn } partnerCountries { code }
      evaluations { id kind grade evaluatedOn summary summaryJa: summary(locale: JA) summaryEn }
    }
  }
}`;

describe('a project', () => {
  it('reads call, field, title, organisation, PI and countries through its proposal', async () => {
    const { node } = await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0001')) });
    expect(node).toMatchObject({
      grantNumber: 'DEMO-0001',
      title: '[Demo] Error-tolerant quantum memories across continents',
      titleEn: '[Demo] Error-tolerant quantum memories across continents',
      titleJa: '【デモ】大陸間をつなぐ誤り耐性量子メモリ',
      ja: '【デモ】大陸間をつなぐ誤り耐性量子メモリ',
      call: { code: 'FY2023-SOLO-TOP' },
      field: { code: 'QUANTUM' },
      leadOrganization: { nameEn: 'Demo: Hoshizora University' },
      pi: { nameEn: 'Aoi Hoshino' },
      partnerCountries: [{ code: 'DE' }],
      startsOn: '2024-02-01',
      endsOn: '2029-01-31',
      periodMonths: 60,
      status: 'ACTIVE',
      reReviewRequired: false,
      reReviewReason: null,
      grantDoi: null,
      grantDoiUrl: null,
    });
    const proposal = await server.db.prisma.project.findUniqueOrThrow({ where: { grantNumber: 'DEMO-0001' } });
    expect(node.proposal.id).toBe(gid('Proposal', proposal.proposalId));
  });

  it('lists partner countries by code and derives the period in months', async () => {
    const six = (await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0006')) })).node;
    expect(six.partnerCountries).toEqual([{ code: 'NL' }, { code: 'US' }]);
    expect(six.periodMonths).toBe(60);
    // The Japan–UK call fixes the Japan side's end: 2024-12-01 to 2028-03-31.
    const uk = (await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0009')) })).node;
    expect(uk).toMatchObject({ startsOn: '2024-12-01', endsOn: '2028-03-31', periodMonths: 40 });
    const rising = (await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0004')) })).node;
    expect(rising.periodMonths).toBe(36);
  });

  it('says when budget and team are to be reviewed again', async () => {
    const { node } = await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0006')) });
    expect(node.reReviewRequired).toBe(true);
    expect(node.reReviewReason).toMatch(/Co-PI Saki Kodama left on 2025-11-30/);
    expect(node.pi).toEqual({ nameEn: 'Tsubasa Kotobuki' });
  });

  it('links a registered grant DOI', async () => {
    const id = await projectId('DEMO-0002');
    await server.db.prisma.project.update({ where: { id }, data: { grantDoi: '10.52926/DEMO.0002' } });
    const { node } = await ask(PROJECT, { id: gid('Project', id) });
    expect(node).toMatchObject({ grantDoi: '10.52926/DEMO.0002', grantDoiUrl: 'https://doi.org/10.52926/DEMO.0002' });
  });

  it('lists its evaluations with the committee’s grade and summary in both languages', async () => {
    const { node } = await ask(PROJECT, { id: gid('Project', await projectId('DEMO-0001')) });
    expect(node.evaluations).toEqual([
      {
        id: expect.any(String),
        kind: 'MID_TERM',
        grade: 'S',
        evaluatedOn: '2026-09-15',
        summary: 'Demo evaluation: exceptional progress and an active exchange of young researchers.',
        summaryJa: '【デモ】特に優れた進捗。若手研究者の交流が活発。',
        summaryEn: 'Demo evaluation: exceptional progress and an active exchange of young researchers.',
      },
    ]);
    const grades = await ask(`{ projects(first: 100) { nodes { grantNumber evaluations { grade } } } }`);
    const graded = grades.projects.nodes.filter((p: Data) => p.evaluations.length > 0);
    expect(Object.fromEntries(graded.map((p: Data) => [p.grantNumber, p.evaluations[0].grade]))).toEqual({
      'DEMO-0001': 'S',
      'DEMO-0002': 'A',
      'DEMO-0003': 'B',
    });
  });
});

describe('a project’s team', () => {
  const TEAM = `query($id: ID!, $first: Int, $after: String) {
    node(id: $id) { ... on Project { team(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { side role researcher { nameEn } }
      edges { node { researcher { nameEn } } }
    } } }
  }`;

  it('is the proposal’s team, Japan side first and the PI at the top', async () => {
    const id = await projectId('DEMO-0001');
    const { node } = await ask(TEAM, { id: gid('Project', id), first: 100 });
    const project = await server.db.prisma.project.findUniqueOrThrow({ where: { id } });
    expect(node.team.totalCount).toBe(await server.db.prisma.teamMember.count({ where: { proposalId: project.proposalId } }));
    expect(node.team.nodes[0]).toEqual({ side: 'JAPAN', role: 'PI', researcher: { nameEn: 'Aoi Hoshino' } });
    expect(node.team.nodes.map((m: Data) => `${m.side} ${m.role} ${m.researcher.nameEn}`)).toEqual([
      'JAPAN PI Aoi Hoshino',
      'JAPAN CO_PI Makoto Kagami',
      'JAPAN YOUNG_TRAVELLER Sora Kiriyama',
      'JAPAN COORDINATOR Mio Nagisa',
      'PARTNER PARTNER_PI Katharina Vogelsang',
      'PARTNER INVITED_RESEARCHER Lea Sonnenfeld',
    ]);
    expect(node.team.edges.map((e: Data) => e.node.researcher.nameEn)).toEqual(
      node.team.nodes.map((m: Data) => m.researcher.nameEn),
    );
  });

  it('pages with cursors', async () => {
    const id = gid('Project', await projectId('DEMO-0001'));
    const all = (await ask(TEAM, { id, first: 100 })).node.team.nodes;
    const first = (await ask(TEAM, { id, first: 4 })).node.team;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ask(TEAM, { id, first: 4, after: first.pageInfo.endCursor })).node.team;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes]).toEqual(all);
  });
});

describe('a project’s outcomes, mobility and outcome counts', () => {
  it('filters its outcomes by kind and by an inclusive date range, newest first', async () => {
    const id = await projectId('DEMO-0001');
    const query = `query($id: ID!, $filter: ProjectOutcomeFilter) { node(id: $id) { ... on Project {
      outcomes(first: 100, filter: $filter) { totalCount nodes { kind occurredOn title } } } } }`;
    const byKind = await ask(query, { id: gid('Project', id), filter: { kind: ['PHD_AWARDED', 'CAREER_MOVE'] } });
    expect(byKind.node.outcomes).toEqual({
      totalCount: 2,
      nodes: [
        {
          kind: 'CAREER_MOVE',
          occurredOn: '2025-05-01',
          title: '[Demo] Sora Kiriyama joins the German partner group as a postdoctoral researcher',
        },
        { kind: 'PHD_AWARDED', occurredOn: '2025-03-24', title: '[Demo] PhD awarded to Sora Kiriyama for work on quantum memories' },
      ],
    });
    // Both ends are included: the PhD on the first day, the move on the last.
    const range = await ask(query, { id: gid('Project', id), filter: { from: '2025-03-24', to: '2025-05-01' } });
    const expected = await server.db.prisma.outcome.findMany({
      where: { projectId: id, occurredOn: { gte: new Date('2025-03-24'), lte: new Date('2025-05-01') } },
      orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }],
    });
    expect(range.node.outcomes.totalCount).toBe(expected.length);
    expect(range.node.outcomes.nodes.map((o: Data) => o.title)).toEqual(expected.map((o) => o.title));
    expect(range.node.outcomes.nodes.map((o: Data) => o.kind)).toEqual(expect.arrayContaining(['PHD_AWARDED', 'CAREER_MOVE']));
  });

  it('filters its mobility by direction, country and start date', async () => {
    const id = await projectId('DEMO-0001');
    const de = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'DE' } });
    const us = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'US' } });
    const { node } = await ask(
      `query($id: ID!, $de: ID!, $us: ID!) { node(id: $id) { ... on Project {
        invited: mobilities(filter: { direction: INVITED }) { totalCount nodes { direction researcher { nameEn } } }
        all: mobilities { totalCount }
        germany: mobilities(filter: { countryId: $de }) { totalCount }
        usa: mobilities(filter: { countryId: $us }) { totalCount }
        firstYear: mobilities(filter: { from: "2024-02-01", to: "2025-01-31" }) { totalCount nodes { startsOn } } } } }`,
      { id: gid('Project', id), de: gid('Country', de.id), us: gid('Country', us.id) },
    );
    const rows = await server.db.prisma.mobility.findMany({ where: { projectId: id } });
    // Every stay of the German-partnered project is in Germany.
    expect(node.germany.totalCount).toBe(rows.length);
    expect(node.usa.totalCount).toBe(0);
    const inFirstYear = rows.filter((m) => m.startsOn >= new Date('2024-02-01') && m.startsOn <= new Date('2025-01-31'));
    expect(node.firstYear.totalCount).toBe(inFirstYear.length);
    expect(node.firstYear.totalCount).toBeGreaterThan(0);
    expect(node.all.totalCount).toBe(await server.db.prisma.mobility.count({ where: { projectId: id } }));
    expect(node.invited.totalCount).toBe(await server.db.prisma.mobility.count({ where: { projectId: id, direction: 'INVITED' } }));
    expect(node.invited.nodes.map((m: Data) => m.researcher.nameEn).sort()).toEqual(['Katharina Vogelsang', 'Lea Sonnenfeld']);
    expect(node.invited.nodes.every((m: Data) => m.direction === 'INVITED')).toBe(true);
  });

  it('counts outcomes per kind exactly as the records do, for every project on the page', async () => {
    const data = await ask(`{ projects(first: 100) { nodes { id outcomeCounts { kind count } outcomes { totalCount } } } }`);
    const rows = await server.db.prisma.outcome.findMany({ select: { projectId: true, kind: true } });
    for (const project of data.projects.nodes) {
      const id = rowId(project.id);
      const counts = new Map<string, number>();
      for (const row of rows.filter((r) => r.projectId === id)) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
      const expected = OUTCOME_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) }));
      expect(project.outcomeCounts).toEqual(expected);
      expect(project.outcomeCounts.reduce((sum: number, c: Data) => sum + c.count, 0)).toBe(project.outcomes.totalCount);
    }
    const first = data.projects.nodes.find((p: Data) => p.outcomes.totalCount === 10);
    expect(first.outcomeCounts).toEqual(expect.arrayContaining([{ kind: 'PHD_AWARDED', count: 1 }, { kind: 'CAREER_MOVE', count: 1 }]));
  });
});

describe('node(id:)', () => {
  it('resolves projects, outcomes, mobility and evaluations by their global ids', async () => {
    const data = await ask(`{ projects(first: 3, orderBy: { field: STARTS_ON, direction: ASC }) { nodes {
      id grantNumber
      outcomes(first: 1) { nodes { id title } }
      mobilities(first: 1) { nodes { id purpose } }
      evaluations { id grade }
    } } }`);
    const project = data.projects.nodes[0];
    const roundTrip = async (id: string, fragment: string) =>
      (await ask(`query($id: ID!) { node(id: $id) { __typename id ${fragment} } }`, { id })).node;
    expect(await roundTrip(project.id, '... on Project { grantNumber }')).toEqual({
      __typename: 'Project',
      id: project.id,
      grantNumber: project.grantNumber,
    });
    const outcome = project.outcomes.nodes[0];
    expect(await roundTrip(outcome.id, '... on Outcome { title project { id } }')).toEqual({
      __typename: 'Outcome',
      id: outcome.id,
      title: outcome.title,
      project: { id: project.id },
    });
    const mobility = project.mobilities.nodes[0];
    expect(await roundTrip(mobility.id, '... on Mobility { purpose project { id } }')).toEqual({
      __typename: 'Mobility',
      id: mobility.id,
      purpose: mobility.purpose,
      project: { id: project.id },
    });
    const evaluation = data.projects.nodes.flatMap((p: Data) => p.evaluations)[0];
    expect(await roundTrip(evaluation.id, '... on Evaluation { grade kind project { grantNumber } }')).toMatchObject({
      __typename: 'Evaluation',
      grade: evaluation.grade,
      kind: 'MID_TERM',
    });
  });
});

describe('N+1', () => {
  const PAGE = `query($first: Int!) { projects(first: $first) { nodes {
    title call { code } pi { nameEn } outcomeCounts { kind count }
    outcomes(first: 10) { nodes { kind title } }
    mobilities(first: 10) { nodes { researcher { nameEn } country { code } } }
    evaluations { grade }
  } } }`;

  async function statements(query: string, first: number): Promise<number> {
    const counter = server.countQueries();
    const data = await ask(query, { first });
    counter.stop();
    expect(data.projects.nodes).toHaveLength(Math.min(first, 17));
    return counter.count;
  }

  it('sends as many SQL statements for 2 projects as for 15 or all 17', async () => {
    const small = await statements(PAGE, 2);
    const large = await statements(PAGE, 15);
    const all = await statements(PAGE, 100);
    console.log(`projects page with nested lists: ${small} statements for 2 projects, ${large} for 15, ${all} for all 17`);
    expect(large).toBe(small);
    expect(all).toBe(small);
  });

  it('loads PI and team of every project on the page together', async () => {
    const TEAM = `query($first: Int!) { projects(first: $first) { nodes {
      pi { nameEn } team(first: 3) { totalCount nodes { role researcher { nameEn } } }
      leadOrganization { nameEn } partnerCountries { code } field { code }
    } } }`;
    const small = await statements(TEAM, 2);
    const large = await statements(TEAM, 15);
    console.log(`projects page with PI and team: ${small} statements for 2 projects, ${large} for 15`);
    expect(large).toBe(small);
  });
});
