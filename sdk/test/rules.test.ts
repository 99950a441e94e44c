import { describe, expect, it } from 'vitest';
import { validateProposal as serverRule } from '../../src/domain/proposal-rules.js';
import { AspireError, rules, type ProposalForRulesFragment } from '../src/index.js';

describe('the rules the SDK ships', () => {
  it('are the functions the server enforces', () => {
    expect(rules.validateProposal).toBe(serverRule);
  });

  it('tell a client of a broken rule before it sends', () => {
    const verdict = rules.validateProposal(
      { fieldCode: 'QUANTUM', partnerCountryCodes: [], team: [], budget: [], attestedOrganizationIds: [] },
      {
        kind: 'SOLO', track: 'RISING', fiscalYear: 2026, ...rules.programRules({ kind: 'SOLO', track: 'RISING', fiscalYear: 2026 }).rules,
        eligibleFieldCodes: ['QUANTUM'], eligibleCountryCodes: ['GB'], milestones: [],
      },
      { now: new Date('2026-05-01T00:00:00Z'), forSubmission: false },
    );
    expect(verdict.ok).toBe(false);
    // PERIOD_REQUIRED: the planned period is required at submission (issue 12).
    expect(verdict.errors.map((e) => e.code)).toEqual(['PARTNER_COUNTRY_REQUIRED', 'PERIOD_REQUIRED', 'PI_REQUIRED', 'YOUNG_TRAVELLER_REQUIRED', 'PARTNER_PI_REQUIRED']);
    // Without the server's data the SDK cannot judge the duplicate and ongoing-project rules, and
    // the adoption limit is judged at adoption: a client must not read ok as "will be accepted".
    expect(verdict.skipped).toEqual(['DUPLICATE_APPLICATION', 'ONGOING_PROJECT_CONFLICT', 'ADOPTION_LIMIT_EXCEEDED']);
  });
});

describe('reading the rules inputs from the SDK', () => {
  const call: ProposalForRulesFragment['call'] = {
    id: 'Q2FsbDox', code: 'FY2026-SOLO-RISING', kind: 'SOLO', track: 'RISING', fiscalYear: 2026,
    supportStartsOn: null,
    rules: {
      maxDirectCostYen: '69000000', maxTotalCostYen: '90000000', indirectRatePercent: 30, minPeriodMonths: 36, maxPeriodMonths: 36,
      networkShareGuidelinePercent: 70, youngResearcherYearsSinceDegree: 15, requiresYoungTraveller: true,
      youngTravellerStayMonths: null, requiresOutgoingResearcherEachSide: false,
      requiresPartnerLetterOfIntent: true, requiresResearchSecurity: true, singleApplicationPerResearcher: true,
      singlePiApplicationPerFiscalYear: false, singleAdoptionPerResearcher: true, appliesOngoingProjectRules: true,
    },
    fields: [{ code: 'QUANTUM' }], countries: [{ code: 'GB' }],
    milestones: [{ kind: 'SUBMISSION_DEADLINE', startsAt: '2026-05-19T03:00:00.000Z', endsAt: null, side: null }],
  };
  const member = (role: 'PI' | 'PARTNER_PI', overrides: Partial<ProposalForRulesFragment['team']['nodes'][number]> = {}) => ({
    id: `member-${role}`, role, leftOn: null, travelsToPartner: false, plannedStayMonths: null, letterOfIntent: null,
    organization: { id: `org-${role}`, country: { code: role === 'PI' ? 'JP' : 'GB' } },
    researcher: { id: `researcher-${role}`, careerStage: 'RESEARCHER' as const, degreeYear: 2000 },
    ...overrides,
  });
  const proposal = (nodes: ProposalForRulesFragment['team']['nodes']): ProposalForRulesFragment => ({
    id: 'UHJvcG9zYWw6MQ==', version: 1, status: 'DRAFT', call, field: { code: 'QUANTUM' }, partnerCountries: [{ code: 'GB' }],
    plannedPeriodMonths: 36, team: { pageInfo: { hasNextPage: false }, nodes },
    budget: { lines: [{ fiscalYear: 2026, purpose: 'WORKSHOPS', directCostYen: '9007199254740993' }] },
    researchSecurityAttestations: [{ organization: { id: 'org-PI' } }],
  });

  it('turns Yen strings into exact bigints and instants into Dates', () => {
    const converted = rules.callForRules(call);
    expect(converted).toMatchObject({ maxDirectCostYen: 69_000_000n, maxTotalCostYen: 90_000_000n, eligibleFieldCodes: ['QUANTUM'], eligibleCountryCodes: ['GB'] });
    expect(converted.milestones[0]!.startsAt).toEqual(new Date('2026-05-19T03:00:00.000Z'));
    // Beyond 2^53, where a number would have rounded.
    expect(rules.proposalDraft(proposal([member('PI')])).budget[0]!.directCostYen).toBe(9_007_199_254_740_993n);
  });

  it('leaves out members who left, and counts a letter of intent once it has a date', () => {
    const draft = rules.proposalDraft(
      proposal([member('PI'), member('PARTNER_PI', { letterOfIntent: { receivedOn: '2026-04-01' } }), member('PI', { id: 'gone', leftOn: '2026-01-01' })]),
    );
    expect(draft.team.map((m) => [m.role, m.hasLetterOfIntent])).toEqual([['PI', false], ['PARTNER_PI', true]]);
  });

  it('refuses to judge a proposal whose team details the key does not see, or whose team was cut off', () => {
    expect(() => rules.proposalDraft(proposal([member('PI', { travelsToPartner: null })]))).toThrow(AspireError);
    const cut = proposal([member('PI')]);
    expect(() => rules.proposalDraft({ ...cut, team: { ...cut.team, pageInfo: { hasNextPage: true } } })).toThrow(/longer than one page/);
  });
});
