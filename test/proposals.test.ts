// Proposals, teams, budgets and review records, checked against the fictional demo dataset
// (src/db/seed/demo-data.ts): 41 proposals over the 14 calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const ok = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  server.data(query, variables, headers);

interface Member {
  id: string;
  role: string;
  side: string;
  travelsToPartner: boolean;
  researcher: { id: string; nameEn: string };
  organization: { id: string; nameEn: string };
  letterOfIntent: { receivedOn: string | null; program: string | null; reference: string | null } | null;
  joinedOn: string | null;
  leftOn: string | null;
}

interface Listed {
  id: string;
  titleEn: string;
  status: string;
  submittedAt: string | null;
  createdAt: string;
  call: { code: string; kind: string; rules: { requiresPartnerLetterOfIntent: boolean } };
  leadOrganization: { id: string; nameEn: string };
  project: { id: string } | null;
  pi: Member | null;
  team: { totalCount: number; nodes: Member[] };
}

const MEMBER = `id role side travelsToPartner researcher { id nameEn } organization { id nameEn }
  letterOfIntent { receivedOn program reference } joinedOn leftOn`;

/** Every demo proposal with its team, as the API lists them by default. */
let all: Listed[];
const titled = (title: string): Listed => {
  const found = all.find((p) => p.titleEn === `[Demo] ${title}`);
  if (!found) throw new Error(`no demo proposal titled ${title}`);
  return found;
};

beforeAll(async () => {
  const data = await ok(`{
    proposals(first: 100) {
      totalCount
      nodes { id titleEn status submittedAt createdAt call { code kind rules { requiresPartnerLetterOfIntent } } leadOrganization { id nameEn } project { id }
        pi { ${MEMBER} } team(first: 12) { totalCount nodes { ${MEMBER} } } }
    }
  }`);
  all = data.proposals.nodes;
});

async function globalId(root: 'call' | 'researchField' | 'country', code: string): Promise<string> {
  const data = await ok(`query($code: String!) { ${root}(code: $code) { id } }`, { code });
  return data[root].id;
}

/** Titles (without the demo prefix) of the proposals a filter selects, with the list's totalCount. */
async function filtered(filter: Record<string, unknown>) {
  const data = await ok(
    `query($filter: ProposalFilter) { proposals(first: 100, filter: $filter) { totalCount nodes { titleEn } } }`,
    { filter },
  );
  const titles = (data.proposals.nodes as { titleEn: string }[]).map((p) => p.titleEn.replace('[Demo] ', ''));
  expect(data.proposals.totalCount).toBe(titles.length);
  return titles.sort();
}

describe('a proposal', () => {
  it('reads as the demo data wrote it', async () => {
    const { node } = await ok(
      `query($id: ID!) {
        node(id: $id) {
          ... on Proposal {
            title titleJa: title(locale: JA) titleEn abstract abstractJa status submittedAt decidedAt plannedPeriodMonths
            call { code } field { code } leadOrganization { nameEn } partnerCountries { code }
            decisions { stage result decidedAt }
            researchSecurityAttestations { id }
            project { __typename }
          }
        }
      }`,
      { id: titled('Error-tolerant quantum memories across continents').id },
    );
    expect(node).toEqual({
      title: '[Demo] Error-tolerant quantum memories across continents',
      titleJa: '【デモ】大陸間をつなぐ誤り耐性量子メモリ',
      titleEn: '[Demo] Error-tolerant quantum memories across continents',
      abstract: expect.stringContaining('A team from Japan and Germany works on error-tolerant quantum memories'),
      abstractJa: expect.stringContaining('日本とドイツのチーム'),
      status: 'ADOPTED',
      submittedAt: '2023-09-11T07:00:00.000Z',
      decidedAt: '2024-01-12T08:00:00.000Z',
      plannedPeriodMonths: 60,
      call: { code: 'FY2023-SOLO-TOP' },
      field: { code: 'QUANTUM' },
      leadOrganization: { nameEn: 'Demo: Hoshizora University' },
      partnerCountries: [{ code: 'DE' }],
      decisions: [
        { stage: 'DOCUMENT_REVIEW', result: 'PASSED', decidedAt: '2023-11-10T08:00:00.000Z' },
        { stage: 'INTERVIEW', result: 'PASSED', decidedAt: '2023-12-15T08:00:00.000Z' },
        { stage: 'FINAL', result: 'ADOPTED', decidedAt: '2024-01-12T08:00:00.000Z' },
      ],
      // Research security is asked for from the FY2026 calls only.
      researchSecurityAttestations: [],
      project: { __typename: 'Project' },
    });
  });

  it('answers in Japanese when the request asks for it', async () => {
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { ... on Proposal { title } } }`,
      { id: titled('Agrivoltaics for upland farms').id },
      { 'accept-language': 'ja' },
    );
    expect(node.title).toBe('【デモ】中山間地のための営農型太陽光発電');
  });

  it('lists partner countries by code, and review steps in order for a proposal failed at interview', async () => {
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { ... on Proposal { partnerCountries { code } decisions { stage result } decidedAt project { __typename } } } }`,
      { id: titled('Wide-bandgap power devices for electric mobility').id },
    );
    expect(node).toEqual({
      partnerCountries: [{ code: 'NL' }],
      decisions: [
        { stage: 'DOCUMENT_REVIEW', result: 'PASSED' },
        { stage: 'INTERVIEW', result: 'FAILED' },
        { stage: 'FINAL', result: 'REJECTED' },
      ],
      decidedAt: '2024-01-12T08:00:00.000Z',
      project: null,
    });
    const countries = await ok(
      `query($id: ID!) { node(id: $id) { ... on Proposal { partnerCountries { code } } } }`,
      { id: titled('Grid-stabilising power electronics for offshore wind').id },
    );
    expect(countries.node.partnerCountries).toEqual([{ code: 'AU' }, { code: 'KR' }]);
  });

  it('records research-security attestations per PI and Co-PI organisation in FY2026 calls', async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Proposal {
      researchSecurityAttestations { organization { nameEn } attestedAt attestedByName note } } } }`;
    const full = await ok(query, { id: titled('AI-native networks for disaster resilience').id });
    expect(full.node.researchSecurityAttestations.map((a: { organization: { nameEn: string } }) => a.organization.nameEn).sort()).toEqual([
      'Demo: Kohaku Quantum Devices Co., Ltd.',
      'Demo: Minato City University',
    ]);
    expect(full.node.researchSecurityAttestations[0]).toMatchObject({
      attestedByName: expect.stringMatching(/^Research Security Office \(demo\), /),
      note: expect.stringContaining('Cabinet Office'),
    });
    // The Co-PI's organisation (Asagiri) has not attested yet on this draft.
    const missing = await ok(query, { id: titled('Smart greenhouse phenotyping with bio-sensors').id });
    expect(missing.node.researchSecurityAttestations).toEqual([
      expect.objectContaining({ organization: { nameEn: 'Demo: Yamabiko National University' } }),
    ]);
  });

  it('has a project exactly when adopted', () => {
    expect(all).toHaveLength(41);
    expect(all.filter((p) => p.status === 'ADOPTED')).toHaveLength(17);
    expect(all.every((p) => (p.project !== null) === (p.status === 'ADOPTED'))).toBe(true);
  });
});

describe('the team', () => {
  it('lists the Japan side first, PI then Co-PIs and participants, then the partner side', () => {
    const team = titled('Error-tolerant quantum memories across continents').team;
    expect(team.totalCount).toBe(6);
    expect(team.nodes.map((m) => [m.side, m.role, m.researcher.nameEn, m.organization.nameEn])).toEqual([
      ['JAPAN', 'PI', 'Aoi Hoshino', 'Demo: Hoshizora University'],
      ['JAPAN', 'CO_PI', 'Makoto Kagami', 'Demo: Tsukuyomi Research Institute'],
      ['JAPAN', 'YOUNG_TRAVELLER', 'Sora Kiriyama', 'Demo: Hoshizora University'],
      ['JAPAN', 'COORDINATOR', 'Mio Nagisa', 'Demo: Hoshizora University'],
      ['PARTNER', 'PARTNER_PI', 'Katharina Vogelsang', 'Demo: Lindenfeld University'],
      ['PARTNER', 'INVITED_RESEARCHER', 'Lea Sonnenfeld', 'Demo: Lindenfeld University'],
    ]);
    // Sora Kiriyama has moved to the German partner since, but was at Hoshizora for this proposal.
    expect(team.nodes.filter((m) => m.travelsToPartner).map((m) => m.researcher.nameEn)).toEqual(['Sora Kiriyama']);
  });

  it('uses the UK team roles in the Japan–UK joint call', () => {
    const team = titled('Engineering biology of nitrogen-fixing microbial consortia').team;
    expect(team.nodes.filter((m) => m.side === 'PARTNER').map((m) => m.role)).toEqual([
      'UK_PROJECT_LEAD',
      'UK_RESEARCHER_CO_LEAD',
      'UK_VISITING_RESEARCHER',
    ]);
  });

  it('filters by side and role, with totalCount over the filtered members', async () => {
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { ... on Proposal {
        partner: team(side: PARTNER) { totalCount nodes { researcher { nameEn } } }
        leads: team(role: [PI, CO_PI]) { totalCount nodes { role researcher { nameEn } } }
        none: team(side: PARTNER, role: [PI]) { totalCount nodes { id } }
        firstTwo: team(first: 2) { totalCount pageInfo { hasNextPage } nodes { role } }
      } } }`,
      { id: titled('Chiplet integration with photonic interconnects').id },
    );
    expect(node.partner.totalCount).toBe(2);
    expect(node.partner.nodes.map((m: { researcher: { nameEn: string } }) => m.researcher.nameEn).sort()).toEqual([
      'Samuel Thistlewood',
      'Sanne van Dijkhuis',
    ]);
    expect(node.leads.totalCount).toBe(2);
    expect(node.leads.nodes).toEqual([
      { role: 'PI', researcher: { nameEn: 'Tsubasa Kotobuki' } },
      { role: 'CO_PI', researcher: { nameEn: 'Saki Kodama' } },
    ]);
    expect(node.none).toEqual({ totalCount: 0, nodes: [] });
    expect(node.firstTwo).toEqual({ totalCount: 7, pageInfo: { hasNextPage: true }, nodes: [{ role: 'PI' }, { role: 'CO_PI' }] });
  });

  it('records when a member left, e.g. a Co-PI adopted as PI elsewhere', () => {
    const kodama = titled('Chiplet integration with photonic interconnects').team.nodes.find(
      (m) => m.researcher.nameEn === 'Saki Kodama',
    );
    expect(kodama).toMatchObject({ role: 'CO_PI', joinedOn: '2024-12-01', leftOn: '2025-11-30' });
    const pi = titled('Chiplet integration with photonic interconnects').pi;
    expect(pi).toMatchObject({ joinedOn: null, leftOn: null });
  });

  it('gives every partner PI a letter of intent where the call asks for one, and nobody else', () => {
    const members = (letterRequired: boolean) =>
      all.filter((p) => p.call.rules.requiresPartnerLetterOfIntent === letterRequired).flatMap((p) => p.team.nodes);
    const partnerPis = members(true).filter((m) => m.role === 'PARTNER_PI');
    expect(partnerPis.length).toBeGreaterThan(30);
    expect(partnerPis.every((m) => m.letterOfIntent?.reference?.startsWith('DEMO-LOI-'))).toBe(true);
    expect(members(true).filter((m) => m.role !== 'PARTNER_PI').every((m) => m.letterOfIntent === null)).toBe(true);
    // Joint calls are reviewed with the partner agency: the demo records no letters there.
    expect(members(false).length).toBeGreaterThan(20);
    expect(members(false).every((m) => m.letterOfIntent === null)).toBe(true);

    const solo = titled('Error-tolerant quantum memories across continents').team.nodes.find((m) => m.role === 'PARTNER_PI');
    expect(solo?.letterOfIntent).toEqual({
      receivedOn: '2023-08-21',
      program: 'Demo: Germany frontier research programme (fictional)',
      reference: 'DEMO-LOI-01-1',
    });
  });
});

describe('the PI shortcut', () => {
  it('is the team member with role PI, for every proposal', () => {
    for (const proposal of all) {
      const pis = proposal.team.nodes.filter((m) => m.role === 'PI');
      expect(pis).toHaveLength(1);
      expect(proposal.pi).toEqual(pis[0]);
    }
    expect(titled('Error-tolerant quantum memories across continents').pi?.researcher.nameEn).toBe('Aoi Hoshino');
  });

  it('shows a Rising-track PI who travels to the partner side', () => {
    expect(titled('Recyclable polymer composites by design').pi).toMatchObject({
      researcher: { nameEn: 'Ren Tsukimori' },
      travelsToPartner: true,
      side: 'JAPAN',
    });
  });
});

describe('the budget', () => {
  const BUDGET = `budget {
    directCostYen indirectCostYen totalCostYen networkAndYouthCostYen networkAndYouthShare
    byFiscalYear { fiscalYear directCostYen }
    lines { id fiscalYear purpose directCostYen countsTowardsNetworkAndYouth }
  }`;
  const budgetOf = async (title: string) =>
    (await ok(`query($id: ID!) { node(id: $id) { ... on Proposal { ${BUDGET} } } }`, { id: titled(title).id })).node.budget;

  it('derives totals with 30% indirect cost and the network-and-youth share (FY2023 Top, 60 months)', async () => {
    const budget = await budgetOf('Solid-state batteries for grid-scale storage');
    expect(budget).toMatchObject({
      directCostYen: '348992000',
      indirectCostYen: '104697600',
      totalCostYen: '453689600',
      networkAndYouthCostYen: '251276000',
      networkAndYouthShare: 0.72,
      byFiscalYear: [
        { fiscalYear: 2023, directCostYen: '11629000' },
        { fiscalYear: 2024, directCostYen: '69800000' },
        { fiscalYear: 2025, directCostYen: '69800000' },
        { fiscalYear: 2026, directCostYen: '69800000' },
        { fiscalYear: 2027, directCostYen: '69800000' },
        { fiscalYear: 2028, directCostYen: '58163000' },
      ],
    });
    // Six fiscal years × eight purposes, ordered by year then purpose.
    expect(budget.lines).toHaveLength(48);
    expect(budget.lines.slice(0, 2)).toMatchObject([
      { fiscalYear: 2023, purpose: 'WORKSHOPS', directCostYen: '1163000', countsTowardsNetworkAndYouth: true },
      { fiscalYear: 2023, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCostYen: '4420000', countsTowardsNetworkAndYouth: true },
    ]);
    const equipment = budget.lines.find((l: { fiscalYear: number; purpose: string }) => l.fiscalYear === 2024 && l.purpose === 'EQUIPMENT');
    expect(equipment).toMatchObject({ directCostYen: '5584000', countsTowardsNetworkAndYouth: false });
  });

  it('agrees with the lines as stored', async () => {
    const budget = await budgetOf('Physical AI for field robotics in agriculture');
    type Line = { directCostYen: string; countsTowardsNetworkAndYouth: boolean };
    const sum = (lines: Line[]) => lines.reduce((total, l) => total + BigInt(l.directCostYen), 0n).toString();
    expect(sum(budget.lines)).toBe(budget.directCostYen);
    expect(sum(budget.lines.filter((l: Line) => l.countsTowardsNetworkAndYouth))).toBe(budget.networkAndYouthCostYen);
    const stored = await server.db.prisma.budgetLine.aggregate({
      where: { proposal: { titleEn: '[Demo] Physical AI for field robotics in agriculture' } },
      _sum: { directCostYen: true },
    });
    expect(String(stored._sum.directCostYen)).toBe(budget.directCostYen);
    // A research-heavy draft that misses the guideline of about 70%.
    expect(budget).toMatchObject({
      directCostYen: '303993000',
      indirectCostYen: '91197900',
      totalCostYen: '395190900',
      networkAndYouthCostYen: '136796000',
      networkAndYouthShare: 0.4499,
    });
  });

  it('is empty, with no share, for a draft without budget lines', async () => {
    expect(await budgetOf('Agrivoltaics for upland farms')).toEqual({
      directCostYen: '0',
      indirectCostYen: '0',
      totalCostYen: '0',
      networkAndYouthCostYen: '0',
      networkAndYouthShare: null,
      byFiscalYear: [],
      lines: [],
    });
  });
});

describe('the proposals list', () => {
  it('counts all 41 demo proposals and orders by submission, newest first, drafts last', async () => {
    const data = await ok(`{ proposals(first: 3) { totalCount pageInfo { hasNextPage } nodes { titleEn submittedAt } } }`);
    expect(data.proposals.totalCount).toBe(41);
    expect(data.proposals.pageInfo.hasNextPage).toBe(true);
    expect(data.proposals.nodes).toEqual([
      { titleEn: '[Demo] AI-native networks for disaster resilience', submittedAt: '2026-05-17T10:00:00.000Z' },
      { titleEn: '[Demo] Stable perovskite tandem solar cells', submittedAt: '2026-05-12T19:00:00.000Z' },
      { titleEn: '[Demo] Intelligent robotics for self-driving laboratories', submittedAt: '2026-05-11T06:00:00.000Z' },
    ]);
    const submitted = all.map((p) => p.submittedAt);
    expect(submitted.slice(-4)).toEqual([null, null, null, null]);
    const times = submitted.filter((s): s is string => s !== null);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('orders by submission ascending (drafts still last), by title, and by creation with the id tiebreaker', async () => {
    const list = async (orderBy: Record<string, string>) =>
      (
        await ok(`query($orderBy: ProposalOrder) { proposals(first: 100, orderBy: $orderBy) { nodes { id titleEn submittedAt } } }`, {
          orderBy,
        })
      ).proposals.nodes as { id: string; titleEn: string; submittedAt: string | null }[];

    const ascending = await list({ field: 'SUBMITTED_AT', direction: 'ASC' });
    expect(ascending[0]?.titleEn).toBe('[Demo] Wide-bandgap power devices for electric mobility');
    expect(ascending.slice(-4).map((p) => p.submittedAt)).toEqual([null, null, null, null]);

    const byTitle = await list({ field: 'TITLE', direction: 'ASC' });
    // Which of the three "A…" titles comes first depends on the database collation; that they lead does not.
    expect(byTitle.slice(0, 3).map((p) => p.titleEn).sort()).toEqual([
      '[Demo] AI-native networks for disaster resilience',
      '[Demo] Agentic AI for laboratory automation',
      '[Demo] Agrivoltaics for upland farms',
    ]);
    const byTitleDesc = await list({ field: 'TITLE', direction: 'DESC' });
    expect(byTitleDesc[0]?.titleEn).toBe('[Demo] Wide-bandgap power devices for electric mobility');
    expect(byTitleDesc.map((p) => p.id)).toEqual(byTitle.map((p) => p.id).reverse());

    // The demo rows share one creation time, so the order is the id tiebreaker's, both ways.
    const created = await list({ field: 'CREATED_AT', direction: 'ASC' });
    const createdDesc = await list({ field: 'CREATED_AT', direction: 'DESC' });
    expect(createdDesc.map((p) => p.id)).toEqual(created.map((p) => p.id).reverse());
    expect(new Set(created.map((p) => p.id)).size).toBe(41);
  });

  it('pages through every proposal with cursors, across the drafts without a submission time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await ok(
        `query($after: String) { proposals(first: 6, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      seen.push(...data.proposals.nodes.map((p: { id: string }) => p.id));
      if (!data.proposals.pageInfo.hasNextPage) break;
      after = data.proposals.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((p) => p.id));
  });

  it('filters by call', async () => {
    expect(await filtered({ callId: await globalId('call', 'FY2024-JOINT-UK-BIO') })).toEqual([
      'Bio-eco-sensing of pollinator networks',
      'Engineering biology of nitrogen-fixing microbial consortia',
      'Predictive biology of drought-tolerant rice',
    ]);
    expect(await filtered({ callId: await globalId('call', 'FY2024-JOINT-US-BIO') })).toEqual([
      'Biomanufacturing of marine natural products',
    ]);
  });

  it('filters by status, any of several', async () => {
    expect(await filtered({ status: ['DRAFT'] })).toEqual([
      'Agrivoltaics for upland farms',
      'Physical AI for field robotics in agriculture',
      'Smart greenhouse phenotyping with bio-sensors',
    ]);
    const adoptedOrWithdrawn = await filtered({ status: ['ADOPTED', 'WITHDRAWN'] });
    expect(adoptedOrWithdrawn).toHaveLength(19);
    expect(adoptedOrWithdrawn).toContain('Self-healing ceramics for high-temperature parts');
    expect(adoptedOrWithdrawn).not.toContain('Agrivoltaics for upland farms');
    expect(await filtered({ status: [] })).toEqual([]);
  });

  it('filters by research field', async () => {
    expect(await filtered({ fieldId: await globalId('researchField', 'NETWORK') })).toEqual([
      'AI-native networks for disaster resilience',
      'Digital-twin networks for coastal cities',
      'Quantum-safe network slicing',
      'Resilient optical access networks',
    ]);
  });

  it('filters by partner country, whichever of a proposal’s countries it is', async () => {
    expect(await filtered({ partnerCountryId: await globalId('country', 'KR') })).toEqual([
      'Digital-twin networks for coastal cities',
      'Grid-stabilising power electronics for offshore wind',
      'Quantum error mitigation for near-term devices',
      'Quantum-safe network slicing',
    ]);
    // Japan is never a partner country.
    expect(await filtered({ partnerCountryId: await globalId('country', 'JP') })).toEqual([]);
  });

  it('filters by organisation: the lead organisation or any team member’s affiliation', async () => {
    const kohaku = titled('Chiplet integration with photonic interconnects').leadOrganization;
    expect(kohaku.nameEn).toBe('Demo: Kohaku Quantum Devices Co., Ltd.');
    expect(await filtered({ organizationId: kohaku.id })).toEqual([
      // Co-PI Wataru Higurashi is at Kohaku; the lead organisation is Minato.
      'AI-native networks for disaster resilience',
      'Chiplet integration with photonic interconnects',
      'Cryogenic CMOS control for spin qubits',
      'Photonic quantum networks between metropolitan nodes',
      'Wide-bandgap power devices for electric mobility',
    ]);
    // A partner-side organisation is never a lead organisation: found through team members only.
    const cedarRidge = titled('Solid-state batteries for grid-scale storage').team.nodes.find((m) => m.side === 'PARTNER')!
      .organization;
    expect(cedarRidge.nameEn).toBe('Demo: Cedar Ridge National Laboratory');
    const cedarTitles = await filtered({ organizationId: cedarRidge.id });
    expect(cedarTitles).toContain('Solid-state batteries for grid-scale storage');
    expect(cedarTitles).not.toContain('Error-tolerant quantum memories across continents');
    expect(cedarTitles).toHaveLength(
      all.filter((p) => p.team.nodes.some((m) => m.organization.id === cedarRidge.id)).length,
    );
  });

  it('filters by researcher in any role, and combines filters', async () => {
    const minegishi = titled('Embodied AI for assistive robots').pi!.researcher;
    expect(minegishi.nameEn).toBe('Kanon Minegishi');
    expect(await filtered({ researcherId: minegishi.id })).toEqual([
      'Chiplet integration with photonic interconnects', // young traveller
      'Embodied AI for assistive robots', // PI
      'Smart greenhouse phenotyping with bio-sensors', // PI
    ]);
    expect(await filtered({ researcherId: minegishi.id, status: ['DRAFT', 'ADOPTED'] })).toEqual([
      'Chiplet integration with photonic interconnects',
      'Smart greenhouse phenotyping with bio-sensors',
    ]);
    expect(await filtered({ researcherId: minegishi.id, callId: await globalId('call', 'FY2023-SOLO-TOP') })).toEqual([]);
  });

  it('refuses an id of the wrong type in a filter', async () => {
    const callId = await globalId('call', 'FY2026-SOLO-TOP');
    const response = await server.graphql(`query($id: ID!) { proposals(filter: { fieldId: $id }) { totalCount } }`, {
      id: callId,
    });
    expect(response.data?.proposals ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/ResearchField/);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A global id of the right type around something that is not a row id is refused too.
    const madeUp = Buffer.from('Researcher:not-a-uuid').toString('base64');
    const refused = await server.graphql(`query($id: ID!) { proposals(filter: { researcherId: $id }) { totalCount } }`, {
      id: madeUp,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('node(id:)', () => {
  it('round-trips proposals, team members, budget lines, decisions and attestations', async () => {
    const proposal = titled('AI-native networks for disaster resilience');
    const { node } = await ok(
      `query($id: ID!) { node(id: $id) { id ... on Proposal {
        titleEn budget { lines { id fiscalYear purpose } } decisions { id stage } researchSecurityAttestations { id }
      } } }`,
      { id: proposal.id },
    );
    expect(node).toMatchObject({ id: proposal.id, titleEn: proposal.titleEn });

    const member = proposal.team.nodes[1]!;
    const line = node.budget.lines[0];
    const decision = node.decisions[0];
    const attestation = node.researchSecurityAttestations[0];
    const again = await ok(
      `query($ids: [ID!]!) { nodes(ids: $ids) {
        id __typename
        ... on TeamMember { role researcher { nameEn } proposal { titleEn } }
        ... on BudgetLine { fiscalYear purpose proposal { titleEn } }
        ... on Decision { stage result proposal { titleEn } }
        ... on ResearchSecurityAttestation { organization { nameEn } proposal { titleEn } }
      } }`,
      { ids: [member.id, line.id, decision.id, attestation.id] },
    );
    expect(again.nodes).toEqual([
      {
        id: member.id,
        __typename: 'TeamMember',
        role: 'CO_PI',
        researcher: { nameEn: 'Wataru Higurashi' },
        proposal: { titleEn: proposal.titleEn },
      },
      { id: line.id, __typename: 'BudgetLine', fiscalYear: line.fiscalYear, purpose: line.purpose, proposal: { titleEn: proposal.titleEn } },
      { id: decision.id, __typename: 'Decision', stage: 'DOCUMENT_REVIEW', result: 'PASSED', proposal: { titleEn: proposal.titleEn } },
      {
        id: attestation.id,
        __typename: 'ResearchSecurityAttestation',
        organization: { nameEn: expect.stringMatching(/^Demo: /) },
        proposal: { titleEn: proposal.titleEn },
      },
    ]);
  });
});

describe('enums', () => {
  it('describe every value in the program’s words', async () => {
    const data = await ok(`{
      status: __type(name: "ProposalStatus") { enumValues { name description } }
      role: __type(name: "TeamRole") { enumValues { name description } }
      purpose: __type(name: "BudgetPurpose") { enumValues { name description } }
    }`);
    type Value = { name: string; description: string | null };
    for (const type of [data.status, data.role, data.purpose]) {
      expect(type.enumValues.every((v: Value) => (v.description ?? '').length > 10)).toBe(true);
    }
    const described = (values: Value[], name: string) => values.find((v) => v.name === name)?.description;
    expect(described(data.role.enumValues, 'PI')).toMatch(/研究代表者/);
    expect(described(data.role.enumValues, 'CO_PI')).toMatch(/主たる共同研究者/);
    expect(described(data.role.enumValues, 'UK_PROJECT_CO_LEAD')).toMatch(/PcL/);
    expect(described(data.purpose.enumValues, 'INVITATIONS')).toMatch(/Counts towards/);
    expect(described(data.purpose.enumValues, 'EQUIPMENT')).toMatch(/Does not count/);
  });
});

describe('no N+1', () => {
  const PAGE = `query($first: Int!) {
    proposals(first: $first) {
      nodes {
        title status call { code } field { code } leadOrganization { nameEn } partnerCountries { code }
        pi { researcher { nameEn } }
        budget { directCostYen indirectCostYen totalCostYen networkAndYouthShare }
        team(first: 10) { nodes { role researcher { nameEn organization { nameEn } } } }
      }
    }
  }`;
  const CALLS = `query($calls: Int!, $proposals: Int!) {
    calls(first: $calls) {
      nodes { proposals(first: $proposals) { nodes { team(first: 10) { nodes { researcher { organization { nameEn } } } } } } }
    }
  }`;

  async function statements(query: string, variables: Record<string, unknown>) {
    const counter = server.countQueries();
    const data = await ok(query, variables);
    counter.stop();
    return { count: counter.count, data };
  }

  it('lists 5 or 40 proposals with teams, PIs and budgets in the same number of statements', async () => {
    const small = await statements(PAGE, { first: 5 });
    const large = await statements(PAGE, { first: 40 });
    expect(small.data.proposals.nodes).toHaveLength(5);
    expect(large.data.proposals.nodes).toHaveLength(40);
    expect(large.data.proposals.nodes.every((p: { pi: unknown }) => p.pi !== null)).toBe(true);
    console.info(`proposals page: ${small.count} statements for 5, ${large.count} for 40`);
    expect(large.count).toBe(small.count);
  });

  it('lists calls → proposals → teams → organisations in the same number of statements for 2×2 as for 14×20', async () => {
    const small = await statements(CALLS, { calls: 2, proposals: 2 });
    const large = await statements(CALLS, { calls: 14, proposals: 20 });
    type Page = { calls: { nodes: { proposals: { nodes: { team: { nodes: unknown[] } }[] } }[] } };
    const proposals = (data: Page) => data.calls.nodes.flatMap((c) => c.proposals.nodes);
    expect(proposals(small.data as Page)).toHaveLength(4);
    expect(proposals(large.data as Page)).toHaveLength(41);
    expect(proposals(large.data as Page).flatMap((p) => p.team.nodes).length).toBeGreaterThan(150);
    console.info(`calls → proposals → teams: ${small.count} statements for 2×2, ${large.count} for 14×20`);
    expect(large.count).toBe(small.count);
  });
});
