// Property tests (issue 12, section 5): random drafts around every boundary get the same verdict
// from the SDK's functions (on what the SDK's own document reads), from Proposal.ruleCheck and from
// submitProposal. PGlite by default, PostgreSQL with TEST_DATABASE_URL. RULES_PROPERTY_RUNS sets
// how many drafts go through the server (a few by default, to stay within seconds in npm test).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposalForRulesDocument, type ProposalForRulesQuery } from '../sdk/src/generated/graphql.js';
import { rules } from '../sdk/src/index.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid } from './support/writes.js';

const SERVER_RUNS = Number(process.env.RULES_PROPERTY_RUNS ?? 5);
const DAY = 86_400_000;
const CAP = 380_000_000; // FY2026 Top, direct (DOMAIN.md)

let server: TestServer;
let staff: Record<string, string>;
let callId: string;
let ids: { quantum: string; gb: string; orgA: string; orgB: string; ukOrg: string };

/** A draft around the FY2026 Top call's boundaries. */
const drafts = fc.record({
  directDelta: fc.constantFrom(-1, 0, 1), // the direct cap ±1 yen
  periodMonths: fc.constantFrom<number | null>(59, 60, 61, null), // the period ±1 month, or none
  travellerDegreeYear: fc.constantFrom(2010, 2011, 2012), // 15 years before FY2026 is 2011
  travellerOnPartnerSide: fc.boolean(),
  lastBudgetYear: fc.constantFrom(2031, 2032), // FY2026 + 60 months touches FY2031 at most
  partnerPis: fc.constantFrom(0, 1, 2),
  letterOfIntent: fc.boolean(),
  attested: fc.boolean(),
  coPiSameOrganization: fc.boolean(),
});
type Draft = typeof drafts extends fc.Arbitrary<infer T> ? T : never;

async function input(d: Draft) {
  const p = server.db.prisma;
  const person = (organizationId: string, degreeYear = 2000) => p.researcher.create({ data: { nameEn: 'Property', careerStage: 'RESEARCHER', degreeYear, organizationId } });
  const pi = await person(ids.orgA);
  const coPi = await person(d.coPiSameOrganization ? ids.orgA : ids.orgB);
  const traveller = await person(d.travellerOnPartnerSide ? ids.ukOrg : ids.orgA, d.travellerDegreeYear);
  const partners = await Promise.all(Array.from({ length: d.partnerPis }, () => person(ids.ukOrg)));
  const budget = [
    { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: String(200_000_000) },
    { fiscalYear: 2027, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: String(100_000_000) },
    { fiscalYear: d.lastBudgetYear, purpose: 'EQUIPMENT', directCost: String(CAP - 300_000_000 + d.directDelta) },
  ];
  return {
    callId,
    leadOrganizationId: gid('Organization', ids.orgA),
    fieldId: gid('ResearchField', ids.quantum),
    titleEn: 'Property-tested draft',
    plannedPeriodMonths: d.periodMonths,
    partnerCountryIds: [gid('Country', ids.gb)],
    team: [
      { researcherId: gid('Researcher', pi.id), role: 'PI' },
      { researcherId: gid('Researcher', coPi.id), role: 'CO_PI' },
      { researcherId: gid('Researcher', traveller.id), role: d.travellerOnPartnerSide ? 'INVITED_RESEARCHER' : 'YOUNG_TRAVELLER', travelsToPartner: true },
      ...partners.map((r) => ({
        researcherId: gid('Researcher', r.id),
        role: 'PARTNER_PI',
        letterOfIntent: d.letterOfIntent ? { receivedOn: '2026-11-01', program: 'EPSRC' } : null,
      })),
    ],
    budget,
    researchSecurityAttestations: (d.attested ? [ids.orgA, ids.orgB] : [ids.orgA]).map((org) => ({
      organizationId: gid('Organization', org),
      attestedAt: '2026-11-01T10:00:00+09:00',
      attestedByName: 'Research office',
    })),
  };
}

const sorted = (codes: readonly string[]) => [...new Set(codes)].sort();

async function verdicts(d: Draft) {
  const created = await server.graphql<{ createProposal: { proposal: { id: string; version: number; ruleCheck: { errors: { code: string }[]; warnings: { code: string }[] } } } }>(
    'mutation($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version ruleCheck { errors { code } warnings { code } } } userErrors { code } } }',
    { input: await input(d) },
    staff,
  );
  const proposal = created.data!.createProposal.proposal;
  // What the SDK reads, through its own document, judged by the SDK's functions.
  const read = await server.data<ProposalForRulesQuery>(String(ProposalForRulesDocument), { id: proposal.id }, staff);
  const fragment = read.node as Extract<ProposalForRulesQuery['node'], { __typename: 'Proposal' }>;
  const sdk = rules.validateProposal(rules.proposalDraft(fragment), rules.callForRules(fragment.call), { now: new Date(), forSubmission: true });
  const submitted = await server.graphql<{ submitProposal: { proposal: { status: string } | null; userErrors: { code: string }[]; warnings: { code: string }[] } }>(
    'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { status } userErrors { code } warnings { code } } }',
    { input: { id: proposal.id, version: proposal.version } },
    staff,
  );
  const submit = submitted.data!.submitProposal;
  return {
    sdk: { ok: sdk.ok, errors: sorted(sdk.errors.map((e) => e.code)), warnings: sorted(sdk.warnings.map((w) => w.code)) },
    ruleCheck: { ok: proposal.ruleCheck.errors.length === 0, errors: sorted(proposal.ruleCheck.errors.map((e) => e.code)), warnings: sorted(proposal.ruleCheck.warnings.map((w) => w.code)) },
    submit: { ok: submit.proposal?.status === 'SUBMITTED', errors: sorted(submit.userErrors.map((e) => e.code)), warnings: sorted(submit.warnings.map((w) => w.code)) },
  };
}

beforeAll(async () => {
  server = await createTestServer();
  staff = await server.headersFor({ role: 'STAFF' });
  const p = server.db.prisma;
  const inJapan = await p.organization.findMany({ where: { country: { code: 'JP' } }, orderBy: { id: 'asc' }, take: 2 });
  ids = {
    quantum: (await p.researchField.findUniqueOrThrow({ where: { code: 'QUANTUM' } })).id,
    gb: (await p.country.findUniqueOrThrow({ where: { code: 'GB' } })).id,
    orgA: inJapan[0]!.id,
    orgB: inJapan[1]!.id,
    ukOrg: (await p.organization.findFirstOrThrow({ where: { country: { code: 'GB' } } })).id,
  };
  // Only kind, track and fiscal year: every rule is the program's.
  const created = await server.data<{ createCall: { call: { id: string } } }>(
    'mutation($input: CreateCallInput!) { createCall(input: $input) { call { id } } }',
    {
      input: {
        code: 'TEST-PROPERTY-FY2026-TOP', titleEn: 'Property tests', kind: 'SOLO', track: 'TOP', fiscalYear: 2026,
        eligibleFieldIds: [gid('ResearchField', ids.quantum)], eligibleCountryIds: [gid('Country', ids.gb)],
        milestones: [
          { kind: 'CALL_OPENS', startsAt: new Date(Date.now() - DAY).toISOString(), timeZone: 'Asia/Tokyo' },
          { kind: 'SUBMISSION_DEADLINE', startsAt: new Date(Date.now() + 30 * DAY).toISOString(), timeZone: 'Asia/Tokyo' },
        ],
      },
    },
    staff,
  );
  callId = created.createCall.call.id;
});
afterAll(() => server?.close());

describe('the SDK, ruleCheck and submitProposal agree', () => {
  it('on random drafts around every boundary', async () => {
    await fc.assert(
      fc.asyncProperty(drafts, async (d) => {
        const { sdk, ruleCheck, submit } = await verdicts(d);
        expect(ruleCheck).toEqual(sdk);
        // Submission refuses with the errors; when it passes, it answers the warnings.
        expect(submit.ok).toBe(sdk.ok);
        expect(submit.errors).toEqual(sdk.ok ? [] : sdk.errors);
        if (sdk.ok) expect(submit.warnings).toEqual(sdk.warnings);
      }),
      { numRuns: SERVER_RUNS },
    );
  });
});

describe('deadlines to the millisecond', () => {
  it('submission is open until the instant before the deadline, and closed from it', () => {
    const deadline = new Date('2026-05-19T03:00:00Z');
    const call = {
      kind: 'SOLO' as const, track: 'TOP' as const, fiscalYear: 2026,
      ...rules.programRules({ kind: 'SOLO', track: 'TOP', fiscalYear: 2026 }).rules,
      eligibleFieldCodes: ['QUANTUM'], eligibleCountryCodes: ['GB'],
      milestones: [{ kind: 'SUBMISSION_DEADLINE' as const, startsAt: deadline }],
    };
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), (offset) => {
        const verdict = rules.validateProposal({ fieldCode: 'QUANTUM', partnerCountryCodes: ['GB'], team: [], budget: [], attestedOrganizationIds: [] }, call, { now: new Date(deadline.getTime() + offset), forSubmission: true });
        expect(verdict.errors.some((e) => e.code === 'SUBMISSION_CLOSED')).toBe(offset >= 0);
      }),
    );
  });
});
