import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GTR_CATEGORIES, gtrCategoryOf, OUTCOME_KINDS } from '../src/domain/outcomes.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { createTestServer, type TestServer } from './support/server.js';

// Root lists of outcomes and researcher mobility, and the program-wide statistics, against the
// demo data (src/db/seed/demo-data.ts). Expected figures are counted from the rows with Prisma.

const withCall = { include: { project: { include: { proposal: true } } } } as const;
type Outcome = Prisma.OutcomeGetPayload<typeof withCall>;
type Mobility = Prisma.MobilityGetPayload<typeof withCall>;

let server: TestServer;
let outcomes: Outcome[];
let mobilities: Mobility[];
beforeAll(async () => {
  server = await createTestServer();
  outcomes = await server.db.prisma.outcome.findMany(withCall);
  mobilities = await server.db.prisma.mobility.findMany(withCall);
});
afterAll(() => server.close());

type Data = Record<string, any>;

const ask = (query: string, variables?: Record<string, unknown>): Promise<Data> => server.data<Data>(query, variables);

const gid = (typename: string, id: string) => encodeGlobalID(typename, id);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function project(grantNumber: string) {
  return server.db.prisma.project.findUniqueOrThrow({ where: { grantNumber } });
}

describe('outcomes', () => {
  const LIST = `query($filter: OutcomeFilter, $orderBy: OutcomeOrder, $first: Int) {
    outcomes(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      nodes { id kind gtrCategory occurredOn title reportedBySide doi doiUrl partnerContributors withPartner attendeeCount project { grantNumber } }
    }
  }`;

  const list = async (variables: Record<string, unknown>) => (await ask(LIST, { first: 100, ...variables })).outcomes;

  it('lists every outcome, newest first, ties broken by id', async () => {
    const all = await list({});
    expect(all.totalCount).toBe(outcomes.length);
    expect(all.totalCount).toBe(105);
    const expected = await server.db.prisma.outcome.findMany({ orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }], take: 100 });
    expect(all.nodes.map((o: Data) => o.title)).toEqual(expected.map((o) => o.title));
    const oldestFirst = await list({ orderBy: { field: 'OCCURRED_ON', direction: 'ASC' } });
    const ascending = await server.db.prisma.outcome.findMany({ orderBy: [{ occurredOn: 'asc' }, { id: 'asc' }], take: 100 });
    expect(oldestFirst.nodes.map((o: Data) => o.title)).toEqual(ascending.map((o) => o.title));
  });

  it('derives the GtR category, DOI link and partner contribution of each outcome', async () => {
    const all = await list({});
    for (const node of all.nodes) {
      const row = outcomes.find((o) => gid('Outcome', o.id) === node.id)!;
      expect(node.gtrCategory).toBe(gtrCategoryOf(row.kind));
      expect(node.withPartner).toBe(row.partnerContributors.length > 0);
      expect(node.doiUrl).toBe(row.doi ? `https://doi.org/${row.doi}` : null);
    }
    const paper = all.nodes.find((o: Data) => o.kind === 'CO_AUTHORED_PAPER');
    expect(paper).toMatchObject({ gtrCategory: 'PUBLICATIONS', withPartner: true });
    expect(paper.doiUrl).toMatch(/^https:\/\/doi\.org\/10\.5555\/demo\.\d+\.\d\d$/);
  });

  it('reads the notable outcomes of the demo as recorded', async () => {
    const one = await project('DEMO-0001');
    const { nodes } = await list({ filter: { projectId: gid('Project', one.id), kind: ['PHD_AWARDED', 'CAREER_MOVE'] } });
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'CAREER_MOVE',
        gtrCategory: 'NEXT_DESTINATION',
        occurredOn: '2025-05-01',
        reportedBySide: 'JAPAN',
        partnerContributors: ['Katharina Vogelsang'],
        withPartner: true,
      }),
      expect.objectContaining({ kind: 'PHD_AWARDED', gtrCategory: null, occurredOn: '2025-03-24', withPartner: false }),
    ]);
    // Reported by the UK side of the Japan–UK joint call, in a GtR category.
    const partner = await list({ filter: { kind: ['NEXT_DESTINATION'] } });
    expect(partner.nodes).toEqual([
      expect.objectContaining({
        reportedBySide: 'PARTNER',
        gtrCategory: 'NEXT_DESTINATION',
        title: '[Demo] Imogen Larkspur takes up a fellowship at a fictional Japanese institute',
        project: { grantNumber: 'DEMO-0009' },
      }),
    ]);
  });

  it('filters by kinds, with the count of the same rows', async () => {
    const events = await list({ filter: { kind: ['WORKSHOP', 'SYMPOSIUM'] } });
    const expected = outcomes.filter((o) => o.kind === 'WORKSHOP' || o.kind === 'SYMPOSIUM');
    expect(events.totalCount).toBe(expected.length);
    expect(events.nodes).toHaveLength(expected.length);
    expect(new Set(events.nodes.map((o: Data) => o.kind))).toEqual(new Set(['WORKSHOP', 'SYMPOSIUM']));
    expect(events.nodes.every((o: Data) => o.attendeeCount > 0 && o.gtrCategory === 'ENGAGEMENT_ACTIVITIES')).toBe(true);
  });

  it('filters by project', async () => {
    const one = await project('DEMO-0001');
    const result = await list({ filter: { projectId: gid('Project', one.id) } });
    expect(result.totalCount).toBe(outcomes.filter((o) => o.projectId === one.id).length);
    expect(result.totalCount).toBe(10);
    expect(result.nodes.every((o: Data) => o.project.grantNumber === 'DEMO-0001')).toBe(true);
  });

  it('filters by an inclusive date range', async () => {
    const within = (from?: string, to?: string) =>
      outcomes.filter((o) => (!from || o.occurredOn >= day(from)) && (!to || o.occurredOn <= day(to))).length;
    // A single day: both ends are included.
    const phdDay = await list({ filter: { from: '2025-03-24', to: '2025-03-24' } });
    expect(phdDay.nodes.map((o: Data) => o.kind)).toContain('PHD_AWARDED');
    expect(phdDay.totalCount).toBe(within('2025-03-24', '2025-03-24'));
    // FY2025.
    expect((await list({ filter: { from: '2025-04-01', to: '2026-03-31' } })).totalCount).toBe(within('2025-04-01', '2026-03-31'));
    expect((await list({ filter: { from: '2026-01-01' } })).totalCount).toBe(within('2026-01-01'));
    expect((await list({ filter: { to: '2024-12-31' } })).totalCount).toBe(within(undefined, '2024-12-31'));
    const cutoff = (await list({ filter: { from: '2026-11-02' } })).totalCount;
    expect(cutoff).toBe(0); // the demo's "today" is 2026-11-01
  });

  it('rejects a range that ends before it starts, and an id of another type', async () => {
    const backwards = await server.graphql(LIST, { filter: { from: '2025-05-01', to: '2025-04-30' } });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const call = await server.db.prisma.call.findFirstOrThrow();
    const wrongType = await server.graphql(LIST, { filter: { projectId: gid('Call', call.id) } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('mobilities', () => {
  const LIST = `query($filter: MobilityFilter, $orderBy: MobilityOrder) {
    mobilities(filter: $filter, orderBy: $orderBy, first: 100) {
      totalCount
      nodes {
        id direction startsOn endsOn durationDays purpose
        researcher { nameEn } country { code } hostOrganization { nameEn } homeOrganization { nameEn }
        project { grantNumber }
      }
    }
  }`;

  const list = async (variables: Record<string, unknown>) => (await ask(LIST, variables)).mobilities;
  const count = (keep: (m: Mobility) => boolean) => mobilities.filter(keep).length;

  it('lists researchers dispatched and invited, latest first, with the length of each stay', async () => {
    const all = await list({});
    expect(all.totalCount).toBe(mobilities.length);
    const expected = await server.db.prisma.mobility.findMany({ orderBy: [{ startsOn: 'desc' }, { id: 'desc' }], take: 100 });
    expect(all.nodes.map((m: Data) => m.id)).toEqual(expected.map((m) => gid('Mobility', m.id)));
    for (const node of all.nodes) {
      const row = mobilities.find((m) => gid('Mobility', m.id) === node.id)!;
      expect(node.durationDays).toBe((row.endsOn.getTime() - row.startsOn.getTime()) / 86_400_000 + 1);
    }
    const ascending = await list({ orderBy: { field: 'STARTS_ON', direction: 'ASC' } });
    expect(ascending.nodes.map((m: Data) => m.startsOn)).toEqual([...all.nodes.map((m: Data) => m.startsOn)].sort());
  });

  it('reads who went where, from and to which organisation', async () => {
    const one = await project('DEMO-0001');
    const { nodes } = await list({ filter: { projectId: gid('Project', one.id) } });
    const kiriyama = nodes.find((m: Data) => m.researcher.nameEn === 'Sora Kiriyama');
    // A young traveller dispatched for about a year to the German partner.
    expect(kiriyama).toMatchObject({
      direction: 'DISPATCHED',
      country: { code: 'DE' },
      hostOrganization: { nameEn: 'Demo: Lindenfeld University' },
      homeOrganization: { nameEn: 'Demo: Hoshizora University' },
      durationDays: 365,
    });
    const vogelsang = nodes.find((m: Data) => m.researcher.nameEn === 'Katharina Vogelsang');
    expect(vogelsang).toMatchObject({
      direction: 'INVITED',
      country: { code: 'DE' },
      hostOrganization: { nameEn: 'Demo: Hoshizora University' },
      durationDays: 14,
    });
  });

  it('filters by direction, project, country and an inclusive range of start dates', async () => {
    expect((await list({ filter: { direction: 'DISPATCHED' } })).totalCount).toBe(count((m) => m.direction === 'DISPATCHED'));
    const invited = await list({ filter: { direction: 'INVITED' } });
    expect(invited.totalCount).toBe(count((m) => m.direction === 'INVITED'));
    expect(invited.nodes.every((m: Data) => m.direction === 'INVITED')).toBe(true);

    const twelve = await project('DEMO-0012');
    expect((await list({ filter: { projectId: gid('Project', twelve.id) } })).totalCount).toBe(count((m) => m.projectId === twelve.id));

    const nl = await server.db.prisma.country.findUniqueOrThrow({ where: { code: 'NL' } });
    const toNl = await list({ filter: { countryId: gid('Country', nl.id) } });
    expect(toNl.totalCount).toBe(count((m) => m.countryId === nl.id));
    expect(toNl.totalCount).toBeGreaterThan(0);
    expect(toNl.nodes.every((m: Data) => m.country.code === 'NL')).toBe(true);

    const first = [...mobilities].sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime())[0]!;
    const onFirstDay = await list({ filter: { from: isoDay(first.startsOn), to: isoDay(first.startsOn) } });
    expect(onFirstDay.totalCount).toBe(count((m) => m.startsOn.getTime() === first.startsOn.getTime()));
    expect(onFirstDay.nodes.map((m: Data) => m.id)).toContain(gid('Mobility', first.id));
    const fy2025 = await list({ filter: { from: '2025-04-01', to: '2026-03-31', direction: 'DISPATCHED' } });
    expect(fy2025.totalCount).toBe(
      count((m) => m.direction === 'DISPATCHED' && m.startsOn >= day('2025-04-01') && m.startsOn <= day('2026-03-31')),
    );
  });
});

describe('outcomeStatistics', () => {
  const STATS = `query($filter: OutcomeStatisticsFilter) {
    outcomeStatistics(filter: $filter) {
      total withPartner
      byKind { kind count }
      byGtrCategory { category count }
      mobility { dispatched invited }
    }
  }`;

  /** The statistics counted by hand from the rows. */
  function expected(keepOutcome: (o: Outcome) => boolean, keepMobility: (m: Mobility) => boolean) {
    const kept = outcomes.filter(keepOutcome);
    const byKind = OUTCOME_KINDS.map((kind) => ({ kind, count: kept.filter((o) => o.kind === kind).length })).filter(
      (c) => c.count > 0,
    );
    const byGtrCategory = GTR_CATEGORIES.map((category) => ({
      category,
      count: kept.filter((o) => gtrCategoryOf(o.kind) === category).length,
    })).filter((c) => c.count > 0);
    const moves = mobilities.filter(keepMobility);
    return {
      total: kept.length,
      withPartner: kept.filter((o) => o.partnerContributors.length > 0).length,
      byKind,
      byGtrCategory,
      mobility: {
        dispatched: moves.filter((m) => m.direction === 'DISPATCHED').length,
        invited: moves.filter((m) => m.direction === 'INVITED').length,
      },
    };
  }

  it('counts the whole program as the rows do', async () => {
    const { outcomeStatistics } = await ask(STATS);
    expect(outcomeStatistics).toEqual(expected(() => true, () => true));
    expect(outcomeStatistics).toMatchObject({ total: 105, mobility: { dispatched: 27, invited: 27 } });
    const kinds = new Map<string, number>(outcomeStatistics.byKind.map((c: Data) => [c.kind, c.count]));
    const publications = outcomeStatistics.byGtrCategory.find((c: Data) => c.category === 'PUBLICATIONS').count;
    expect(publications).toBe(
      (kinds.get('CO_AUTHORED_PAPER') ?? 0) + (kinds.get('JOINT_PRESENTATION') ?? 0) + (kinds.get('PUBLICATION') ?? 0),
    );
    // PhDs awarded have no GtR category, so the categories add up to less than the total.
    const byCategory = outcomeStatistics.byGtrCategory.reduce((sum: number, c: Data) => sum + c.count, 0);
    expect(byCategory).toBe(outcomeStatistics.total - (kinds.get('PHD_AWARDED') ?? 0));
    expect(outcomeStatistics.withPartner).toBe(await server.db.prisma.outcome.count({ where: { partnerContributors: { isEmpty: false } } }));
  });

  it('narrows to a call, a project or a date range', async () => {
    const call = await server.db.prisma.call.findUniqueOrThrow({ where: { code: 'FY2024-JOINT-UK-BIO' } });
    const inCall = await ask(STATS, { filter: { callId: gid('Call', call.id) } });
    expect(inCall.outcomeStatistics).toEqual(
      expected((o) => o.project.proposal.callId === call.id, (m) => m.project.proposal.callId === call.id),
    );
    expect(inCall.outcomeStatistics.byKind).toContainEqual({ kind: 'NEXT_DESTINATION', count: 1 });

    const one = await project('DEMO-0001');
    const ofProject = await ask(STATS, { filter: { projectId: gid('Project', one.id) } });
    expect(ofProject.outcomeStatistics).toEqual(expected((o) => o.projectId === one.id, (m) => m.projectId === one.id));
    expect(ofProject.outcomeStatistics.total).toBe(10);

    const inFy2025 = (date: Date) => date >= day('2025-04-01') && date <= day('2026-03-31');
    const fy2025 = await ask(STATS, { filter: { from: '2025-04-01', to: '2026-03-31' } });
    expect(fy2025.outcomeStatistics).toEqual(expected((o) => inFy2025(o.occurredOn), (m) => inFy2025(m.startsOn)));
    const both = await ask(STATS, { filter: { callId: gid('Call', call.id), from: '2025-04-01', to: '2026-03-31' } });
    expect(both.outcomeStatistics).toEqual(
      expected(
        (o) => o.project.proposal.callId === call.id && inFy2025(o.occurredOn),
        (m) => m.project.proposal.callId === call.id && inFy2025(m.startsOn),
      ),
    );
  });

  it('is counted by the database in three statements, never by loading the rows', async () => {
    const counter = server.countQueries();
    await ask(STATS);
    counter.stop();
    expect(counter.count).toBe(3);
    expect(counter.statements.every((sql) => /COUNT\(/i.test(sql))).toBe(true);
    expect(counter.statements.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(2);
  });

  it('rejects a range that ends before it starts', async () => {
    const { errors } = await server.graphql(STATS, { filter: { from: '2026-01-02', to: '2026-01-01' } });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Project.outcomes under a list of projects, a page per project', () => {
  // One project alone is paged by Prisma; under a list, by one statement that limits per project.
  // Every page of every way through must be the same both ways.
  const ONE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $orderBy: OutcomeOrder, $filter: ProjectOutcomeFilter) {
    node(id: $id) { ... on Project { outcomes(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id occurredOn } } } } }`;
  const MANY = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: OutcomeOrder, $filter: ProjectOutcomeFilter) {
    projects(first: 50) { nodes { id outcomes(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id occurredOn } } } } }`;

  it('gives each project the page it gives the project alone, forwards and backwards, in either order and filtered', async () => {
    const counts = new Map<string, number>();
    for (const o of outcomes) counts.set(o.projectId, (counts.get(o.projectId) ?? 0) + 1);
    const busiest = [...counts].filter(([, n]) => n >= 3).map(([id]) => gid('Project', id));
    expect(busiest.length).toBeGreaterThan(1);
    const kinds = [...new Set(outcomes.map((o) => o.kind))].slice(0, 2);
    for (const orderBy of [{ field: 'OCCURRED_ON', direction: 'ASC' }, { field: 'OCCURRED_ON', direction: 'DESC' }, null]) {
      for (const filter of [null, { kind: kinds }]) {
        for (const forwards of [true, false]) {
          const size = forwards ? { first: 2 } : { last: 2 };
          let cursors: Record<string, string | null> = Object.fromEntries(busiest.map((id) => [id, null]));
          for (let page = 0; page < 4; page++) {
            // The list is asked with one project's cursor at a time: a cursor is a row of that project only.
            for (const id of busiest) {
              const at = cursors[id] ? (forwards ? { after: cursors[id] } : { before: cursors[id] }) : {};
              const alone = (await ask(ONE, { id, ...size, ...at, orderBy, filter })).node.outcomes;
              const listed = (await ask(MANY, { ...size, ...at, orderBy, filter })).projects.nodes.find((p: Data) => p.id === id).outcomes;
              expect(listed).toEqual(alone);
              cursors = { ...cursors, [id]: forwards ? alone.pageInfo.endCursor : alone.pageInfo.startCursor };
            }
          }
        }
      }
    }
  });
});
