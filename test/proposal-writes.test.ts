// Writing proposals through the API against the real database: drafts, the program's rules at
// submission, the review's state machine, adoption, tenancy, versions, bad input and the audit trail.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gid, rowId } from './support/writes.js';
import { createTestServer, type TestServer } from './support/server.js';

let server: TestServer;
const prisma = () => server.db.prisma;
const DAY = 86_400_000;

/** Ids of demo records the tests build proposals from. */
let ids: {
  call: string;
  field: string;
  otherField: string;
  gb: string;
  cn: string;
  orgA: string;
  orgB: string;
  foreignOrg: string;
  student: string;
  partnerPi: string;
  otherInstitutionOrg: string;
};
let institution: Record<string, string>;

/** An open FY2026 solo Top call like the real one, so that submission can succeed today. */
async function openCall(code: string, overrides: Record<string, unknown> = {}) {
  const template = await prisma().call.findUniqueOrThrow({
    where: { code: 'FY2026-SOLO-TOP' },
    include: { fields: true, countries: true },
  });
  const { id: _id, createdAt: _c, updatedAt: _u, version: _v, fields, countries, ...columns } = template;
  const now = Date.now();
  const call = await prisma().call.create({
    data: {
      ...columns,
      code,
      ...overrides,
      fields: { create: fields.map((f) => ({ fieldId: f.fieldId })) },
      countries: { create: countries.map((c) => ({ countryId: c.countryId })) },
      milestones: {
        create: [
          { kind: 'CALL_OPENS', startsAt: new Date(now - DAY), timeZone: 'Asia/Tokyo' },
          { kind: 'SUBMISSION_DEADLINE', startsAt: new Date(now + 30 * DAY), timeZone: 'Asia/Tokyo' },
        ],
      },
    },
  });
  return call.id;
}

/** Submissions to a call have closed: its deadline moves into the past. */
async function closeCall(callId: string) {
  await prisma().callMilestone.updateMany({ where: { callId, kind: 'SUBMISSION_DEADLINE' }, data: { startsAt: new Date(Date.now() - 3600_000) } });
}

beforeAll(async () => {
  server = await createTestServer();
  const p = prisma();
  const inJapan = await p.organization.findMany({
    where: { country: { code: 'JP' }, researchers: { some: { careerStage: 'RESEARCHER' } } },
    include: { researchers: { orderBy: { id: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  const [orgA, orgB, orgC] = inJapan;
  const foreign = await p.organization.findFirstOrThrow({ where: { country: { code: 'GB' }, researchers: { some: {} } }, include: { researchers: true } });
  const student = await p.researcher.findFirstOrThrow({ where: { careerStage: 'DOCTORAL_STUDENT', organization: { country: { code: 'JP' } } } });
  const fields = await p.researchField.findMany({ orderBy: { sortOrder: 'asc' } });
  ids = {
    call: await openCall('TEST-OPEN-TOP'),
    field: fields.find((f) => f.code === 'QUANTUM')!.id,
    otherField: fields.find((f) => f.code === 'AI')!.id,
    gb: (await p.country.findUniqueOrThrow({ where: { code: 'GB' } })).id,
    cn: (await p.country.create({ data: { code: 'CN', nameEn: 'China', nameJa: '中国' } })).id,
    orgA: orgA!.id,
    orgB: orgB!.id,
    foreignOrg: foreign.id,
    student: student.id,
    partnerPi: foreign.researchers[0]!.id,
    otherInstitutionOrg: orgC!.id,
  };
  institution = await server.headersFor({ role: 'INSTITUTION', organizationId: ids.orgA });
});
afterAll(() => server.close());
beforeEach(async () => {
  await newApplicants();
});

const PROPOSAL = 'id status version submittedAt decidedAt titleEn plannedPeriodMonths project { id startsOn endsOn } ruleCheck { ok errors { code } warnings { code } }';
const PAYLOAD = `userErrors { field message code } warnings { code message }`;

/**
 * Researchers of their own for one proposal: the FY2026 rules on duplicate applications and
 * ongoing projects look at every other proposal of a PI or Co-PI, so each test brings new ones.
 */
let people = { pi: '', coPi: '' };
async function newApplicants() {
  const make = (organizationId: string, nameEn: string) =>
    prisma().researcher.create({ data: { nameEn, careerStage: 'RESEARCHER', degreeYear: 2000, organizationId } });
  people = { pi: (await make(ids.orgA, 'Test PI')).id, coPi: (await make(ids.orgB, 'Test Co-PI')).id };
  return people;
}

/** A proposal that keeps every rule of the FY2026 Top call, led by the latest newApplicants(). */
function validInput(overrides: Record<string, unknown> = {}) {
  return {
    callId: gid('Call', ids.call),
    fieldId: gid('ResearchField', ids.field),
    titleEn: 'Quantum networks across Japan and the UK',
    plannedPeriodMonths: 60,
    partnerCountryIds: [gid('Country', ids.gb)],
    team: [
      { researcherId: gid('Researcher', people.pi), role: 'PI' },
      { researcherId: gid('Researcher', people.coPi), role: 'CO_PI' },
      // Another organisation's student: the application declares the stage (their record is not the applicant's to read).
      { researcherId: gid('Researcher', ids.student), role: 'YOUNG_TRAVELLER', travelsToPartner: true, organizationId: gid('Organization', ids.orgA), careerStage: 'DOCTORAL_STUDENT' },
      {
        researcherId: gid('Researcher', ids.partnerPi),
        role: 'PARTNER_PI',
        letterOfIntent: { receivedOn: '2026-11-01', program: 'EPSRC Quantum Networks', reference: 'EP/X000001/1' },
      },
    ],
    budget: [
      { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '100000000' },
      { fiscalYear: 2027, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '150000000' },
      { fiscalYear: 2027, purpose: 'EQUIPMENT', directCost: '80000000' },
    ],
    researchSecurityAttestations: [ids.orgA, ids.orgB].map((org) => ({
      organizationId: gid('Organization', org),
      attestedAt: '2026-11-01T10:00:00+09:00',
      attestedByName: 'Research office',
    })),
    ...overrides,
  };
}

interface Payload {
  proposal: null | {
    id: string;
    status: string;
    version: number;
    titleEn: string;
    submittedAt: string | null;
    decidedAt: string | null;
    project: { id: string; startsOn: string; endsOn: string } | null;
    ruleCheck: { ok: boolean; errors: { code: string }[]; warnings: { code: string }[] };
  };
  userErrors: { field: string[]; message: string; code: string }[];
  warnings: { code: string }[];
}

async function mutate(name: string, inputType: string, input: Record<string, unknown>, headers: Record<string, string> = institution) {
  const res = await server.graphql<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { proposal { ${PROPOSAL} } ${PAYLOAD} } }`,
    { input },
    headers,
  );
  return { ...res, payload: res.data?.[name] };
}

const create = (input: Record<string, unknown>, headers?: Record<string, string>) => mutate('createProposal', 'CreateProposalInput', input, headers);
const update = (input: Record<string, unknown>, headers?: Record<string, string>) => mutate('updateProposal', 'UpdateProposalInput', input, headers);
const submit = (proposal: { id: string; version: number }, headers?: Record<string, string>) =>
  mutate('submitProposal', 'SubmitProposalInput', { id: proposal.id, version: proposal.version }, headers);
const decide = (proposal: { id: string; version: number }, stage: string, result: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  mutate('decideProposal', 'DecideProposalInput', { id: proposal.id, version: proposal.version, stage, result, ...extra }, headers);

async function draft(input?: Record<string, unknown>) {
  const { payload } = await create(input ?? validInput());
  expect(payload?.userErrors).toEqual([]);
  return payload!.proposal!;
}

const codes = (payload: Payload | undefined) => payload?.userErrors.map((e) => e.code);

/** What a refused write must leave untouched. */
async function snapshot() {
  const p = prisma();
  return {
    events: await p.changeEvent.count(),
    proposals: await p.proposal.findMany({ orderBy: { id: 'asc' } }),
    team: await p.teamMember.count(),
    budget: await p.budgetLine.count(),
    projects: await p.project.findMany({ orderBy: { id: 'asc' } }),
  };
}

async function expectUnchanged<T>(write: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await write();
  expect(await snapshot()).toEqual(before);
  return result;
}

describe('drafts', () => {
  it('an institution drafts, edits and submits a proposal that keeps every rule', async () => {
    const created = await draft();
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, ruleCheck: { ok: true, errors: [], warnings: [] } });
    const lead = await prisma().proposal.findUniqueOrThrow({ where: { id: rowId(created.id) } });
    expect(lead.leadOrganizationId).toBe(ids.orgA);

    const { payload: edited } = await update({ id: created.id, version: 1, titleEn: 'Quantum repeaters', abstractEn: 'Entanglement over 100 km.' });
    expect(edited?.userErrors).toEqual([]);
    expect(edited?.proposal).toMatchObject({ version: 2, titleEn: 'Quantum repeaters', plannedPeriodMonths: 60 });

    const { payload: sent } = await submit(edited!.proposal!);
    expect(sent?.userErrors).toEqual([]);
    expect(sent?.proposal).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(sent?.proposal?.submittedAt).not.toBeNull();

    const { payload: again } = await update({ id: created.id, version: 3, titleEn: 'Too late' });
    expect(codes(again)).toEqual(['NOT_EDITABLE']);
    const { payload: twice } = await submit(sent!.proposal!);
    expect(codes(twice)).toEqual(['INVALID_TRANSITION']);
    await withdraw(sent!.proposal!);
  });

  it('answers with the row the write left, reading again only for what the transaction did not hold', async () => {
    const created = await draft();
    const statementsAfterCommit = async (selection: string, version: number, titleEn: string) => {
      const counter = server.countQueries();
      const res = await server.graphql<Record<string, Payload>>(
        `mutation($input: UpdateProposalInput!) { updateProposal(input: $input) { proposal { ${selection} } userErrors { code } } }`,
        { input: { id: created.id, version, titleEn } },
        institution,
      );
      counter.stop();
      const committed = counter.statements.findIndex((sql) => sql.includes('COMMIT'));
      // What is read of the proposal's own row after commit (the institution's visibility check reads ids only).
      const after = counter.statements.slice(committed + 1).filter((sql) => sql.includes('"Proposal"."version"'));
      return { proposal: res.data?.updateProposal?.proposal, after };
    };
    // Columns only: the row the UPDATE returned.
    const columns = await statementsAfterCommit('id version titleEn status', 1, 'Held');
    expect(columns.proposal).toEqual({ id: created.id, version: 2, titleEn: 'Held', status: 'DRAFT' });
    expect(columns.after).toEqual([]);
    // A relation: one read after commit, with the columns and the relation together.
    const related = await statementsAfterCommit('version titleEn call { code }', 2, 'Read');
    expect(related.proposal).toEqual({ version: 3, titleEn: 'Read', call: { code: expect.any(String) } });
    expect(related.after).toHaveLength(1);
  });

  it('saves a draft that breaks rules, and says which at submission', async () => {
    const bare = await draft({ callId: gid('Call', ids.call), fieldId: gid('ResearchField', ids.field), titleEn: 'An idea' });
    expect(bare.ruleCheck.ok).toBe(false);
    expect(bare.ruleCheck.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['PARTNER_COUNTRY_REQUIRED', 'PI_REQUIRED', 'PARTNER_PI_REQUIRED']));
    const { payload } = await expectUnchanged(() => submit(bare));
    expect(codes(payload)).toEqual(expect.arrayContaining(['PARTNER_COUNTRY_REQUIRED', 'PI_REQUIRED', 'YOUNG_TRAVELLER_REQUIRED', 'PARTNER_PI_REQUIRED']));
    expect(payload?.proposal).toBeNull();
  });

  // Built when the test runs: the ids come from the database.
  const breaking: [string, (valid: ReturnType<typeof validInput>) => Record<string, unknown>][] = [
    ['BUDGET_CAP_EXCEEDED', (valid) => ({ budget: [...valid.budget, { fiscalYear: 2028, purpose: 'WORKSHOPS', directCost: '50000001' }] })],
    ['PERIOD_OUT_OF_RANGE', (valid) => ({ plannedPeriodMonths: 61 })],
    ['PI_REQUIRED', (valid) => ({ team: valid.team.filter((m) => m.role !== 'PI') })],
    ['PI_NOT_IN_JAPAN', (valid) => ({ team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, organizationId: gid('Organization', ids.foreignOrg) } : m)) })],
    ['YOUNG_TRAVELLER_REQUIRED', (valid) => ({ team: valid.team.filter((m) => m.role !== 'YOUNG_TRAVELLER') })],
    ['PARTNER_PI_REQUIRED', (valid) => ({ team: valid.team.filter((m) => m.role !== 'PARTNER_PI') })],
    ['LETTER_OF_INTENT_REQUIRED', (valid) => ({ team: valid.team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, letterOfIntent: null } : m)) })],
    ['RESEARCH_SECURITY_ATTESTATION_REQUIRED', (valid) => ({ researchSecurityAttestations: valid.researchSecurityAttestations.slice(0, 1) })],
    ['FIELD_NOT_ELIGIBLE', (valid) => ({ fieldId: null })],
    ['PARTNER_COUNTRY_NOT_ELIGIBLE', (valid) => ({ partnerCountryIds: [gid('Country', ids.gb), gid('Country', ids.cn)] })],
    ['PARTNER_COUNTRY_REQUIRED', (valid) => ({ partnerCountryIds: [] })],
  ];

  it.each(breaking)('refuses submission with %s and changes nothing', async (code, overrides) => {
    const input = validInput(overrides(validInput()));
    if (code === 'FIELD_NOT_ELIGIBLE') {
      // The open call admits one field only, so another is not eligible.
      await prisma().callField.deleteMany({ where: { callId: ids.call, fieldId: ids.otherField } });
      input.fieldId = gid('ResearchField', ids.otherField);
    }
    const proposal = await draft(input);
    expect(proposal.ruleCheck.errors.map((e) => e.code)).toContain(code);
    const { payload } = await expectUnchanged(() => submit(proposal));
    expect(codes(payload)).toContain(code);
    await withdraw(proposal);
  });

  it('returns guidelines as warnings that do not block', async () => {
    const heavy = validInput({
      team: validInput().team.map((m) => (m.role === 'CO_PI' ? { ...m, organizationId: gid('Organization', ids.orgA) } : m)),
      budget: [
        { fiscalYear: 2026, purpose: 'EQUIPMENT', directCost: '200000000' },
        { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '100000000' },
      ],
      researchSecurityAttestations: validInput().researchSecurityAttestations.slice(0, 1),
    });
    const proposal = await draft(heavy);
    expect(proposal.ruleCheck).toMatchObject({ ok: true, errors: [] });
    const { payload } = await submit(proposal);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.warnings.map((w) => w.code).sort()).toEqual(['CO_PI_SAME_ORGANIZATION', 'NETWORK_SHARE_BELOW_GUIDELINE']);
    await withdraw(payload!.proposal!);
  });

  it('refuses a second FY2026 solo application of the same PI (DUPLICATE_APPLICATION)', async () => {
    const first = await draft();
    const { payload: sent } = await submit(first);
    expect(sent?.userErrors).toEqual([]);
    const second = await draft(validInput({ titleEn: 'Another one' }));
    const { payload } = await expectUnchanged(() => submit(second));
    // Both the PI and the Co-PI are on the first.
    expect(codes(payload)).toEqual(['DUPLICATE_APPLICATION', 'DUPLICATE_APPLICATION']);
    // Withdrawn proposals do not count.
    await withdraw(sent!.proposal!);
    expect((await submit(second)).payload?.userErrors).toEqual([]);
    await withdraw({ ...second, version: second.version + 1 });
  });

  it('applies the ongoing-project table to the PI (ONGOING_PROJECT_CONFLICT)', async () => {
    const leader = await prisma().teamMember.findFirstOrThrow({
      where: { role: 'PI', leftOn: null, proposal: { call: { kind: 'JOINT' }, project: { status: 'ACTIVE' } }, organization: { country: { code: 'JP' } } },
    });
    const headers = await server.headersFor({ role: 'INSTITUTION', organizationId: leader.organizationId });
    const input = validInput({
      team: validInput().team.map((m) => (m.role === 'PI' ? { researcherId: gid('Researcher', leader.researcherId), role: 'PI' } : m)),
      researchSecurityAttestations: [leader.organizationId, ids.orgB].map((org) => ({ organizationId: gid('Organization', org), attestedAt: '2026-11-01T00:00:00Z', attestedByName: 'Office' })),
    });
    const { payload: created } = await create(input, headers);
    const { payload } = await submit(created!.proposal!, headers);
    expect(codes(payload)).toEqual(['ONGOING_PROJECT_CONFLICT']);
  });

  it('holds a cap on the total with 30% indirect where a call sets only that (TOTAL_BUDGET_CAP_EXCEEDED)', async () => {
    // ¥330,000,000 direct is ¥429,000,000 with indirect: over a ¥400,000,000 total cap.
    const callId = await openCall('TEST-TOTAL-CAP', { maxDirectCostYen: null, maxTotalCostYen: 400_000_000n });
    const proposal = await draft(validInput({ callId: gid('Call', callId) }));
    const { payload } = await expectUnchanged(() => submit(proposal));
    expect(codes(payload)).toEqual(['TOTAL_BUDGET_CAP_EXCEEDED']);
  });

  it('refuses any submission after the deadline (SUBMISSION_CLOSED)', async () => {
    const callId = await openCall('TEST-CLOSED-TOP');
    const proposal = await draft(validInput({ callId: gid('Call', callId) }));
    await closeCall(callId);
    const { payload } = await expectUnchanged(() => submit(proposal));
    expect(codes(payload)).toEqual(['SUBMISSION_CLOSED']);
  });
});

async function withdraw(proposal: { id: string; version: number }) {
  const { payload } = await mutate('withdrawProposal', 'WithdrawProposalInput', { id: proposal.id, version: proposal.version });
  expect(payload?.userErrors).toEqual([]);
  expect(payload?.proposal?.status).toBe('WITHDRAWN');
}


describe('bad input changes nothing', () => {
  it('refuses ids that name nothing, with the path of each', async () => {
    const missing = gid('Researcher', '00000000-0000-7000-8000-000000000000');
    const input = validInput({ team: [...validInput().team, { researcherId: missing, role: 'STUDENT' }] });
    const { payload } = await expectUnchanged(() => create(input));
    expect(payload?.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['team', '4', 'researcherId'], message: 'No researcher with this id.' }]);
  });

  it('refuses a wrong-typed or malformed id, an unknown enum value, too long a title and negative money as BAD_USER_INPUT', async () => {
    const cases: Record<string, unknown>[] = [
      validInput({ fieldId: gid('Country', ids.gb) }),
      validInput({ callId: 'not-an-id' }),
      validInput({ titleEn: 'x'.repeat(501) }),
      validInput({ budget: [{ fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '-1' }] }),
      validInput({ budget: [{ fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '1000000000001' }] }),
      validInput({ plannedPeriodMonths: 0 }),
    ];
    for (const input of cases) {
      const res = await expectUnchanged(() => create(input));
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    }
    const badEnum = await expectUnchanged(() => create(validInput({ team: [{ researcherId: gid('Researcher', people.pi), role: 'DEAN' }] })));
    expect(badEnum.errors?.[0]).toMatchObject({ message: expect.stringMatching(/DEAN/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses the same researcher twice, two PIs, and the same budget line twice', async () => {
    const pi = { researcherId: gid('Researcher', people.pi), role: 'PI' };
    const twice = await expectUnchanged(() => create(validInput({ team: [pi, { ...pi, role: 'CO_PI' }] })));
    expect(codes(twice.payload)).toEqual(['ALREADY_EXISTS']);
    const twoPis = await expectUnchanged(() => create(validInput({ team: [pi, { researcherId: gid('Researcher', people.coPi), role: 'PI' }] })));
    expect(codes(twoPis.payload)).toEqual(['PI_REQUIRED']);
    const line = { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '1' };
    const lines = await expectUnchanged(() => create(validInput({ budget: [line, line] })));
    expect(lines.payload?.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['budget', '1'], message: 'This fiscal year and purpose is listed twice.' }]);
  });

  it('refuses an update based on an old version (VERSION_CONFLICT), and one of two concurrent updates', async () => {
    const proposal = await draft();
    expect((await update({ id: proposal.id, version: 1, titleEn: 'First' })).payload?.userErrors).toEqual([]);
    const stale = await expectUnchanged(() => update({ id: proposal.id, version: 1, titleEn: 'Second' }));
    expect(codes(stale.payload)).toEqual(['VERSION_CONFLICT']);

    const racing = await Promise.all(['A', 'B'].map((t) => update({ id: proposal.id, version: 2, titleEn: t })));
    expect(racing.map((r) => codes(r.payload)).sort()).toEqual([[], ['VERSION_CONFLICT']]);
    const stored = await prisma().proposal.findUniqueOrThrow({ where: { id: rowId(proposal.id) } });
    expect(stored.version).toBe(3);
    const winner = racing.find((r) => r.payload?.userErrors.length === 0)!;
    expect(stored.titleEn).toBe(winner.payload!.proposal!.titleEn);
  });
});

describe('tenancy', () => {
  it("hides another institution's proposal (NOT_FOUND) and lets a Co-PI's organisation see but not change it", async () => {
    const proposal = await draft();
    const other = await server.headersFor({ role: 'INSTITUTION', organizationId: ids.otherInstitutionOrg });
    const hidden = await expectUnchanged(() => update({ id: proposal.id, version: 1, titleEn: 'Mine now' }, other));
    expect(codes(hidden.payload)).toEqual(['NOT_FOUND']);
    const coPiOrg = await server.headersFor({ role: 'INSTITUTION', organizationId: ids.orgB });
    const visible = await expectUnchanged(() => update({ id: proposal.id, version: 1, titleEn: 'Ours' }, coPiOrg));
    expect(codes(visible.payload)).toEqual(['NOT_PERMITTED']);
  });

  it('refuses anonymous writes, institutions drafting for another organisation, and agencies on solo calls', async () => {
    const anonymous = await expectUnchanged(() => create(validInput(), { authorization: '' }));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forOther = await expectUnchanged(() => create(validInput({ leadOrganizationId: gid('Organization', ids.orgB) })));
    expect(codes(forOther.payload)).toEqual(['NOT_PERMITTED']);
    const bbsrc = await prisma().fundingAgency.findUniqueOrThrow({ where: { code: 'BBSRC' } });
    const agency = await server.headersFor({ role: 'AGENCY', agencyId: bbsrc.id });
    const solo = await expectUnchanged(() => create(validInput({ leadOrganizationId: gid('Organization', ids.orgA) }), agency));
    expect(codes(solo.payload)).toEqual(['NOT_PERMITTED']);
  });

  it('applicants cannot decide their own proposals', async () => {
    const proposal = await draft();
    const { payload } = await expectUnchanged(() => decide(proposal, 'DOCUMENT_REVIEW', 'PASSED', {}, institution));
    expect(codes(payload)).toEqual(['NOT_PERMITTED']);
  });
});

describe('review and adoption', () => {
  /** A proposal of its own open call, submitted; then the call closes and review begins. */
  async function inReview(code: string, input: Record<string, unknown> = {}, callOverrides: Record<string, unknown> = {}) {
    // Other tests' submissions of the same PI would count as duplicate applications.
    const callId = await openCall(code, { singleApplicationPerResearcher: false, ...callOverrides });
    const { payload } = await submit(await draft(validInput({ callId: gid('Call', callId), ...input })));
    expect(payload?.userErrors).toEqual([]);
    const early = await server.graphql(`mutation($c: ID!) { beginDocumentReview(input: { callId: $c }) { ${PAYLOAD} } }`, { c: gid('Call', callId) });
    expect(early.data?.beginDocumentReview.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_TRANSITION']);
    await closeCall(callId);
    const begun = await server.graphql(`mutation($c: ID!) { beginDocumentReview(input: { callId: $c }) { call { id } ${PAYLOAD} } }`, { c: gid('Call', callId) });
    expect(begun.data?.beginDocumentReview.userErrors).toEqual([]);
    const proposal = await prisma().proposal.findUniqueOrThrow({ where: { id: rowId(payload!.proposal!.id) } });
    expect(proposal.status).toBe('DOCUMENT_REVIEW');
    return { id: payload!.proposal!.id, version: proposal.version, callId };
  }

  it('moves through document review and interview to adoption, which creates the project', async () => {
    const proposal = await inReview('TEST-REVIEW-1');
    const early = await expectUnchanged(() => decide(proposal, 'FINAL', 'ADOPTED'));
    expect(codes(early.payload)).toEqual(['INVALID_TRANSITION']);
    const wrongResult = await expectUnchanged(() => decide(proposal, 'DOCUMENT_REVIEW', 'ADOPTED'));
    expect(codes(wrongResult.payload)).toEqual(['INVALID_TRANSITION']);

    const passed = (await decide(proposal, 'DOCUMENT_REVIEW', 'PASSED')).payload!;
    expect(passed.proposal).toMatchObject({ status: 'INTERVIEW' });
    const interviewed = (await decide(passed.proposal!, 'INTERVIEW', 'PASSED')).payload!;
    const adopted = (await decide(interviewed.proposal!, 'FINAL', 'ADOPTED', { project: { startsOn: '2026-12-01', endsOn: '2031-11-30' } })).payload!;
    expect(adopted.userErrors).toEqual([]);
    expect(adopted.proposal).toMatchObject({ status: 'ADOPTED', project: { startsOn: '2026-12-01', endsOn: '2031-11-30' } });
    expect(adopted.proposal?.decidedAt).not.toBeNull();
    const again = await expectUnchanged(() => withdrawRaw(adopted.proposal!));
    expect(codes(again)).toEqual(['INVALID_TRANSITION']);
  });

  it('a failed document review rejects the proposal with a final decision', async () => {
    const proposal = await inReview('TEST-REVIEW-2');
    const { payload } = await decide(proposal, 'DOCUMENT_REVIEW', 'FAILED', { note: 'Out of scope' });
    expect(payload?.proposal).toMatchObject({ status: 'REJECTED' });
    const decisions = await prisma().decision.findMany({ where: { proposalId: rowId(proposal.id) }, orderBy: { stage: 'asc' } });
    expect(decisions.map((d) => [d.stage, d.result])).toEqual([['DOCUMENT_REVIEW', 'FAILED'], ['FINAL', 'REJECTED']]);
  });

  it('a Co-PI of an ongoing project who is adopted leaves it, and it is flagged for re-review, in the same transaction', async () => {
    const ongoing = await prisma().teamMember.findFirstOrThrow({
      where: { role: 'CO_PI', leftOn: null, proposal: { project: { status: 'ACTIVE', reReviewRequired: false } }, organization: { country: { code: 'JP' } } },
      include: { proposal: { include: { project: true } } },
    });
    const team = validInput().team.map((m) => (m.role === 'CO_PI' ? { researcherId: gid('Researcher', ongoing.researcherId), role: 'CO_PI', organizationId: gid('Organization', ongoing.organizationId) } : m));
    const attestations = [ids.orgA, ongoing.organizationId].map((org) => ({ organizationId: gid('Organization', org), attestedAt: '2026-11-01T00:00:00Z', attestedByName: 'Office' }));
    const proposal = await inReview('TEST-REVIEW-3', { team, researchSecurityAttestations: attestations });
    const passed = (await decide(proposal, 'DOCUMENT_REVIEW', 'PASSED')).payload!.proposal!;
    const interviewed = (await decide(passed, 'INTERVIEW', 'PASSED')).payload!.proposal!;
    const { payload } = await decide(interviewed, 'FINAL', 'ADOPTED', { decidedAt: '2026-11-20T10:00:00+09:00', project: { startsOn: '2026-12-01', endsOn: '2031-11-30' } });
    expect(payload?.userErrors).toEqual([]);

    const left = await prisma().teamMember.findUniqueOrThrow({ where: { id: ongoing.id } });
    expect(left.leftOn?.toISOString().slice(0, 10)).toBe('2026-11-20');
    const flagged = await prisma().project.findUniqueOrThrow({ where: { id: ongoing.proposal.project!.id } });
    expect(flagged).toMatchObject({ reReviewRequired: true, version: ongoing.proposal.project!.version + 1 });
    expect(flagged.reReviewReason).toMatch(/TEST-REVIEW-3/);
    // One request, one transaction: its changes share the request id.
    const events = await prisma().changeEvent.findMany({ where: { recordId: { in: [left.id, flagged.id] } }, orderBy: { sequence: 'desc' }, take: 2 });
    expect(new Set(events.map((e) => e.requestId)).size).toBe(1);
  });

  it('refuses a second adoption of the same researcher among calls of a fiscal year with the rule', async () => {
    const rule = { singleApplicationPerResearcher: false, singleAdoptionPerResearcher: true };
    const first = await inReview('TEST-ADOPT-1', {}, rule);
    const second = await inReview('TEST-ADOPT-2', { titleEn: 'Second' }, rule);
    for (const proposal of [first, second]) {
      const passed = (await decide(proposal, 'DOCUMENT_REVIEW', 'PASSED')).payload!.proposal!;
      Object.assign(proposal, { version: (await decide(passed, 'INTERVIEW', 'PASSED')).payload!.proposal!.version });
    }
    const period = { project: { startsOn: '2026-12-01', endsOn: '2031-11-30' } };
    expect((await decide(first, 'FINAL', 'ADOPTED', period)).payload?.userErrors).toEqual([]);
    const { payload } = await expectUnchanged(() => decide(second, 'FINAL', 'ADOPTED', period));
    expect(codes(payload)).toEqual(['ADOPTION_LIMIT_EXCEEDED']);
  });
});

async function withdrawRaw(proposal: { id: string; version: number }) {
  return (await mutate('withdrawProposal', 'WithdrawProposalInput', { id: proposal.id, version: proposal.version })).payload;
}

describe('audit trail', () => {
  it('records who changed what and when, readable by staff only', async () => {
    const proposal = await draft();
    await update({ id: proposal.id, version: 1, titleEn: 'Renamed' });
    const query = `query($id: ID!) { auditTrail(recordId: $id) { events { action version occurredAt actor { name role organizationId } changes { field before after } } } }`;
    const { auditTrail } = await server.data(query, { id: proposal.id });
    expect(auditTrail.events.map((e: { action: string }) => e.action)).toEqual(['CREATE', 'UPDATE']);
    const [, renamed] = auditTrail.events;
    expect(renamed.actor).toEqual({ name: 'test INSTITUTION', role: 'INSTITUTION', organizationId: ids.orgA });
    expect(renamed.changes).toEqual([{ field: 'titleEn', before: JSON.stringify('Quantum networks across Japan and the UK'), after: JSON.stringify('Renamed') }]);
    const denied = await server.graphql(query, { id: proposal.id }, institution);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
