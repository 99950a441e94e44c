// Property tests (issue 12, section 5): random drafts around every boundary get the same verdict
// from the SDK's functions (on what the SDK's own fragment reads), from Proposal.ruleCheck and from
// submitProposal, at the same instant: a millisecond before the submission deadline, at it, or after
// it. PGlite by default, PostgreSQL with TEST_DATABASE_URL.
//
// Where the time went, one draft per run: three requests per draft, its researchers written one by
// one, and createProposal's own work (about forty statements). Measured interleaved on one server
// (PGlite, loaded machine): 373 ms per draft that way, 197 ms with a batch of drafts per run, one
// request per step (aliased writes, one `nodes` read whose ruleCheck is one page) and the
// researchers in one statement. What is left is mostly createProposal itself. The server's one
// database copy and start (1–3 s) are paid once per file; the run's template once per `npm test`.
// RULES_PROPERTY_RUNS sets how many batches go through the server (3 by default, to stay within
// seconds in npm test; e.g. 100 for a longer run).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProposalForRulesDocument, type ProposalForRulesFragment } from '../sdk/src/generated/graphql.js';
import { rules } from '../sdk/src/index.js';
import { createTestServer, type TestServer } from './support/server.js';
import { gid } from './support/writes.js';

const RUNS = Number(process.env.RULES_PROPERTY_RUNS ?? 3);
const BATCH = 12;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CAP = 380_000_000; // FY2026 Top, direct (DOMAIN.md)
// FY2026 solo call: proposals by 2026-05-19 12:00 JST (DOMAIN.md).
const DEADLINE = new Date('2026-05-19T03:00:00Z');

let server: TestServer;
let staff: Record<string, string>;
let callId: string;
let ids: { quantum: string; gb: string; orgA: string; orgB: string; ukOrg: string };

/** Mostly values that keep the rule, sometimes ones that break it: most drafts pass or break one rule. */
const around = <T>(keeps: readonly T[], breaks: readonly T[]) =>
  fc.oneof({ weight: 7, arbitrary: fc.constantFrom(...keeps) }, { weight: 1, arbitrary: fc.constantFrom(...breaks) });

/** A draft around the FY2026 Top call's boundaries, judged at an instant around its deadline. */
const drafts = fc.record({
  directDelta: around([-1, 0], [1]), // the direct cap ±1 yen
  periodMonths: around<number | null>([59, 60], [61, null]), // the period ±1 month, or none
  travellerDegreeYear: around([2011, 2012], [2010]), // 15 years before FY2026 is 2011
  travellerOnPartnerSide: around([false], [true]),
  lastBudgetYear: around([2031], [2032]), // FY2026 + 60 months touches FY2031 at most
  partnerPis: around([1, 2], [0]),
  letterOfIntent: around([true], [false]),
  attested: around([true], [false]),
  coPiSameOrganization: fc.boolean(),
  // Half before the deadline, half at or after it, to the millisecond.
  msFromDeadline: fc.oneof(fc.constant(-1), fc.constantFrom(0, 1)),
});
type Draft = typeof drafts extends fc.Arbitrary<infer T> ? T : never;

/** The draft's researchers, new ones (no earlier application counts against them), in one statement. */
async function researchersOf(batch: readonly Draft[]) {
  const rows: { id: string; nameEn: string; careerStage: 'RESEARCHER'; degreeYear: number; organizationId: string }[] = [];
  const person = (organizationId: string, degreeYear = 2000) => {
    const id = randomUUID();
    rows.push({ id, nameEn: 'Property', careerStage: 'RESEARCHER', degreeYear, organizationId });
    return id;
  };
  const teams = batch.map((d) => ({
    pi: person(ids.orgA),
    coPi: person(d.coPiSameOrganization ? ids.orgA : ids.orgB),
    traveller: person(d.travellerOnPartnerSide ? ids.ukOrg : ids.orgA, d.travellerDegreeYear),
    partners: Array.from({ length: d.partnerPis }, () => person(ids.ukOrg)),
  }));
  await server.db.prisma.researcher.createMany({ data: rows });
  return teams;
}

function input(d: Draft, team: Awaited<ReturnType<typeof researchersOf>>[number]) {
  return {
    callId,
    leadOrganizationId: gid('Organization', ids.orgA),
    fieldId: gid('ResearchField', ids.quantum),
    titleEn: 'Property-tested draft',
    plannedPeriodMonths: d.periodMonths,
    partnerCountryIds: [gid('Country', ids.gb)],
    team: [
      { researcherId: gid('Researcher', team.pi), role: 'PI' },
      { researcherId: gid('Researcher', team.coPi), role: 'CO_PI' },
      { researcherId: gid('Researcher', team.traveller), role: d.travellerOnPartnerSide ? 'INVITED_RESEARCHER' : 'YOUNG_TRAVELLER', travelsToPartner: true },
      ...team.partners.map((id) => ({
        researcherId: gid('Researcher', id),
        role: 'PARTNER_PI',
        letterOfIntent: d.letterOfIntent ? { receivedOn: '2026-04-01', program: 'EPSRC' } : null,
      })),
    ],
    budget: [
      { fiscalYear: 2026, purpose: 'WORKSHOPS', directCost: String(200_000_000) },
      { fiscalYear: 2027, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCost: String(100_000_000) },
      { fiscalYear: d.lastBudgetYear, purpose: 'EQUIPMENT', directCost: String(CAP - 300_000_000 + d.directDelta) },
    ],
    researchSecurityAttestations: (d.attested ? [ids.orgA, ids.orgB] : [ids.orgA]).map((org) => ({
      organizationId: gid('Organization', org),
      attestedAt: '2026-04-01T10:00:00+09:00',
      attestedByName: 'Research office',
    })),
  };
}

/** One mutation `field` per item, aliased i0, i1, …, each with its own variable. */
function aliased(field: string, type: string, count: number, selection: string) {
  const items = Array.from({ length: count }, (_, i) => i);
  return `mutation(${items.map((i) => `$v${i}: ${type}`).join(', ')}) { ${items.map((i) => `i${i}: ${field}(input: $v${i}) ${selection}`).join(' ')} }`;
}
const variables = (values: readonly unknown[]) => Object.fromEntries(values.map((v, i) => [`v${i}`, v]));
const answers = <T>(data: Record<string, T>, count: number) => Array.from({ length: count }, (_, i) => data[`i${i}`]!);

// The SDK's own fragments (ProposalForRules and the call's), read beside ruleCheck.
const SDK_FRAGMENTS = parse(String(ProposalForRulesDocument))
  .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
  .map((d) => print(d))
  .join('\n');
const CODES = '{ errors { code } warnings { code } }';

const sorted = (codes: readonly { code: string }[]) => [...new Set(codes.map((c) => c.code))].sort();
type Verdict = { ok: boolean; errors: string[]; warnings: string[] };

/** The three verdicts on each draft of a batch: all at the instant its clock says. */
async function verdicts(batch: readonly Draft[]): Promise<{ sdk: Verdict; ruleCheck: Verdict; submit: Verdict }[]> {
  const teams = await researchersOf(batch);
  vi.setSystemTime(DEADLINE.getTime() - HOUR); // drafted while the call is open
  const created = await server.data<Record<string, { proposal: { id: string; version: number } }>>(
    aliased('createProposal', 'CreateProposalInput!', batch.length, '{ proposal { id version } }'),
    variables(batch.map((d, i) => input(d, teams[i]!))),
    staff,
  );
  const proposals = answers(created, batch.length).map((c) => c.proposal);
  const results = new Array<{ sdk: Verdict; ruleCheck: Verdict; submit: Verdict }>(batch.length);
  // The server's clock and the SDK's read the same instant: each offset from the deadline in turn.
  for (const offset of new Set(batch.map((d) => d.msFromDeadline))) {
    const at = batch.flatMap((d, i) => (d.msFromDeadline === offset ? [i] : []));
    vi.setSystemTime(DEADLINE.getTime() + offset);
    const { nodes: read } = await server.data<{ nodes: (ProposalForRulesFragment & { ruleCheck: { errors: { code: string }[]; warnings: { code: string }[] } })[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Proposal { ...ProposalForRules ruleCheck ${CODES} } } }\n${SDK_FRAGMENTS}`,
      { ids: at.map((i) => proposals[i]!.id) },
      staff,
    );
    const submitted = await server.data<Record<string, { proposal: { status: string } | null; userErrors: { code: string }[]; warnings: { code: string }[] }>>(
      aliased('submitProposal', 'SubmitProposalInput!', at.length, '{ proposal { status } userErrors { code } warnings { code } }'),
      variables(at.map((i) => ({ id: proposals[i]!.id, version: proposals[i]!.version }))),
      staff,
    );
    read.forEach((fragment, j) => {
      const sdk = rules.validateProposal(rules.proposalDraft(fragment), rules.callForRules(fragment.call), { now: new Date(), forSubmission: true });
      const submit = answers(submitted, at.length)[j]!;
      results[at[j]!] = {
        sdk: { ok: sdk.ok, errors: sorted(sdk.errors), warnings: sorted(sdk.warnings) },
        ruleCheck: { ok: fragment.ruleCheck.errors.length === 0, errors: sorted(fragment.ruleCheck.errors), warnings: sorted(fragment.ruleCheck.warnings) },
        submit: { ok: submit.proposal?.status === 'SUBMITTED', errors: sorted(submit.userErrors), warnings: sorted(submit.warnings) },
      };
    });
  }
  return results;
}

beforeAll(async () => {
  // Only Date is faked, frozen where the test sets it: the server in this process reads the same
  // clock, so the instant every verdict is judged at is known to the millisecond. Set before the
  // server starts, so that nothing it dates runs backwards.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DEADLINE.getTime() - DAY);
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
          { kind: 'CALL_OPENS', startsAt: '2026-03-27T01:00:00Z', timeZone: 'Asia/Tokyo' },
          { kind: 'SUBMISSION_DEADLINE', startsAt: DEADLINE.toISOString(), timeZone: 'Asia/Tokyo' },
        ],
      },
    },
    staff,
  );
  callId = created.createCall.call.id;
});
afterAll(async () => {
  await server?.close();
  vi.useRealTimers();
});

/** The three agree: submission refuses with the errors, and when it passes, answers the warnings. */
function expectAgreement({ sdk, ruleCheck, submit }: { sdk: Verdict; ruleCheck: Verdict; submit: Verdict }) {
  expect(ruleCheck).toEqual(sdk);
  expect(submit.ok).toBe(sdk.ok);
  expect(submit.errors).toEqual(sdk.ok ? [] : sdk.errors);
  if (sdk.ok) expect(submit.warnings).toEqual(sdk.warnings);
}

describe('the SDK, ruleCheck and submitProposal agree', () => {
  it('on random drafts around every boundary, a millisecond either side of the deadline', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(drafts, { minLength: 1, maxLength: BATCH }), async (batch) => {
        (await verdicts(batch)).forEach(expectAgreement);
      }),
      { numRuns: RUNS },
    );
  });

  it('on a draft that keeps every rule: accepted a millisecond before the deadline, refused at it and after', async () => {
    const keeping: Omit<Draft, 'msFromDeadline'> = {
      directDelta: 0, periodMonths: 60, travellerDegreeYear: 2011, travellerOnPartnerSide: false, lastBudgetYear: 2031,
      partnerPis: 1, letterOfIntent: true, attested: true, coPiSameOrganization: false,
    };
    const results = await verdicts(([-1, 0, 1] as const).map((msFromDeadline) => ({ ...keeping, msFromDeadline })));
    results.forEach(expectAgreement);
    expect(results.map(({ submit }) => submit.errors)).toEqual([[], ['SUBMISSION_CLOSED'], ['SUBMISSION_CLOSED']]);
  });
});

describe('deadlines to the millisecond', () => {
  it('submission is open until the instant before the deadline, and closed from it', () => {
    const call = {
      kind: 'SOLO' as const, track: 'TOP' as const, fiscalYear: 2026,
      ...rules.programRules({ kind: 'SOLO', track: 'TOP', fiscalYear: 2026 }).rules,
      eligibleFieldCodes: ['QUANTUM'], eligibleCountryCodes: ['GB'],
      milestones: [{ kind: 'SUBMISSION_DEADLINE' as const, startsAt: DEADLINE }],
    };
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), (offset) => {
        const verdict = rules.validateProposal({ fieldCode: 'QUANTUM', partnerCountryCodes: ['GB'], team: [], budget: [], attestedOrganizationIds: [] }, call, { now: new Date(DEADLINE.getTime() + offset), forSubmission: true });
        expect(verdict.errors.some((e) => e.code === 'SUBMISSION_CLOSED')).toBe(offset >= 0);
      }),
    );
  });
});
