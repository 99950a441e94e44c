// Issue 12 over HTTP: a call created with only its kind, track and fiscal year enforces what
// DOMAIN.md says of them (src/domain/program-rules.ts), and the holes found are closed. Runs on
// PGlite, and on PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FY2025_UNDER_REVIEW } from '../src/db/seed/reference-data.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid, rowId } from './support/writes.js';

let server: TestServer;
const prisma = () => server.db.prisma;
const DAY = 86_400_000;
let staff: Record<string, string>;
let ids: { quantum: string; gb: string; de: string; orgA: string; orgB: string; ukOrg: string; deOrg: string; student: string; ukPi: string; dePi: string; ukStudent: string; jpCompanyResearcher: string };

const OPEN_NOW = () => [
  { kind: 'CALL_OPENS', startsAt: new Date(Date.now() - DAY).toISOString(), timeZone: 'Asia/Tokyo' },
  { kind: 'SUBMISSION_DEADLINE', startsAt: new Date(Date.now() + 30 * DAY).toISOString(), timeZone: 'Asia/Tokyo' },
];

interface UserError { field: string[]; code: string; message: string }
type Verdict = { ok: boolean; errors: { code: string; field: string[] }[]; warnings: { code: string }[] };

async function mutate<T = Record<string, any>>(name: string, input: Record<string, unknown>, selection: string, headers = staff) {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await server.graphql<Record<string, T & { userErrors: UserError[]; warnings: { code: string; field: string[] }[] }>>(
    `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} userErrors { field code message } warnings { code field } } }`,
    { input },
    headers,
  );
  expect(res.errors).toBeUndefined();
  return res.data![name]!;
}

let codeCounter = 0;
/** A call made over the API by staff with only kind, track and fiscal year, and the data any call has: fields, countries, schedule. */
async function createdCall(kind: 'SOLO' | 'JOINT', track: 'TOP' | 'RISING' | null, fiscalYear: number, extra: Record<string, unknown> = {}) {
  const code = `TEST-${kind}-${track ?? 'J'}-${fiscalYear}-${++codeCounter}`;
  const payload = await mutate(
    'createCall',
    {
      code, titleEn: code, kind, track, fiscalYear,
      eligibleFieldIds: [gid('ResearchField', ids.quantum)],
      eligibleCountryIds: [gid('Country', ids.gb)],
      milestones: OPEN_NOW(),
      ...extra,
    },
    'call { id }',
  );
  expect(payload.userErrors).toEqual([]);
  return payload.call.id as string;
}

let applicants = 0;
async function newPeople() {
  const make = (organizationId: string) => prisma().researcher.create({ data: { nameEn: `Applicant ${++applicants}`, careerStage: 'RESEARCHER', degreeYear: 2000, organizationId } });
  return { pi: (await make(ids.orgA)).id, coPi: (await make(ids.orgB)).id };
}

/** A proposal that keeps every rule of a FY2026 Top call, with researchers of its own. */
async function validInput(callId: string, overrides: Record<string, unknown> = {}) {
  const people = await newPeople();
  return {
    callId,
    leadOrganizationId: gid('Organization', ids.orgA),
    fieldId: gid('ResearchField', ids.quantum),
    titleEn: 'Quantum networks',
    plannedPeriodMonths: 60,
    partnerCountryIds: [gid('Country', ids.gb)],
    team: [
      { researcherId: gid('Researcher', people.pi), role: 'PI' },
      { researcherId: gid('Researcher', people.coPi), role: 'CO_PI' },
      { researcherId: gid('Researcher', ids.student), role: 'YOUNG_TRAVELLER', travelsToPartner: true, organizationId: gid('Organization', ids.orgA) },
      { researcherId: gid('Researcher', ids.ukPi), role: 'PARTNER_PI', letterOfIntent: { receivedOn: '2026-11-01', program: 'EPSRC', reference: 'EP/1' } },
    ],
    budget: [
      { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '100000000' },
      { fiscalYear: 2027, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '150000000' },
      { fiscalYear: 2027, purpose: 'EQUIPMENT', directCost: '80000000' },
    ],
    researchSecurityAttestations: [ids.orgA, ids.orgB].map((org) => ({ organizationId: gid('Organization', org), attestedAt: '2026-11-01T10:00:00+09:00', attestedByName: 'Research office' })),
    ...overrides,
  };
}

const PROPOSAL = 'proposal { id version status ruleCheck { ok errors { code field } warnings { code } skipped } }';

async function draft(input: Record<string, unknown>) {
  const payload = await mutate('createProposal', input, PROPOSAL);
  expect(payload.userErrors).toEqual([]);
  return payload.proposal as { id: string; version: number; ruleCheck: Verdict & { skipped: string[] } };
}

async function submitted(input: Record<string, unknown>) {
  const created = await draft(input);
  return mutate('submitProposal', { id: created.id, version: created.version }, PROPOSAL);
}

const errorCodes = (payload: { userErrors: UserError[] }) => payload.userErrors.map((e) => e.code);

beforeAll(async () => {
  server = await createTestServer();
  staff = await server.headersFor({ role: 'STAFF' });
  const p = prisma();
  const inJapan = await p.organization.findMany({ where: { country: { code: 'JP' } }, orderBy: { id: 'asc' }, take: 2 });
  const ukOrg = await p.organization.findFirstOrThrow({ where: { country: { code: 'GB' } } });
  const de = await p.country.findUniqueOrThrow({ where: { code: 'DE' } });
  const deOrg = await p.organization.create({ data: { nameEn: 'Test Institut', kind: 'RESEARCH_INSTITUTE', countryId: de.id } });
  const student = await p.researcher.findFirstOrThrow({ where: { careerStage: 'DOCTORAL_STUDENT', organization: { country: { code: 'JP' } } } });
  const researcher = (nameEn: string, organizationId: string, careerStage: 'RESEARCHER' | 'DOCTORAL_STUDENT' = 'RESEARCHER') =>
    p.researcher.create({ data: { nameEn, careerStage, degreeYear: careerStage === 'RESEARCHER' ? 1995 : null, organizationId } });
  ids = {
    quantum: (await p.researchField.findUniqueOrThrow({ where: { code: 'QUANTUM' } })).id,
    gb: (await p.country.findUniqueOrThrow({ where: { code: 'GB' } })).id,
    de: de.id,
    orgA: inJapan[0]!.id,
    orgB: inJapan[1]!.id,
    ukOrg: ukOrg.id,
    deOrg: deOrg.id,
    student: student.id,
    ukPi: (await researcher('UK Partner PI', ukOrg.id)).id,
    dePi: (await researcher('DE Partner PI', deOrg.id)).id,
    ukStudent: (await researcher('UK doctoral student', ukOrg.id, 'DOCTORAL_STUDENT')).id,
    jpCompanyResearcher: (await researcher('Researcher of a Japanese company', inJapan[1]!.id)).id,
  };
});
afterAll(() => server?.close());

describe('a call created with only kind, track and fiscal year', () => {
  let top2026: string;
  beforeAll(async () => {
    top2026 = await createdCall('SOLO', 'TOP', 2026);
  });

  it("answers the program's rules for FY2026 Top, each from the program", async () => {
    const { node } = await server.data<{ node: { rules: Record<string, unknown> & { sources: { rule: string; source: string; reference: string }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Call { rules { maxDirectCostYen maxTotalCostYen indirectRatePercent minPeriodMonths maxPeriodMonths
        networkShareGuidelinePercent youngResearcherYearsSinceDegree requiresYoungTraveller requiresPartnerLetterOfIntent requiresResearchSecurity
        singleApplicationPerResearcher appliesOngoingProjectRules singleAdoptionPerResearcher sources { rule source reference } } } } }`,
      { id: top2026 },
    );
    const { sources, ...rules } = node.rules;
    expect(rules).toEqual({
      maxDirectCostYen: '380000000', maxTotalCostYen: '500000000', indirectRatePercent: 30, minPeriodMonths: 60, maxPeriodMonths: 60,
      networkShareGuidelinePercent: 70, youngResearcherYearsSinceDegree: 15, requiresYoungTraveller: true, requiresPartnerLetterOfIntent: true,
      requiresResearchSecurity: true, singleApplicationPerResearcher: true, appliesOngoingProjectRules: true, singleAdoptionPerResearcher: true,
    });
    expect(new Set(sources.map((s) => s.source))).toEqual(new Set(['PROGRAM']));
    expect(sources.find((s) => s.rule === 'requiresResearchSecurity')!.reference).toContain('seed 000 L185');
  });

  it('accepts a proposal that keeps every rule', async () => {
    const payload = await submitted(await validInput(top2026));
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposal.status).toBe('SUBMITTED');
  });

  // One broken rule each; every one passed on such a call before (no caps, flags off).
  const broken: [string, (input: Record<string, any>) => Record<string, any>][] = [
    ['BUDGET_CAP_EXCEEDED', (i) => ({ ...i, budget: [...i.budget, { fiscalYear: 2028, purpose: 'WORKSHOPS', directCost: '50000001' }] })],
    ['PERIOD_OUT_OF_RANGE', (i) => ({ ...i, plannedPeriodMonths: 59 })],
    ['PERIOD_REQUIRED', (i) => ({ ...i, plannedPeriodMonths: null })],
    ['BUDGET_OUTSIDE_PERIOD', (i) => ({ ...i, budget: [...i.budget.slice(0, 2), { fiscalYear: 2032, purpose: 'EQUIPMENT', directCost: '80000000' }] })],
    ['LETTER_OF_INTENT_REQUIRED', (i) => ({ ...i, team: i.team.map((m: any) => (m.role === 'PARTNER_PI' ? { ...m, letterOfIntent: null } : m)) })],
    ['RESEARCH_SECURITY_ATTESTATION_REQUIRED', (i) => ({ ...i, researchSecurityAttestations: i.researchSecurityAttestations.slice(0, 1) })],
    ['YOUNG_TRAVELLER_REQUIRED', (i) => ({ ...i, team: i.team.filter((m: any) => m.role !== 'YOUNG_TRAVELLER') })],
  ];
  it.each(broken)('refuses %s at submission', async (code, breakIt) => {
    const payload = await submitted(breakIt(await validInput(top2026)));
    expect(errorCodes(payload)).toContain(code);
    expect(payload.proposal).toBeNull();
  });

  it('warns below the 70% guideline for networks and young researchers', async () => {
    const input = await validInput(top2026);
    const created = await draft({ ...input, budget: [...input.budget, { fiscalYear: 2028, purpose: 'EQUIPMENT', directCost: '50000000' }] });
    expect(created.ruleCheck.warnings.map((w) => w.code)).toEqual(['NETWORK_SHARE_BELOW_GUIDELINE']);
  });

  it('refuses a second FY2026 solo application by the same researcher (DUPLICATE_APPLICATION)', async () => {
    const input = await validInput(top2026);
    expect((await submitted(input)).userErrors).toEqual([]);
    const again = await submitted({ ...input, titleEn: 'Second' });
    expect(errorCodes(again)).toContain('DUPLICATE_APPLICATION');
  });

  it('tells what it skipped: the adoption limit is judged at adoption', async () => {
    const created = await draft(await validInput(top2026));
    expect(created.ruleCheck.skipped).toEqual(['ADOPTION_LIMIT_EXCEEDED']);
  });

  it('warns staff who state a rule against the table, and answers it as the call’s own', async () => {
    const payload = await mutate('createCall', { code: `TEST-CONTRA-${++codeCounter}`, titleEn: 'x', kind: 'SOLO', track: 'TOP', fiscalYear: 2026, requiresResearchSecurity: false, maxDirectCostYen: '380000000' }, 'call { rules { requiresResearchSecurity maxDirectCostYen sources { rule source } } }');
    expect(payload.userErrors).toEqual([]);
    expect(payload.warnings).toEqual([{ code: 'CALL_RULE_CONTRADICTS_PROGRAM', field: ['requiresResearchSecurity'] }]);
    expect(payload.call.rules.requiresResearchSecurity).toBe(false);
    const source = (rule: string) => payload.call.rules.sources.find((s: { rule: string }) => s.rule === rule).source;
    // The value equal to the table is not stored as the call's own.
    expect([source('requiresResearchSecurity'), source('maxDirectCostYen')]).toEqual(['CALL', 'PROGRAM']);
  });
});

describe('the holes of issue 12', () => {
  it('a joint call with no caps on record refuses ¥585,000,000 and 84 months', async () => {
    const joint = await createdCall('JOINT', null, 2025);
    const input = await validInput(joint, {
      plannedPeriodMonths: 84,
      team: (await validInput(joint)).team.map((m: any) => (m.role === 'PARTNER_PI' ? { ...m, letterOfIntent: null } : m)),
      budget: [
        { fiscalYear: 2025, purpose: 'WORKSHOPS', directCost: '300000000' },
        { fiscalYear: 2026, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '150000000' },
      ],
    });
    const payload = await submitted(input);
    expect(errorCodes(payload)).toEqual(expect.arrayContaining(['TOTAL_BUDGET_CAP_EXCEEDED', 'PERIOD_OUT_OF_RANGE']));
    // Seeded joint calls without caps on record get the same terms.
    const { call } = await server.data<{ call: { rules: { maxTotalCostYen: string; maxPeriodMonths: number; minPeriodMonths: number } } }>(
      '{ call(code: "FY2024-JOINT-US-BIO") { rules { maxTotalCostYen minPeriodMonths maxPeriodMonths } } }',
    );
    expect(call.rules).toEqual({ maxTotalCostYen: '500000000', minPeriodMonths: 36, maxPeriodMonths: 60 });
  });

  it('a Rising proposal with budget lines for six fiscal years is refused (BUDGET_OUTSIDE_PERIOD)', async () => {
    const rising = await createdCall('SOLO', 'RISING', 2026);
    const input = await validInput(rising, {
      plannedPeriodMonths: 36,
      budget: [2026, 2027, 2028, 2029, 2030, 2031].map((fiscalYear) => ({ fiscalYear, purpose: 'WORKSHOPS', directCost: '10000000' })),
    });
    const payload = await submitted(input);
    expect(payload.userErrors.filter((e) => e.code === 'BUDGET_OUTSIDE_PERIOD').map((e) => e.field)).toEqual([['budget', '4', 'fiscalYear'], ['budget', '5', 'fiscalYear']]);
  });

  it('a partner-side doctoral student who travels is not the young traveller', async () => {
    const call = await createdCall('SOLO', 'TOP', 2026);
    const input = await validInput(call);
    const team = [
      ...input.team.filter((m) => m.role !== 'YOUNG_TRAVELLER'),
      { researcherId: gid('Researcher', ids.ukStudent), role: 'INVITED_RESEARCHER', travelsToPartner: true },
    ];
    expect(errorCodes(await submitted({ ...input, team }))).toContain('YOUNG_TRAVELLER_REQUIRED');
  });

  it('every partner PI must be in an eligible country of the call', async () => {
    const call = await createdCall('SOLO', 'TOP', 2026);
    const input = await validInput(call);
    const team = [...input.team, { researcherId: gid('Researcher', ids.dePi), role: 'PARTNER_PI', letterOfIntent: { receivedOn: '2026-11-01', program: 'DFG' } }];
    const payload = await submitted({ ...input, team });
    expect(payload.userErrors).toContainEqual(expect.objectContaining({ code: 'PARTNER_PI_NOT_ELIGIBLE', field: ['team', '4', 'organizationId'] }));
  });

  it('addPartnerTeamMember refuses a researcher of a Japanese organisation as partner PI', async () => {
    const project = await prisma().project.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { id: 'asc' } });
    const payload = await mutate(
      'addPartnerTeamMember',
      { projectId: gid('Project', project.id), researcherId: gid('Researcher', ids.jpCompanyResearcher), role: 'PARTNER_PI', joinedOn: project.startsOn.toISOString().slice(0, 10), letterOfIntent: { receivedOn: '2026-01-01', program: 'x' } },
      'teamMember { id }',
    );
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'PARTNER_PI_NOT_ELIGIBLE', field: ['researcherId'] })]);
  });

  it('letters of intent: required on solo calls, not on joint calls, seeded or created', async () => {
    const created = await createdCall('JOINT', null, 2025);
    const solo = await createdCall('SOLO', 'RISING', 2025);
    const { a, b, c } = await server.data<Record<'a' | 'b' | 'c', { rules: { requiresPartnerLetterOfIntent: boolean } }>>(
      `query($joint: ID!, $solo: ID!) { a: node(id: $joint) { ... on Call { rules { requiresPartnerLetterOfIntent } } }
        b: call(code: "FY2025-JOINT-UK-AI") { rules { requiresPartnerLetterOfIntent } }
        c: node(id: $solo) { ... on Call { rules { requiresPartnerLetterOfIntent } } } }`,
      { joint: created, solo },
    );
    expect([a.rules, b.rules, c.rules].map((r) => r.requiresPartnerLetterOfIntent)).toEqual([false, false, true]);
  });

  it('the UK joint call wants an outgoing researcher on each side, and warns of a short stay', async () => {
    const uk = await prisma().call.findUniqueOrThrow({ where: { code: 'FY2024-JOINT-UK-BIO' }, include: { fields: true } });
    const input = await validInput(gid('Call', uk.id), {
      fieldId: gid('ResearchField', uk.fields[0]!.fieldId),
      plannedPeriodMonths: 36,
      budget: [{ fiscalYear: 2024, purpose: 'WORKSHOPS', directCost: '10000000' }],
    });
    const team = input.team.map((m) => (m.role === 'YOUNG_TRAVELLER' ? { ...m, plannedStayMonths: 3 } : m));
    const { ruleCheck } = await draft({ ...input, team });
    expect(ruleCheck.errors).toContainEqual({ code: 'OUTGOING_RESEARCHER_REQUIRED', field: ['team'] });
    expect(ruleCheck.warnings.map((w) => w.code)).toContain('YOUNG_TRAVELLER_STAY_SHORT');
    const both = team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, travelsToPartner: true } : m));
    expect((await draft({ ...input, team: both })).ruleCheck.errors.map((e) => e.code)).not.toContain('OUTGOING_RESEARCHER_REQUIRED');
  });

  it('FY2024: no one applies as PI twice across the year’s calls', async () => {
    const solo = await createdCall('SOLO', 'TOP', 2024);
    const joint = await createdCall('JOINT', null, 2024);
    const budget = [{ fiscalYear: 2024, purpose: 'WORKSHOPS', directCost: '100000000' }, { fiscalYear: 2025, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '150000000' }];
    const first = await validInput(solo, { budget, researchSecurityAttestations: [] });
    expect((await submitted(first)).userErrors).toEqual([]);
    const second = { ...first, callId: joint, plannedPeriodMonths: 36, team: first.team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, letterOfIntent: null } : m)) };
    expect(errorCodes(await submitted(second))).toEqual(['DUPLICATE_PI_APPLICATION']);
  });

  it('warns, never refuses, of an invited researcher from outside the partner team', async () => {
    const call = await createdCall('SOLO', 'TOP', 2026);
    const input = await validInput(call);
    const team = [...input.team, { researcherId: gid('Researcher', ids.dePi), role: 'INVITED_RESEARCHER' }];
    const payload = await submitted({ ...input, team });
    expect(payload.userErrors).toEqual([]);
    expect(payload.warnings.map((w) => w.code)).toContain('INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM');
  });

  it('refuses a document-review decision while the call still accepts submissions', async () => {
    const call = await createdCall('SOLO', 'TOP', 2026);
    const { proposal } = await submitted(await validInput(call));
    const payload = await mutate('decideProposal', { id: proposal.id, version: proposal.version, stage: 'DOCUMENT_REVIEW', result: 'PASSED' }, 'proposal { status }');
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect((await prisma().proposal.findUniqueOrThrow({ where: { id: rowId(proposal.id) } })).status).toBe('SUBMITTED');
  });
});

describe('reference data of the mid-term evaluation', () => {
  it('the FY2025 calls read as under review as of the report', async () => {
    const data = await server.data<{ calls: { nodes: { code: string; status: string }[] } }>(
      '{ calls(first: 50, filter: { fiscalYear: 2025 }) { nodes { code status(at: "2025-06-30T00:00:00Z") } } }',
    );
    const seeded = data.calls.nodes.filter((c) => FY2025_UNDER_REVIEW.callCodes.includes(c.code));
    expect(seeded.length).toBe(5);
    expect(new Set(seeded.map((c) => c.status))).toEqual(new Set(['DOCUMENT_REVIEW']));
  });

  it("the committee's grades and findings are readable by anyone", async () => {
    const res = await server.graphql<{ programEvaluations: { code: string; grades: { goal: number | null; grade: string }[]; findings: { kind: string; text: string }[] }[] }>(
      '{ programEvaluations { code reportedOn grades { goal aspect grade } findings { kind text } } }',
      undefined,
      { authorization: '' },
    );
    const [evaluation] = res.data!.programEvaluations;
    expect(evaluation!.code).toBe('MID_TERM_2025');
    expect(evaluation!.grades.map((g) => [g.goal, g.grade])).toEqual([[null, 'S'], [1, 'S'], [1, 'A'], [2, 'A'], [3, 'A'], [4, 'A']]);
    expect(evaluation!.findings.some((f) => f.kind === 'OBSERVATION' && f.text.includes('26%'))).toBe(true);
  });
});

describe('ruleCheck over a page (issue 11, defect 2)', () => {
  it('costs one set of queries per page, whatever its length', async () => {
    const query = 'query($n: Int!) { proposals(first: $n) { nodes { id ruleCheck { ok } } } }';
    const small = await server.statementsFor(query, { n: 2 });
    const large = await server.statementsFor(query, { n: 20 });
    console.log(`proposals { ruleCheck }: ${small} statements for 2, ${large} for 20`);
    expect(large).toBe(small);
  });
});
