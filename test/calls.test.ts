import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

interface Node {
  id: string;
  code: string;
}

const ok = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  server.data(query, variables, headers);

/** The global id of a reference row, looked up by code through the API. */
async function globalId(root: 'researchField' | 'country' | 'fundingAgency' | 'call', code: string): Promise<string> {
  const data = await ok(`query($code: String!) { ${root}(code: $code) { id } }`, { code });
  return data[root].id;
}

async function callCodes(variables: Record<string, unknown>) {
  const data = await ok(`query($filter: CallFilter, $orderBy: CallOrder, $first: Int, $after: String) {
    calls(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { code }
    }
  }`, variables);
  return {
    totalCount: data.calls.totalCount as number,
    codes: (data.calls.nodes as Node[]).map((c) => c.code),
    pageInfo: data.calls.pageInfo as { hasNextPage: boolean; endCursor: string },
  };
}

const ALL_CODES = [
  'FY2023-SOLO-RISING',
  'FY2023-SOLO-TOP',
  'FY2024-JOINT-DE-QUANTUM',
  'FY2024-JOINT-UK-BIO',
  'FY2024-JOINT-US-BIO',
  'FY2024-SOLO-RISING',
  'FY2024-SOLO-TOP',
  'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM',
  'FY2025-JOINT-UK-AI',
  'FY2025-JOINT-UK-QUANTUM',
  'FY2025-SOLO-RISING',
  'FY2025-SOLO-TOP',
  'FY2026-SOLO-RISING',
  'FY2026-SOLO-TOP',
];

describe('a call', () => {
  it('exposes the FY2024 Japan–UK joint call as the call guidelines state it', async () => {
    const { call } = await ok(`{
      call(code: "FY2024-JOINT-UK-BIO") {
        code kind track fiscalYear
        fiscalYearRange { fiscalYear start end }
        title(locale: EN) titleEn titleJa descriptionEn note
        maxDirectCostYen maxTotalCostYen indirectRatePercent
        partnerFunding { maxAmount currency note(locale: EN) noteJa }
        minPeriodMonths maxPeriodMonths
        supportStartsOn japanSideEndsOn partnerSideEndsOn mobilityExtensionEndsOn
        expectedAdoptions
        rules {
          networkShareGuidelinePercent youngResearcherYearsSinceDegree requiresYoungTraveller
          requiresPartnerLetterOfIntent requiresResearchSecurity singleApplicationPerResearcher appliesOngoingProjectRules
        }
        agencies { role agency { code } }
        fields { code }
        countries { code }
      }
    }`);
    expect(call).toMatchObject({
      code: 'FY2024-JOINT-UK-BIO',
      kind: 'JOINT',
      track: null,
      fiscalYear: 2024,
      fiscalYearRange: { fiscalYear: 2024, start: '2024-04-01', end: '2025-03-31' },
      title: 'FY2024 Japan–UK Joint Call: Engineering biology for discovery research and cross-cutting technologies',
      titleJa: '2024年度 日英共同公募：エンジニアリングバイオロジーにおける探索研究および横断的技術開発',
      note: null,
      // Yen are decimal strings, exact beyond 2^53.
      maxDirectCostYen: '180000000',
      maxTotalCostYen: '234000000',
      indirectRatePercent: 30,
      partnerFunding: {
        maxAmount: '1000000',
        currency: 'GBP',
        note: 'UK side up to £1,000,000 at 80% full economic cost (FEC)',
      },
      minPeriodMonths: 36,
      maxPeriodMonths: 36,
      supportStartsOn: '2024-12-01',
      japanSideEndsOn: '2028-03-31',
      partnerSideEndsOn: '2027-11-30',
      mobilityExtensionEndsOn: '2030-03-31',
      expectedAdoptions: 5,
      rules: {
        networkShareGuidelinePercent: 70,
        youngResearcherYearsSinceDegree: 15,
        requiresYoungTraveller: true,
        requiresPartnerLetterOfIntent: false,
        requiresResearchSecurity: false,
        singleApplicationPerResearcher: false,
        appliesOngoingProjectRules: false,
      },
      agencies: [
        { role: 'LEAD', agency: { code: 'JST' } },
        { role: 'PARTNER', agency: { code: 'BBSRC' } },
      ],
      fields: [{ code: 'BIO' }],
      countries: [{ code: 'GB' }],
    });
    expect(call.descriptionEn).toMatch(/^Matching-fund call by JST and BBSRC/);
    expect(call.partnerFunding.noteJa).toMatch(/^英国側：最大100万ポンド/);
  });

  it('gives the solo-call caps and FY2026 rules, and no partner funding', async () => {
    const { call } = await ok(`{
      call(code: "FY2026-SOLO-TOP") {
        track maxDirectCostYen maxTotalCostYen minPeriodMonths maxPeriodMonths supportStartsOn partnerFunding { currency }
        rules { requiresResearchSecurity singleApplicationPerResearcher appliesOngoingProjectRules requiresPartnerLetterOfIntent }
        agencies { role agency { code } }
        fields { code }
        countries { code }
      }
    }`);
    expect(call).toMatchObject({
      track: 'TOP',
      maxDirectCostYen: '380000000',
      maxTotalCostYen: '500000000',
      minPeriodMonths: 60,
      maxPeriodMonths: 60,
      supportStartsOn: null,
      partnerFunding: null,
      rules: {
        requiresResearchSecurity: true,
        singleApplicationPerResearcher: true,
        appliesOngoingProjectRules: true,
        requiresPartnerLetterOfIntent: true,
      },
      agencies: [{ role: 'LEAD', agency: { code: 'JST' } }],
    });
    expect(call.fields.map((f: { code: string }) => f.code)).toEqual([
      'AI',
      'BIO',
      'ENERGY',
      'MATERIALS',
      'QUANTUM',
      'SEMICONDUCTORS',
      'NETWORK',
    ]);
    expect(call.countries).toHaveLength(21);
    expect(call.countries[0].code).toBe('AT');
  });

  it('answers in the request language, falls back where only one exists, and keeps both raw', async () => {
    const query = `{ call(code: "FY2024-JOINT-US-BIO") { title note titleEn titleJa en: title(locale: EN) } }`;
    const ja = await ok(query, {}, { 'accept-language': 'ja' });
    const en = await ok(query, {}, { 'accept-language': 'en-US' });
    expect(ja.call.title).toBe('2024年度 共同公募（米国等）：バイオ');
    expect(ja.call.note).toBe('相手国・地域は「米国等」と公表。');
    expect(ja.call.en).toBe('FY2024 Joint Call with the US etc.: Biotechnology');
    expect(en.call.title).toBe('FY2024 Joint Call with the US etc.: Biotechnology');
    expect(en.call.note).toBe('Partner published as "US etc."; only the US is named.');
    expect(en.call.titleJa).toBe(ja.call.title);
  });

  it('is null for an unknown code, and resolves through node(id:)', async () => {
    expect((await ok(`{ call(code: "FY1999-SOLO-TOP") { code } }`)).call).toBeNull();
    const id = await globalId('call', 'FY2025-JOINT-UK-AI');
    const { node } = await ok(`query($id: ID!) { node(id: $id) { __typename ... on Call { code } } }`, { id });
    expect(node).toEqual({ __typename: 'Call', code: 'FY2025-JOINT-UK-AI' });
  });
});

describe('fields in the phase of the call', () => {
  const query = `query($code: String!) {
    call(code: $code) {
      fieldPhase
      fieldsInPhase { field { code } phase { phase name(locale: EN) nameJa scope(locale: EN) } }
    }
  }`;

  it('uses phase 2 names for FY2026 calls', async () => {
    const { call } = await ok(query, { code: 'FY2026-SOLO-TOP' });
    expect(call.fieldPhase).toBe(2);
    expect(call.fieldsInPhase).toHaveLength(7);
    expect(call.fieldsInPhase[0]).toMatchObject({
      field: { code: 'AI' },
      phase: { phase: 2, name: 'AI, Information & Intelligent Robotics', nameJa: 'AI・情報・知能ロボティクス' },
    });
    const network = call.fieldsInPhase.find((f: { field: { code: string } }) => f.field.code === 'NETWORK');
    expect(network.phase.name).toBe('Networks & Telecommunications');
  });

  it('uses phase 1 names for calls up to FY2025', async () => {
    const { call } = await ok(query, { code: 'FY2025-JOINT-UK-AI' });
    expect(call.fieldPhase).toBe(1);
    expect(call.fieldsInPhase).toEqual([
      {
        field: { code: 'AI' },
        phase: expect.objectContaining({ phase: 1, name: 'AI & Information', nameJa: 'AI・情報' }),
      },
    ]);
  });
});

describe('schedule and status', () => {
  const milestonesQuery = `{
    call(code: "FY2026-SOLO-TOP") {
      milestones { id kind side startsAt endsAt precision timeZone note(locale: EN) noteJa }
    }
  }`;

  it('lists the FY2026 solo schedule in time order, as announced', async () => {
    const { call } = await ok(milestonesQuery);
    expect(call.milestones.map((m: { kind: string }) => m.kind)).toEqual([
      'PRE_NOTIFICATION_DEADLINE',
      'SUBMISSION_DEADLINE',
      'DOCUMENT_REVIEW',
      'INTERVIEWS',
      'RESULTS_NOTIFIED',
      'SUPPORT_STARTS',
    ]);
    expect(call.milestones[0]).toMatchObject({
      side: null,
      startsAt: '2026-04-24T03:00:00.000Z',
      endsAt: null,
      precision: 'MINUTE',
      timeZone: 'Asia/Tokyo',
      note: 'optional',
      noteJa: '任意',
    });
    // 5月下旬～8月上旬: late May to early August, Tokyo time.
    expect(call.milestones[2]).toMatchObject({
      precision: 'TEN_DAYS',
      startsAt: '2026-05-20T15:00:00.000Z',
      endsAt: '2026-08-10T14:59:59.999Z',
    });
    const { node } = await ok(`query($id: ID!) { node(id: $id) { ... on CallMilestone { kind precision } } }`, {
      id: call.milestones[5].id,
    });
    expect(node).toEqual({ kind: 'SUPPORT_STARTS', precision: 'MONTH' });
  });

  it.each([
    ['2026-04-01T00:00:00Z', 'OPEN_FOR_PRE_NOTIFICATION'],
    ['2026-04-24T03:00:00Z', 'OPEN'],
    ['2026-05-19T02:59:59.999Z', 'OPEN'],
    ['2026-05-19T03:00:00Z', 'DOCUMENT_REVIEW'],
    ['2026-08-15T00:00:00+09:00', 'INTERVIEWS'],
    ['2026-10-15T00:00:00Z', 'DECIDED'],
    ['2026-12-01T00:00:00+09:00', 'SUPPORT_STARTED'],
  ])('FY2026-SOLO-TOP at %s is %s', async (at, status) => {
    const { call } = await ok(`query($at: DateTime) { call(code: "FY2026-SOLO-TOP") { status(at: $at) } }`, { at });
    expect(call.status).toBe(status);
  });

  it('evaluates status now by default', async () => {
    const before = await ok(`query($at: DateTime) { call(code: "FY2026-SOLO-TOP") { status(at: $at) } }`, {
      at: new Date().toISOString(),
    });
    const { call } = await ok(`{ call(code: "FY2026-SOLO-TOP") { status } }`);
    expect(call.status).toBe(before.call.status);
  });

  it('knows a past call only by its support start, and the FY2025 calls as under review in June 2025', async () => {
    const { a, b, c } = await ok(`{
      a: call(code: "FY2023-SOLO-TOP") { status(at: "2025-06-01T00:00:00Z") }
      b: call(code: "FY2025-SOLO-TOP") { status(at: "2025-06-01T00:00:00Z") }
      c: call(code: "FY2025-SOLO-TOP") { status(at: "2025-05-31T00:00:00Z") }
    }`);
    expect(a.status).toBe('SUPPORT_STARTED');
    // DOMAIN.md call history: FY2025 calls "under review" as of June 2025 (issue 12); before that
    // month nothing is on record, so UNKNOWN still.
    expect(b.status).toBe('DOCUMENT_REVIEW');
    expect(c.status).toBe('UNKNOWN');
  });

  it('gives each side its own submission deadline in the UK joint call', async () => {
    const { uk, solo } = await ok(`{
      uk: call(code: "FY2024-JOINT-UK-BIO") { japan: submissionDeadline partner: submissionDeadline(side: PARTNER) }
      solo: call(code: "FY2026-SOLO-TOP") { japan: submissionDeadline partner: submissionDeadline(side: PARTNER) }
    }`);
    // 18:00 JST and 16:00 in London (BST) on 2024-04-16.
    expect(uk).toEqual({ japan: '2024-04-16T09:00:00.000Z', partner: '2024-04-16T15:00:00.000Z' });
    expect(solo).toEqual({ japan: '2026-05-19T03:00:00.000Z', partner: '2026-05-19T03:00:00.000Z' });
  });

  it('has no deadline on record for a call known only by its support start', async () => {
    const { call } = await ok(`{ call(code: "FY2023-SOLO-TOP") { submissionDeadline } }`);
    expect(call.submissionDeadline).toBeNull();
  });
});

describe('statistics', () => {
  const query = `query($code: String!) {
    call(code: $code) {
      statistics { proposalCount adoptionCount adoptionRate source asOf sourceNote }
      publishedStatistics { proposalCount adoptionCount adoptionRate source asOf sourceNote }
    }
  }`;
  const report = 'ASPIRE mid-term evaluation report (2025-08-27): call results as of June 2025';

  /** Received (submitted, not draft) and adopted proposals of a call, counted straight from the table. */
  async function countRecords(code: string) {
    const where = { call: { code }, status: { not: 'DRAFT' as const }, submittedAt: { not: null } };
    const [received, adopted] = await Promise.all([
      server.db.prisma.proposal.count({ where }),
      server.db.prisma.proposal.count({ where: { ...where, status: 'ADOPTED' } }),
    ]);
    return { received, adopted };
  }

  it('counts FY2023-SOLO-TOP from its demo proposals, and keeps the published 74 → 26 (35.1%)', async () => {
    // The demo data holds proposals for this call, so records win over the published figures.
    expect(await countRecords('FY2023-SOLO-TOP')).toEqual({ received: 4, adopted: 3 });
    const { call } = await ok(query, { code: 'FY2023-SOLO-TOP' });
    expect(call.statistics).toEqual({
      proposalCount: 4,
      adoptionCount: 3,
      adoptionRate: 75,
      source: 'RECORDS',
      asOf: null,
      sourceNote: null,
    });
    expect(call.publishedStatistics).toEqual({
      proposalCount: 74,
      adoptionCount: 26,
      adoptionRate: 35.1,
      source: 'PUBLISHED',
      asOf: '2025-06-01',
      sourceNote: report,
    });
  });

  it('keeps the unpublished proposal count of the FY2024 US joint call unknown, not 0', async () => {
    const { call } = await ok(query, { code: 'FY2024-JOINT-US-BIO' });
    expect(call.publishedStatistics).toEqual({
      proposalCount: null,
      adoptionCount: 3,
      adoptionRate: null,
      source: 'PUBLISHED',
      asOf: '2025-06-01',
      sourceNote: report,
    });
    const records = await countRecords('FY2024-JOINT-US-BIO');
    expect(records.received).toBeGreaterThan(0);
    expect(call.statistics).toMatchObject({ proposalCount: records.received, adoptionCount: records.adopted, source: 'RECORDS' });
  });

  it('leaves out drafts and proposals withdrawn before submission', async () => {
    const statuses = await server.db.prisma.proposal.findMany({
      where: { call: { code: 'FY2026-SOLO-TOP' } },
      select: { status: true, submittedAt: true },
    });
    // The demo call has a draft and a proposal withdrawn before submission besides received ones.
    expect(statuses.some((p) => p.status === 'DRAFT')).toBe(true);
    expect(statuses.some((p) => p.status === 'WITHDRAWN' && p.submittedAt === null)).toBe(true);
    const records = await countRecords('FY2026-SOLO-TOP');
    expect(records.received).toBe(statuses.length - 2);
    const { call } = await ok(query, { code: 'FY2026-SOLO-TOP' });
    expect(call.statistics).toEqual({
      proposalCount: records.received,
      adoptionCount: 0,
      adoptionRate: 0,
      source: 'RECORDS',
      asOf: null,
      sourceNote: null,
    });
    expect(call.publishedStatistics).toMatchObject({ proposalCount: null, adoptionCount: null, source: 'NONE' });
  });

  it('uses published figures for a call without records, and NONE without either', async () => {
    const base = { kind: 'SOLO' as const, track: 'TOP' as const, fiscalYear: 2022, titleEn: 'Test call' };
    await server.db.prisma.call.createMany({
      data: [
        { ...base, code: 'TEST-PUBLISHED', publishedProposalCount: 46, publishedAdoptionCount: 14, statisticsAsOf: new Date('2025-06-01') },
        { ...base, code: 'TEST-NONE' },
      ],
    });
    const { published, none } = await ok(`{
      published: call(code: "TEST-PUBLISHED") { statistics { proposalCount adoptionCount adoptionRate source asOf sourceNote } }
      none: call(code: "TEST-NONE") { statistics { proposalCount adoptionCount adoptionRate source asOf } fieldPhase status }
    }`);
    expect(published.statistics).toEqual({
      proposalCount: 46,
      adoptionCount: 14,
      adoptionRate: 30.4,
      source: 'PUBLISHED',
      asOf: '2025-06-01',
      sourceNote: null,
    });
    expect(none).toEqual({
      statistics: { proposalCount: null, adoptionCount: null, adoptionRate: null, source: 'NONE', asOf: null },
      fieldPhase: null,
      status: 'UNKNOWN',
    });
    await server.db.prisma.call.deleteMany({ where: { code: { startsWith: 'TEST-' } } });
  });

  it('matches the records of every call on one page', async () => {
    const { calls } = await ok(`{ calls(first: 100) { nodes { code statistics { proposalCount adoptionCount source } } } }`);
    for (const call of calls.nodes) {
      const records = await countRecords(call.code);
      if (records.received > 0) {
        expect(call.statistics, call.code).toEqual({
          proposalCount: records.received,
          adoptionCount: records.adopted,
          source: 'RECORDS',
        });
      } else {
        expect(call.statistics.source, call.code).not.toBe('RECORDS');
      }
    }
  });
});

describe("a call's proposals", () => {
  it('pages through them with totalCount and a status filter', async () => {
    const expected = await server.db.prisma.proposal.findMany({
      where: { call: { code: 'FY2026-SOLO-TOP' } },
      orderBy: { id: 'asc' },
      select: { titleEn: true, status: true },
    });
    const query = `query($after: String, $filter: CallProposalFilter) {
      call(code: "FY2026-SOLO-TOP") {
        proposals(first: 2, after: $after, filter: $filter) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id }
        }
      }
    }`;
    const first = await ok(query);
    expect(first.call.proposals.totalCount).toBe(expected.length);
    expect(first.call.proposals.nodes).toHaveLength(2);
    expect(first.call.proposals.pageInfo.hasNextPage).toBe(true);
    const second = await ok(query, { after: first.call.proposals.pageInfo.endCursor });
    expect(second.call.proposals.nodes).toHaveLength(Math.min(2, expected.length - 2));
    expect(second.call.proposals.nodes[0].id).not.toBe(first.call.proposals.nodes[0].id);

    const drafts = await ok(query, { filter: { status: ['DRAFT', 'WITHDRAWN'] } });
    expect(drafts.call.proposals.totalCount).toBe(
      expected.filter((p) => p.status === 'DRAFT' || p.status === 'WITHDRAWN').length,
    );
    expect(drafts.call.proposals.totalCount).toBe(2);
  });
});

describe('the calls list', () => {
  it('orders by fiscal year, newest first, then by code, by default', async () => {
    const { totalCount, codes } = await callCodes({ first: 100 });
    expect(totalCount).toBe(14);
    expect(codes.slice(0, 2)).toEqual(['FY2026-SOLO-RISING', 'FY2026-SOLO-TOP']);
    expect(codes.slice(2, 7)).toEqual([
      'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM',
      'FY2025-JOINT-UK-AI',
      'FY2025-JOINT-UK-QUANTUM',
      'FY2025-SOLO-RISING',
      'FY2025-SOLO-TOP',
    ]);
    expect(codes.at(-1)).toBe('FY2023-SOLO-TOP');
  });

  it('orders by code or by fiscal year ascending', async () => {
    const byCode = await callCodes({ first: 100, orderBy: { field: 'CODE', direction: 'ASC' } });
    expect(byCode.codes).toEqual(ALL_CODES);
    const byCodeDesc = await callCodes({ first: 100, orderBy: { field: 'CODE', direction: 'DESC' } });
    expect(byCodeDesc.codes).toEqual([...ALL_CODES].reverse());
    const oldest = await callCodes({ first: 3, orderBy: { field: 'FISCAL_YEAR', direction: 'ASC' } });
    expect(oldest.codes).toEqual(['FY2023-SOLO-RISING', 'FY2023-SOLO-TOP', 'FY2024-JOINT-DE-QUANTUM']);
  });

  it('pages with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await callCodes({ first: 4, after });
      expect(page.totalCount).toBe(14);
      seen.push(...page.codes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual((await callCodes({ first: 100 })).codes);
  });

  it.each([
    [{ fiscalYear: 2024 }, ['FY2024-JOINT-DE-QUANTUM', 'FY2024-JOINT-UK-BIO', 'FY2024-JOINT-US-BIO', 'FY2024-SOLO-RISING', 'FY2024-SOLO-TOP']],
    [{ kind: 'JOINT', fiscalYear: 2025 }, ['FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM', 'FY2025-JOINT-UK-AI', 'FY2025-JOINT-UK-QUANTUM']],
    [{ track: 'RISING' }, ['FY2023-SOLO-RISING', 'FY2024-SOLO-RISING', 'FY2025-SOLO-RISING', 'FY2026-SOLO-RISING']],
  ])('filters by %j', async (filter, expected) => {
    const { totalCount, codes } = await callCodes({ filter, first: 100, orderBy: { field: 'CODE', direction: 'ASC' } });
    expect(codes).toEqual(expected);
    expect(totalCount).toBe(expected.length);
  });

  it('filters by field, country and agency through their global ids', async () => {
    const byCode = { first: 100, orderBy: { field: 'CODE', direction: 'ASC' } };
    const quantum = await callCodes({ ...byCode, filter: { fieldId: await globalId('researchField', 'QUANTUM'), kind: 'JOINT' } });
    expect(quantum.codes).toEqual(['FY2024-JOINT-DE-QUANTUM', 'FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM', 'FY2025-JOINT-UK-QUANTUM']);

    // FY2023 solo calls record no eligible countries (the sources do not say which 20).
    const uk = await callCodes({ ...byCode, filter: { countryId: await globalId('country', 'GB') } });
    expect(uk.codes).toEqual([
      'FY2024-JOINT-UK-BIO',
      'FY2024-SOLO-RISING',
      'FY2024-SOLO-TOP',
      'FY2025-JOINT-UK-AI',
      'FY2025-JOINT-UK-QUANTUM',
      'FY2025-SOLO-RISING',
      'FY2025-SOLO-TOP',
      'FY2026-SOLO-RISING',
      'FY2026-SOLO-TOP',
    ]);
    expect(uk.totalCount).toBe(9);

    const bbsrc = await callCodes({ ...byCode, filter: { agencyId: await globalId('fundingAgency', 'BBSRC') } });
    expect(bbsrc).toMatchObject({ codes: ['FY2024-JOINT-UK-BIO'], totalCount: 1 });
    const jst = await callCodes({ ...byCode, filter: { agencyId: await globalId('fundingAgency', 'JST') } });
    expect(jst.totalCount).toBe(14);
  });

  it('rejects an id of another type', async () => {
    const callId = await globalId('call', 'FY2026-SOLO-TOP');
    const response = await server.graphql(`query($filter: CallFilter) { calls(filter: $filter) { totalCount } }`, {
      filter: { fieldId: callId },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by derived status at an instant, with totalCount and cursors intact', async () => {
    const at = '2025-06-01T00:00:00+09:00';
    const supported = await callCodes({
      filter: { status: ['SUPPORT_STARTED'], statusAt: at },
      first: 100,
      orderBy: { field: 'CODE', direction: 'ASC' },
    });
    expect(supported.codes).toEqual([
      'FY2023-SOLO-RISING',
      'FY2023-SOLO-TOP',
      'FY2024-JOINT-DE-QUANTUM',
      'FY2024-JOINT-UK-BIO',
      'FY2024-JOINT-US-BIO',
      'FY2024-SOLO-RISING',
      'FY2024-SOLO-TOP',
    ]);
    expect(supported.totalCount).toBe(7);

    const firstPage = await callCodes({ filter: { status: ['SUPPORT_STARTED'], statusAt: at }, first: 3 });
    expect(firstPage).toMatchObject({ totalCount: 7, codes: ['FY2024-JOINT-DE-QUANTUM', 'FY2024-JOINT-UK-BIO', 'FY2024-JOINT-US-BIO'] });
    const nextPage = await callCodes({
      filter: { status: ['SUPPORT_STARTED'], statusAt: at },
      first: 3,
      after: firstPage.pageInfo.endCursor,
    });
    expect(nextPage).toMatchObject({ totalCount: 7, codes: ['FY2024-SOLO-RISING', 'FY2024-SOLO-TOP', 'FY2023-SOLO-RISING'] });

    // Combined with stored conditions; FY2026 solo calls had announced their schedule.
    const open = await callCodes({ filter: { status: ['OPEN_FOR_PRE_NOTIFICATION', 'OPEN'], statusAt: '2026-05-01T00:00:00Z' }, first: 100 });
    expect(open).toMatchObject({ totalCount: 2, codes: ['FY2026-SOLO-RISING', 'FY2026-SOLO-TOP'] });
    // The where is worked out once for the page and its totalCount: the candidates and their
    // milestones (2 statements), then the page and the count; not the candidates twice.
    const counter = server.countQueries();
    await callCodes({ filter: { status: ['SUPPORT_STARTED'], statusAt: at }, first: 3 });
    counter.stop();
    expect(counter.count).toBe(4);

    // DOMAIN.md call history: the FY2025 joint calls were under review in June 2025 (issue 12).
    const jointUnderReview = await callCodes({ filter: { status: ['DOCUMENT_REVIEW'], statusAt: at, kind: 'JOINT' }, first: 100 });
    expect(jointUnderReview.codes).toEqual(['FY2025-JOINT-NL-SEMICONDUCTORS-QUANTUM', 'FY2025-JOINT-UK-AI', 'FY2025-JOINT-UK-QUANTUM']);
  });
});

describe('no N+1', () => {
  const query = `query($first: Int!) {
    calls(first: $first) {
      totalCount
      nodes {
        code title status fieldPhase submissionDeadline
        fields { code phases { phase } }
        fieldsInPhase { field { code } phase { name } }
        countries { code name }
        milestones { kind startsAt }
        agencies { role agency { code name } }
        rules { requiresResearchSecurity }
        statistics { proposalCount adoptionCount adoptionRate source }
        publishedStatistics { proposalCount }
        proposals(first: 5) { totalCount nodes { id } }
      }
    }
  }`;

  async function statementsFor(first: number) {
    const counter = server.countQueries();
    const data = await ok(query, { first });
    counter.stop();
    return { count: counter.count, calls: data.calls.nodes as { proposals: { nodes: unknown[] } }[] };
  }

  it('sends as many SQL statements for 2 calls as for all 14', async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(14);
    expect(small.calls).toHaveLength(2);
    expect(large.calls).toHaveLength(14);
    expect(large.calls.some((c) => c.proposals.nodes.length > 0)).toBe(true);
    expect(large.count).toBe(small.count);
    // The calls, their milestones, field links, agency links, the links' calls, fields, agencies,
    // phases, country links, countries, the calls' totalCount, the statistics group-by, and the
    // proposals in three: a page per call (LATERAL … LIMIT), their rows, their totalCount group-by.
    expect(large.count).toBe(15);
  });
});
