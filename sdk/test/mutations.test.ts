// The SDK's writes against the real server on a free port, over a real database with the demo
// data: a typed method for every mutation, refusals as payloads or as exceptions, versions, bad
// input, and the proof that the SDK's copy of the rules judges a proposal as the server does.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type NewKey } from '../../src/auth/keys.js';
import type { Database } from '../../src/db/client.js';
import { createTestDatabase } from '../../test/support/database.js';
import { startHttpServer } from '../../test/support/http.js';
import { rowId } from '../../test/support/writes.js';
import {
  assertAccepted,
  createClient,
  GraphQLRequestError,
  MutationRefusedError,
  mutations,
  rules,
  TransportError,
  type AspireClient,
  type CreateProposalInput,
  type MutationMethods,
} from '../src/index.js';

const DAY = 86_400_000;

let db: Database;
let server: Awaited<ReturnType<typeof startHttpServer>>;

/** Every client.mutate method a test has called, to prove that none is left untried. */
const called = new Set<string>();

function recording(client: AspireClient): AspireClient {
  const mutate = new Proxy(client.mutate, {
    get(target, name, receiver) {
      if (typeof name === 'string') called.add(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
  return { ...client, mutate };
}

async function clientWith(key: Omit<NewKey, 'name'>): Promise<AspireClient> {
  const { key: apiKey } = await createApiKey(db.prisma, { name: `sdk ${key.role} ${randomUUID()}`, ...key });
  return recording(createClient({ url: server.url, apiKey }));
}

/** The database id inside a global id, which API keys are scoped by. */

let staff: AspireClient;
let admin: AspireClient;
let bbsrc: AspireClient;
let institution: AspireClient;

/** Global ids the tests build from: countries, fields, organisations, people and the open call. */
const ids = {
  jp: '', gb: '', ukri: '', quantum: '',
  orgA: '', orgB: '', gbOrg: '',
  student: '', partnerPi: '',
  openCall: '', openCallCode: '',
  /** Reference data an admin adds: a country and a field no FY2026 call lists. */
  cn: '', space: '',
};
/** The project adopted in the review test, which the institution owns. */
let adoptedProjectId = '';

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startHttpServer(db);
  staff = await clientWith({ role: 'STAFF' });
  admin = await clientWith({ role: 'ADMIN' });
  const { fundingAgency: bbsrcAgency } = await staff.fundingAgency({ code: 'BBSRC' });
  // BBSRC co-runs the FY2024 Japan–UK joint call.
  bbsrc = await clientWith({ role: 'AGENCY', agencyId: rowId(bbsrcAgency!.id) });
  const country = async (code: string) => (await staff.country({ code })).country!.id;
  ids.jp = await country('JP');
  ids.gb = await country('GB');
  ids.ukri = (await staff.fundingAgency({ code: 'UKRI' })).fundingAgency!.id;
  ids.quantum = (await staff.researchField({ code: 'QUANTUM' })).researchField!.id;

  const { organization: orgA } = assertAccepted(
    await staff.mutate.createOrganization({ nameEn: 'SDK University A', kind: 'UNIVERSITY', countryId: ids.jp }),
  );
  ids.orgA = orgA.id;
  institution = await clientWith({ role: 'INSTITUTION', organizationId: rowId(orgA.id) });
  const organization = async (nameEn: string, countryId: string) =>
    assertAccepted(await institution.mutate.createOrganization({ nameEn, kind: 'UNIVERSITY', countryId })).organization.id;
  ids.orgB = await organization('SDK University B', ids.jp);
  ids.gbOrg = await organization('SDK University of Leeds', ids.gb);
  const researcher = async (nameEn: string, careerStage: 'DOCTORAL_STUDENT' | 'RESEARCHER', organizationId: string) =>
    assertAccepted(await institution.mutate.createResearcher({ nameEn, careerStage, organizationId })).researcher.id;
  ids.student = await researcher('SDK Student', 'DOCTORAL_STUDENT', ids.orgA);
  ids.partnerPi = await researcher('SDK Partner PI', 'RESEARCHER', ids.gbOrg);

  ids.cn = assertAccepted(await admin.mutate.createCountry({ code: 'CN', nameEn: 'China', nameJa: '中国' })).country.id;
  ids.space = assertAccepted(
    await admin.mutate.createResearchField({
      code: 'SPACE',
      phases: [{ phase: 1, fromFiscalYear: 2026, nameEn: 'Space', nameJa: '宇宙', scopeEn: 'Space research', scopeJa: '宇宙研究' }],
    }),
  ).researchField.id;

  const open = await openCall('SDK-OPEN-TOP');
  ids.openCall = open.id;
  ids.openCallCode = open.code;
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/**
 * A call like FY2026-SOLO-TOP (caps, period, rules, eligible fields and countries) that opened
 * yesterday and closes in a month, so that submission can succeed today.
 */
async function openCall(code: string, overrides: Partial<Parameters<MutationMethods['createCall']>[0]> = {}) {
  const { call: template } = await staff.call({ code: 'FY2026-SOLO-TOP' });
  const now = Date.now();
  const { call } = assertAccepted(
    await staff.mutate.createCall({
      code,
      titleEn: `${code}: an open call for the SDK's tests`,
      kind: 'SOLO',
      track: 'TOP',
      // Caps, period and every rule are the program's for FY2026 Top (src/domain/program-rules.ts).
      fiscalYear: template!.fiscalYear,
      eligibleFieldIds: template!.fieldsInPhase.map((f) => f.field.id),
      eligibleCountryIds: template!.countries.map((c) => c.id),
      milestones: [
        { kind: 'CALL_OPENS', startsAt: new Date(now - DAY).toISOString(), timeZone: 'Asia/Tokyo' },
        { kind: 'SUBMISSION_DEADLINE', startsAt: new Date(now + 30 * DAY).toISOString(), timeZone: 'Asia/Tokyo' },
      ],
      ...overrides,
    }),
  );
  expect(call).toMatchObject({ code, version: 1, status: 'OPEN' });
  return call;
}

/**
 * A PI and a Co-PI of their own for one proposal: the FY2026 duplicate-application rule looks at
 * every other proposal of a PI or Co-PI.
 */
async function applicants(label: string) {
  const researcher = async (role: string, organizationId: string) =>
    assertAccepted(
      await institution.mutate.createResearcher({ nameEn: `${label} ${role}`, careerStage: 'RESEARCHER', degreeYear: 2000, organizationId }),
    ).researcher.id;
  return { pi: await researcher('PI', ids.orgA), coPi: await researcher('Co-PI', ids.orgB) };
}

/** A proposal to `callId` that keeps every rule of the FY2026 Top call. */
function validProposal(callId: string, people: { pi: string; coPi: string }) {
  return {
    callId,
    fieldId: ids.quantum,
    titleEn: 'Quantum networks across Japan and the UK',
    plannedPeriodMonths: 60,
    partnerCountryIds: [ids.gb],
    team: [
      { researcherId: people.pi, role: 'PI' },
      { researcherId: people.coPi, role: 'CO_PI' },
      { researcherId: ids.student, role: 'YOUNG_TRAVELLER', travelsToPartner: true },
      {
        researcherId: ids.partnerPi,
        role: 'PARTNER_PI',
        letterOfIntent: { receivedOn: '2026-11-01', program: 'EPSRC Quantum Networks', reference: 'EP/X000001/1' },
      },
    ],
    budget: [
      { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '100000000' },
      { fiscalYear: 2027, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: '150000000' },
      { fiscalYear: 2027, purpose: 'EQUIPMENT', directCost: '80000000' },
    ],
    researchSecurityAttestations: [ids.orgA, ids.orgB].map((organizationId) => ({
      organizationId,
      attestedAt: '2026-11-01T10:00:00+09:00',
      attestedByName: 'Research office',
    })),
  } satisfies CreateProposalInput;
}

type ValidProposal = ReturnType<typeof validProposal>;

/** A proposal as ProposalForRules reads it, with its call. */
async function readForRules(client: AspireClient, id: string) {
  const { node } = await client.proposalForRules({ id });
  if (node?.__typename !== 'Proposal') throw new Error(`No proposal ${id} for this key`);
  return node;
}

describe('reference data (ADMIN)', () => {
  it('adds and corrects countries, agencies, research fields, indicators and their actuals', async () => {
    const cn = (await admin.country({ code: 'CN' })).country!;
    const { country } = assertAccepted(await admin.mutate.updateCountry({ id: cn.id, version: cn.version, nameEn: 'China (PRC)' }));
    expect(country).toMatchObject({ code: 'CN', name: 'China (PRC)', nameJa: '中国', version: cn.version + 1 });

    const created = assertAccepted(
      await admin.mutate.createFundingAgency({ code: 'EPSRC', nameEn: 'Engineering and Physical Sciences Research Council', countryId: ids.gb, parentId: ids.ukri }),
    );
    expect(created.fundingAgency).toMatchObject({ code: 'EPSRC', version: 1, parent: { code: 'UKRI' }, country: { code: 'GB' } });
    const { fundingAgency } = assertAccepted(
      await admin.mutate.updateFundingAgency({ id: created.fundingAgency.id, version: 1, website: 'https://www.ukri.org/councils/epsrc/' }),
    );
    expect(fundingAgency).toMatchObject({ version: 2, website: 'https://www.ukri.org/councils/epsrc/' });

    const { researchField } = assertAccepted(await admin.mutate.updateResearchField({ id: ids.space, version: 1, sortOrder: 8 }));
    expect(researchField).toMatchObject({ code: 'SPACE', version: 2, phases: [{ phase: 1, fromFiscalYear: 2026, toFiscalYear: null, name: 'Space' }] });

    const { indicator } = assertAccepted(
      await admin.mutate.createIndicator({
        code: '2-9-sdk', goalNumber: 2, goalEn: 'International joint research', goalJa: '国際共同研究',
        nameEn: 'Co-authored papers', nameJa: '共著論文数', targetValue: 100, targetFiscalYear: 2027,
      }),
    );
    expect(indicator).toMatchObject({ code: '2-9-sdk', version: 1, targetValue: 100 });
    const reported = assertAccepted(
      await admin.mutate.createIndicatorActual({ indicatorId: indicator.id, value: 40, scopeEn: 'FY2026 projects', reportedOn: '2027-03-31' }),
    );
    // An actual is part of its indicator: the indicator's version moves with it.
    expect(reported.indicatorActual).toMatchObject({ value: 40, version: 1, indicator: { version: 2, progress: { actual: 40 } } });
    const corrected = assertAccepted(await admin.mutate.updateIndicatorActual({ id: reported.indicatorActual.id, version: 1, value: 45 }));
    expect(corrected.indicatorActual).toMatchObject({ value: 45, version: 2, indicator: { version: 3 } });
    const updated = assertAccepted(await admin.mutate.updateIndicator({ id: indicator.id, version: 3, targetValue: 120 }));
    expect(updated.indicator).toMatchObject({ version: 4, targetValue: 120, progress: { actual: 45, target: 120 } });
  });
});

describe('people (INSTITUTION)', () => {
  it('an institution corrects its own organisation and the researchers it added, version by version', async () => {
    const { organizations } = await institution.organizations({ filter: { name: 'SDK University A' } });
    const orgA = organizations.nodes[0]!;
    const { organization } = assertAccepted(await institution.mutate.updateOrganization({ id: orgA.id, version: orgA.version, nameJa: 'SDK大学A' }));
    expect(organization).toMatchObject({ id: ids.orgA, nameJa: 'SDK大学A', version: orgA.version + 1 });

    const { researcher } = assertAccepted(await institution.mutate.updateResearcher({ id: ids.student, version: 1, nameJa: '学生 SDK' }));
    // The institution sees its researchers' personal data.
    expect(researcher).toMatchObject({ nameJa: '学生 SDK', careerStage: 'DOCTORAL_STUDENT', version: 2, organization: { id: ids.orgA } });
  });
});

describe('proposals (INSTITUTION)', () => {
  it('drafts, edits and submits a proposal, each write answering the next version and the verdict', async () => {
    const people = await applicants('Drafting');
    const { proposal: draft } = assertAccepted(await institution.mutate.createProposal(validProposal(ids.openCall, people)));
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, call: { code: ids.openCallCode }, ruleCheck: { ok: true, errors: [], warnings: [] } });
    const { proposal: edited } = assertAccepted(
      await institution.mutate.updateProposal({ id: draft.id, version: draft.version, titleEn: 'Quantum repeaters' }),
    );
    expect(edited).toMatchObject({ version: 2, title: 'Quantum repeaters' });
    const sent = assertAccepted(await institution.mutate.submitProposal({ id: edited.id, version: edited.version }));
    expect(sent.proposal).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(sent.proposal.submittedAt).not.toBeNull();
    expect(sent.warnings).toEqual([]);
    const { proposal: withdrawn } = assertAccepted(await institution.mutate.withdrawProposal({ id: sent.proposal.id, version: 3 }));
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', version: 4 });
  });

  it('answers an update from a stale version with VERSION_CONFLICT, and keeps the first', async () => {
    const { proposal } = assertAccepted(await institution.mutate.createProposal(validProposal(ids.openCall, await applicants('Racing'))));
    assertAccepted(await institution.mutate.updateProposal({ id: proposal.id, version: 1, titleEn: 'First' }));
    const stale = await institution.mutate.updateProposal({ id: proposal.id, version: 1, titleEn: 'Second' });
    expect(stale.proposal).toBeNull();
    expect(stale.userErrors.map((e) => e.code)).toEqual(['VERSION_CONFLICT']);
    const stored = await readForRules(institution, proposal.id);
    expect(stored.version).toBe(2);
    const { nodes } = await institution.nodes({ ids: [proposal.id] });
    expect(nodes[0]).toMatchObject({ title: 'First', version: 2 });
  });

  it('throws bad input (too long a title, a wrong-typed id) as a GraphQLRequestError with BAD_USER_INPUT', async () => {
    const valid = validProposal(ids.openCall, await applicants('Bad input'));
    for (const input of [{ ...valid, titleEn: 'x'.repeat(501) }, { ...valid, fieldId: ids.gb }]) {
      const error = await institution.mutate.createProposal(input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect((error as GraphQLRequestError).hasCode('BAD_USER_INPUT')).toBe(true);
    }
  });

  it('throws a write without a key as a GraphQLRequestError with FORBIDDEN', async () => {
    const anonymous = createClient({ url: server.url });
    const error = await anonymous.mutate.createResearcher({ nameEn: 'Nobody', careerStage: 'RESEARCHER' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toEqual(['FORBIDDEN']);
  });
});

describe('calls, review and adoption (STAFF, AGENCY)', () => {
  it('lets BBSRC edit the FY2024 UK joint call it co-runs', async () => {
    const { call } = await bbsrc.call({ code: 'FY2024-JOINT-UK-BIO' });
    const updated = assertAccepted(await bbsrc.mutate.updateCall({ id: call!.id, version: call!.version, expectedAdoptions: 6 }));
    expect(updated.call).toMatchObject({ code: 'FY2024-JOINT-UK-BIO', expectedAdoptions: 6, version: call!.version + 1 });
  });

  it('takes a submitted proposal through document review, interview and adoption, which creates the project', async () => {
    // A call of its own, closed through the SDK once the proposal is in.
    const call = await openCall('SDK-REVIEW-TOP');
    const submitted = await (async () => {
      const { proposal } = assertAccepted(await institution.mutate.createProposal(validProposal(call.id, await applicants('Reviewed'))));
      return assertAccepted(await institution.mutate.submitProposal({ id: proposal.id, version: proposal.version })).proposal;
    })();
    const early = await staff.mutate.beginDocumentReview({ callId: call.id });
    expect(early.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const closed = assertAccepted(
      await staff.mutate.updateCall({
        id: call.id,
        version: call.version,
        milestones: call.milestones.map(({ kind, startsAt }) => ({
          kind,
          timeZone: 'Asia/Tokyo',
          startsAt: kind === 'SUBMISSION_DEADLINE' ? new Date(Date.now() - 3_600_000).toISOString() : startsAt,
        })),
      }),
    );
    expect(closed.call).toMatchObject({ version: call.version + 1, status: 'DOCUMENT_REVIEW' });
    assertAccepted(await staff.mutate.beginDocumentReview({ callId: call.id }));

    let { version } = await readForRules(staff, submitted.id);
    const decide = async (stage: 'DOCUMENT_REVIEW' | 'INTERVIEW' | 'FINAL', result: 'PASSED' | 'ADOPTED') => {
      const { proposal } = assertAccepted(
        await staff.mutate.decideProposal({
          id: submitted.id, version, stage, result,
          ...(stage === 'FINAL' && { project: { startsOn: '2026-12-01', endsOn: '2031-11-30' } }),
        }),
      );
      version = proposal.version;
      return proposal;
    };
    expect(await decide('DOCUMENT_REVIEW', 'PASSED')).toMatchObject({ status: 'INTERVIEW' });
    expect(await decide('INTERVIEW', 'PASSED')).toMatchObject({ status: 'INTERVIEW' });
    const adopted = await decide('FINAL', 'ADOPTED');
    expect(adopted).toMatchObject({ status: 'ADOPTED', project: { id: expect.any(String), version: 1 } });
    expect(adopted.decidedAt).not.toBeNull();
    adoptedProjectId = adopted.project!.id;
  });
});

describe('projects (STAFF, AGENCY, INSTITUTION)', () => {
  /** A demo project of the FY2024 Japan–UK joint call, as it stands now. */
  async function ukProject() {
    for await (const project of staff.paginate.projects({ first: 50 })) if (project.call.code === 'FY2024-JOINT-UK-BIO') return project;
    throw new Error('No project of the FY2024 UK joint call');
  }

  it('lets BBSRC manage a project of its joint call, and staff and BBSRC record and correct its evaluation', async () => {
    const uk = await ukProject();
    const { project } = assertAccepted(await bbsrc.mutate.updateProject({ id: uk.id, version: uk.version, grantNumber: 'UK-BB-SDK-0009' }));
    expect(project).toMatchObject({ grantNumber: 'UK-BB-SDK-0009', version: uk.version + 1 });

    const { evaluation } = assertAccepted(
      await staff.mutate.recordEvaluation({ projectId: uk.id, kind: 'MID_TERM', grade: 'A', evaluatedOn: '2026-06-30', summaryEn: 'On track.' }),
    );
    expect(evaluation).toMatchObject({ version: 1, kind: 'MID_TERM', grade: 'A', project: { id: uk.id } });
    const corrected = assertAccepted(await bbsrc.mutate.updateEvaluation({ id: evaluation.id, version: 1, grade: 'S' }));
    expect(corrected.evaluation).toMatchObject({ version: 2, grade: 'S', summary: 'On track.' });
  });

  it("lets BBSRC report, correct and delete an outcome of its joint call's project, for the partner side", async () => {
    const uk = await ukProject();
    const { outcome } = assertAccepted(
      await bbsrc.mutate.reportOutcome({ projectId: uk.id, kind: 'WORKSHOP', title: 'Engineering biology workshop', occurredOn: '2026-09-10', attendeeCount: 40 }),
    );
    expect(outcome).toMatchObject({ version: 1, reportedBySide: 'PARTNER', attendeeCount: 40, project: { id: uk.id } });
    const corrected = assertAccepted(await bbsrc.mutate.updateOutcome({ id: outcome.id, version: 1, attendeeCount: 42 }));
    expect(corrected.outcome).toMatchObject({ version: 2, attendeeCount: 42 });
    const { project } = assertAccepted(await bbsrc.mutate.deleteOutcome({ id: outcome.id, version: 2 }));
    expect(project.id).toBe(uk.id);
  });

  it('lets the owning institution add a partner PI, report, correct and delete their stay, and end the membership', async () => {
    const newcomer = assertAccepted(
      await institution.mutate.createResearcher({ nameEn: 'SDK Second Partner PI', careerStage: 'RESEARCHER', organizationId: ids.gbOrg }),
    ).researcher;
    const { teamMember } = assertAccepted(
      await institution.mutate.addPartnerTeamMember({
        projectId: adoptedProjectId,
        researcherId: newcomer.id,
        role: 'PARTNER_PI',
        joinedOn: '2027-01-15',
        letterOfIntent: { receivedOn: '2027-01-10', program: 'EPSRC Quantum Networks' },
      }),
    );
    expect(teamMember).toMatchObject({ version: 1, side: 'PARTNER', role: 'PARTNER_PI', organization: { id: ids.gbOrg }, letterOfIntent: { receivedOn: '2027-01-10' } });

    const { mobility } = assertAccepted(
      await institution.mutate.reportMobility({
        projectId: adoptedProjectId, researcherId: ids.student, countryId: ids.gb, direction: 'DISPATCHED',
        startsOn: '2027-04-01', endsOn: '2028-03-31', purpose: 'One-year stay in the partner lab',
      }),
    );
    expect(mobility).toMatchObject({ version: 1, durationDays: 366, homeOrganization: { id: ids.orgA }, country: { code: 'GB' } });
    const shorter = assertAccepted(await institution.mutate.updateMobility({ id: mobility.id, version: 1, endsOn: '2027-09-30' }));
    expect(shorter.mobility).toMatchObject({ version: 2, durationDays: 183 });
    assertAccepted(await institution.mutate.deleteMobility({ id: mobility.id, version: 2 }));

    const ended = assertAccepted(await institution.mutate.endTeamMembership({ memberId: teamMember.id, version: 1, leftOn: '2028-03-31' }));
    expect(ended.teamMember).toMatchObject({ version: 2, leftOn: '2028-03-31' });
  });

  it('returns a refusal as userErrors, or throws it as MutationRefusedError through assertAccepted, writing nothing', async () => {
    const before = await readProject(adoptedProjectId);
    const payload = await institution.mutate.updateProject({ id: adoptedProjectId, version: before.version, grantNumber: 'MINE-1' });
    expect(payload.project).toBeNull();
    expect(payload.userErrors).toEqual([{ code: 'NOT_PERMITTED', field: ['id'], message: expect.any(String) }]);

    const error = (() => {
      try {
        assertAccepted(payload);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MutationRefusedError);
    expect((error as MutationRefusedError).userErrors).toEqual(payload.userErrors);
    expect((error as MutationRefusedError).hasCode('NOT_PERMITTED')).toBe(true);
    expect(await readProject(adoptedProjectId)).toEqual(before);
  });

  async function readProject(id: string) {
    const { node } = await staff.node({ id });
    if (node?.__typename !== 'Project') throw new Error(`No project ${id}`);
    return node;
  }
});

describe('retries', () => {
  it('sends a mutation once, even where a query would be retried', async () => {
    let attempts = 0;
    const client = createClient({
      url: server.url,
      retry: { retries: 3, baseDelayMs: 1 },
      fetch: async () => {
        attempts++;
        return new Response('upstream down', { status: 503 });
      },
    });
    await expect(client.mutate.createCountry({ code: 'XX', nameEn: 'x', nameJa: 'x' })).rejects.toBeInstanceOf(TransportError);
    expect(attempts).toBe(1);
    await expect(client.countries({})).rejects.toBeInstanceOf(TransportError);
    expect(attempts).toBe(1 + 4);
  });

  it('retries a mutation sent with an idempotency key, whose lost answer is then given from the first time', async () => {
    const { key: apiKey } = await createApiKey(db.prisma, { name: 'sdk retry', role: 'INSTITUTION', organizationId: rowId(ids.orgA) });
    let attempts = 0;
    const client = createClient({
      url: server.url,
      apiKey,
      retry: { retries: 2, baseDelayMs: 1 },
      // The first answer is lost on the way back, after the server wrote.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (++attempts === 1) {
          await response.text();
          throw new TypeError('socket hang up');
        }
        return response;
      },
    });
    const payload = await client.mutate.createResearcher(
      { nameEn: 'Retried Once', careerStage: 'DOCTORAL_STUDENT', organizationId: ids.orgA },
      { idempotencyKey: randomUUID() },
    );
    expect(attempts).toBe(2);
    expect(payload.researcher?.nameEn).toBe('Retried Once');
    expect(await db.prisma.researcher.count({ where: { nameEn: 'Retried Once' } })).toBe(1);
  });
});

describe('the rules on the client', () => {
  // Each draft breaks one rule (or none, or several), built from the valid one when the test runs.
  const drafts: [string, { errors: rules.RuleCode[]; warnings: rules.RuleCode[] }, (valid: ValidProposal) => CreateProposalInput][] = [
    ['a proposal that keeps every rule', { errors: [], warnings: [] }, (valid) => valid],
    ['a budget over the direct-cost cap', { errors: ['BUDGET_CAP_EXCEEDED'], warnings: [] },
      (valid) => ({ ...valid, budget: [...valid.budget, { fiscalYear: 2028, purpose: 'WORKSHOPS', directCost: '50000001' }] })],
    ['a team without a PI', { errors: ['PI_REQUIRED'], warnings: [] },
      (valid) => ({ ...valid, team: valid.team.filter((m) => m.role !== 'PI') })],
    ['no young researcher who travels', { errors: ['YOUNG_TRAVELLER_REQUIRED'], warnings: [] },
      (valid) => ({ ...valid, team: valid.team.filter((m) => m.role !== 'YOUNG_TRAVELLER') })],
    ['a partner PI without a letter of intent', { errors: ['LETTER_OF_INTENT_REQUIRED'], warnings: [] },
      (valid) => ({ ...valid, team: valid.team.map((m) => (m.role === 'PARTNER_PI' ? { researcherId: m.researcherId, role: m.role } : m)) })],
    ["a Co-PI's organisation that has not attested research security", { errors: ['RESEARCH_SECURITY_ATTESTATION_REQUIRED'], warnings: [] },
      (valid) => ({ ...valid, researchSecurityAttestations: valid.researchSecurityAttestations.slice(0, 1) })],
    ['a partner country the call does not list', { errors: ['PARTNER_COUNTRY_NOT_ELIGIBLE'], warnings: [] },
      // In code order: GraphQL lists partner countries by code, the server judges them as stored (reported).
      (valid) => ({ ...valid, partnerCountryIds: [ids.cn, ids.gb] })],
    ['a research field the call does not open', { errors: ['FIELD_NOT_ELIGIBLE'], warnings: [] },
      (valid) => ({ ...valid, fieldId: ids.space })],
    ['a period over five years', { errors: ['PERIOD_OUT_OF_RANGE'], warnings: [] }, (valid) => ({ ...valid, plannedPeriodMonths: 61 })],
    ['a Co-PI affiliated abroad', { errors: ['PI_NOT_IN_JAPAN', 'RESEARCH_SECURITY_ATTESTATION_REQUIRED'], warnings: [] },
      (valid) => ({ ...valid, team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, organizationId: ids.gbOrg } : m)) })],
    ["guidelines only: a Co-PI from the PI's organisation, little for networks", { errors: [], warnings: ['NETWORK_SHARE_BELOW_GUIDELINE', 'CO_PI_SAME_ORGANIZATION'] },
      (valid) => ({
        ...valid,
        team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, organizationId: ids.orgA } : m)),
        budget: [{ fiscalYear: 2026, purpose: 'EQUIPMENT', directCost: '200000000' }, { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: '100000000' }],
      })],
    // PERIOD_REQUIRED: the planned period is required at submission (issue 12; DOMAIN.md Calls: period).
    ['an empty draft', { errors: ['PARTNER_COUNTRY_REQUIRED', 'PERIOD_REQUIRED', 'PI_REQUIRED', 'YOUNG_TRAVELLER_REQUIRED', 'PARTNER_PI_REQUIRED'], warnings: [] },
      (valid) => ({ callId: valid.callId, fieldId: valid.fieldId, titleEn: 'An idea' })],
  ];

  /** What a verdict says, without the wording (which names records by database id on the server). */
  const said = (violations: readonly { code: string; field: readonly string[] }[]) => violations.map(({ code, field }) => ({ code, field }));

  it.each(drafts)('judges %s exactly as the server does, in ruleCheck and at submission', async (label, expected, build) => {
    const input = build(validProposal(ids.openCall, await applicants(label)));
    const { proposal } = assertAccepted(await institution.mutate.createProposal(input));

    const stored = await readForRules(institution, proposal.id);
    const verdict = rules.validateProposal(rules.proposalDraft(stored), rules.callForRules(stored.call), { now: new Date(), forSubmission: true });
    expect({ errors: verdict.errors.map((v) => v.code), warnings: verdict.warnings.map((v) => v.code) }).toEqual(expected);

    expect(said(verdict.errors)).toEqual(said(proposal.ruleCheck.errors));
    expect(said(verdict.warnings)).toEqual(said(proposal.ruleCheck.warnings));
    expect(verdict.ok).toBe(proposal.ruleCheck.ok);

    const submitted = await institution.mutate.submitProposal({ id: proposal.id, version: proposal.version });
    expect(said(submitted.userErrors)).toEqual(said(verdict.errors));
    expect(said(submitted.warnings)).toEqual(said(verdict.warnings));
    expect(submitted.proposal?.status ?? null).toBe(verdict.ok ? 'SUBMITTED' : null);
  });

  it('reads the same call for the rules by code as through its proposals', async () => {
    const { call } = await institution.callForRules({ code: ids.openCallCode });
    const { proposal } = assertAccepted(await institution.mutate.createProposal(validProposal(ids.openCall, await applicants('Call by code'))));
    const stored = await readForRules(institution, proposal.id);
    const converted = rules.callForRules(call!);
    expect(converted).toEqual(rules.callForRules(stored.call));
    expect(converted).toMatchObject({ kind: 'SOLO', track: 'TOP', maxDirectCostYen: 380_000_000n, maxTotalCostYen: 500_000_000n, indirectRatePercent: 30 });
    expect(converted.milestones.map((m) => m.kind)).toEqual(['CALL_OPENS', 'SUBMISSION_DEADLINE']);
  });
});

describe('external ids', () => {
  it("lets BBSRC name its joint call's proposals by its own ids and find them so; one id per record, none for other calls", async () => {
    const { proposals } = await staff.proposals({ first: 100 });
    const uk = proposals.nodes.find((p) => p.call.code === 'FY2024-JOINT-UK-BIO')!;
    // The demo data names BBSRC's proposals by BBSRC's ids already.
    const { externalId } = await db.prisma.externalId.findFirstOrThrow({ where: { entity: 'PROPOSAL', recordId: rowId(uk.id) } });
    const { byExternalId } = await bbsrc.byExternalId({ type: 'PROPOSAL', externalId });
    expect(byExternalId).toMatchObject({ id: uk.id, externalId });
    // Naming it again as it is named changes nothing; a second name is refused.
    const { linked } = assertAccepted(await bbsrc.mutate.linkExternalIds({ links: [{ recordId: uk.id, externalId }] }));
    expect(linked.links).toEqual([{ type: 'PROPOSAL', externalId, record: { id: uk.id } }]);
    const renamed = await bbsrc.mutate.linkExternalIds({ links: [{ recordId: uk.id, externalId: 'BB-SDK-1' }] });
    expect(renamed.userErrors.map((e) => e.code)).toEqual(['ALREADY_EXISTS']);
    const solo = proposals.nodes.find((p) => p.call.code.includes('-SOLO-'))!;
    const hidden = await bbsrc.mutate.linkExternalIds({ links: [{ recordId: solo.id, externalId: 'BB-SDK-2' }] });
    expect(hidden.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const { auditTrail } = await staff.auditTrail({ recordId: uk.id, first: 10 });
    expect(auditTrail.events[0]).toMatchObject({ action: 'CREATE', actor: { name: 'data load: demo' } });
  });
});

describe('coverage', () => {
  it('has called every mutation the SDK offers', () => {
    expect([...called].sort()).toEqual(Object.keys(mutations).sort());
  });
});
