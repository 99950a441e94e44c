import { describe, expect, it } from 'vitest';
import {
  ongoingProjectAllows,
  validateProposal,
  type CallForRules,
  type ProposalDraft,
  type RuleContext,
} from '../../src/domain/proposal-rules.js';
import { programRules } from '../../src/domain/program-rules.js';

const PARTNERS = ['AU', 'AT', 'BE', 'CA', 'CZ', 'DK', 'EU', 'FI', 'FR', 'DE', 'IT', 'NL', 'NO', 'PL', 'PT', 'KR', 'ES', 'SE', 'CH', 'GB', 'US'];

// The FY2026 Top track (DOMAIN.md).
const top2026: CallForRules = {
  kind: 'SOLO',
  track: 'TOP',
  fiscalYear: 2026,
  // The table holds the values this test spelled out before (380M/500M, 60 months, 30%, 70%, 15
  // years, LoI, research security, single application, the ongoing-project table).
  ...programRules({ kind: 'SOLO', track: 'TOP', fiscalYear: 2026 }).rules,
  eligibleFieldCodes: ['AI', 'BIO', 'ENERGY', 'MATERIALS', 'QUANTUM', 'SEMICONDUCTORS', 'NETWORK'],
  eligibleCountryCodes: PARTNERS,
  milestones: [{ kind: 'SUBMISSION_DEADLINE', startsAt: new Date('2026-05-19T03:00:00Z') }],
};

const valid: ProposalDraft = {
  fieldCode: 'QUANTUM',
  partnerCountryCodes: ['GB'],
  plannedPeriodMonths: 60,
  team: [
    { researcherId: 'pi', role: 'PI', organizationId: 'univ-a', organizationCountryCode: 'JP', careerStage: 'RESEARCHER', degreeYear: 1998 },
    { researcherId: 'copi', role: 'CO_PI', organizationId: 'univ-b', organizationCountryCode: 'JP', careerStage: 'RESEARCHER', degreeYear: 2015, travelsToPartner: true },
    { researcherId: 'partner', role: 'PARTNER_PI', organizationId: 'oxbridge', organizationCountryCode: 'GB', careerStage: 'RESEARCHER', hasLetterOfIntent: true },
  ],
  budget: [
    { fiscalYear: 2026, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCostYen: 200_000_000n },
    { fiscalYear: 2027, purpose: 'WORKSHOPS', directCostYen: 80_000_000n },
    { fiscalYear: 2027, purpose: 'EQUIPMENT', directCostYen: 100_000_000n },
  ],
  attestedOrganizationIds: ['univ-a', 'univ-b'],
};

const beforeDeadline: RuleContext = { now: new Date('2026-05-01T00:00:00Z'), forSubmission: true };
const codes = (draft: ProposalDraft, call = top2026, context = beforeDeadline) => {
  const verdict = validateProposal(draft, call, context);
  return { errors: verdict.errors.map((e) => e.code), warnings: verdict.warnings.map((w) => w.code), ok: verdict.ok };
};

describe('validateProposal', () => {
  it('accepts a proposal that keeps every rule', () => {
    expect(codes(valid)).toEqual({ errors: [], warnings: [], ok: true });
  });

  it('holds the caps of the track, direct and with 30% indirect', () => {
    const over = { ...valid, budget: [...valid.budget, { fiscalYear: 2028, purpose: 'WORKSHOPS' as const, directCostYen: 1n }] };
    // ¥380,000,001 direct is ¥494,000,001 with indirect: only the direct cap binds on Top.
    expect(codes(over).errors).toEqual(['BUDGET_CAP_EXCEEDED']);
    expect(codes(valid, { ...top2026, maxDirectCostYen: null, maxTotalCostYen: 400_000_000n }).errors).toEqual(['TOTAL_BUDGET_CAP_EXCEEDED']);
    const rising = { ...top2026, track: 'RISING' as const, maxDirectCostYen: 69_000_000n, maxTotalCostYen: 90_000_000n, minPeriodMonths: 36, maxPeriodMonths: 36 };
    expect(codes(valid, rising).errors).toEqual(['PERIOD_OUT_OF_RANGE', 'BUDGET_CAP_EXCEEDED', 'TOTAL_BUDGET_CAP_EXCEEDED']);
  });

  it('warns, without blocking, below the guideline share for networks and young researchers', () => {
    const heavy = { ...valid, budget: [{ fiscalYear: 2026, purpose: 'EQUIPMENT' as const, directCostYen: 100_000_000n }, { fiscalYear: 2026, purpose: 'WORKSHOPS' as const, directCostYen: 100_000_000n }] };
    expect(codes(heavy)).toEqual({ errors: [], warnings: ['NETWORK_SHARE_BELOW_GUIDELINE'], ok: true });
  });

  it('wants exactly one PI, in Japan, and warns of a Co-PI from the PI organisation', () => {
    expect(codes({ ...valid, team: valid.team.filter((m) => m.role !== 'PI') }).errors).toContain('PI_REQUIRED');
    const twoPis = { ...valid, team: [...valid.team, { ...valid.team[0]!, researcherId: 'pi2' }] };
    expect(codes(twoPis).errors).toContain('PI_REQUIRED');
    const abroad = { ...valid, team: valid.team.map((m) => (m.role === 'PI' ? { ...m, organizationCountryCode: 'US' } : m)) };
    expect(codes(abroad).errors).toContain('PI_NOT_IN_JAPAN');
    const sameOrg = { ...valid, team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, organizationId: 'univ-a' } : m)) };
    expect(codes(sameOrg)).toEqual({ errors: [], warnings: ['CO_PI_SAME_ORGANIZATION'], ok: true });
  });

  it('needs a young traveller who qualifies: a student, or within 15 years of the degree', () => {
    const senior = { ...valid, team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, degreeYear: 2010 } : m)) };
    expect(codes(senior).errors).toEqual(['YOUNG_TRAVELLER_REQUIRED']);
    const student = { ...senior, team: [...senior.team, { researcherId: 's', role: 'YOUNG_TRAVELLER' as const, organizationId: 'univ-a', organizationCountryCode: 'JP', careerStage: 'DOCTORAL_STUDENT' as const }] };
    expect(codes(student).ok).toBe(true);
    const edge = { ...valid, team: valid.team.map((m) => (m.role === 'CO_PI' ? { ...m, degreeYear: 2011 } : m)) };
    expect(codes(edge).ok).toBe(true);
  });

  it('needs a partner PI from an eligible country with a letter of intent', () => {
    const noLetter = { ...valid, team: valid.team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, hasLetterOfIntent: false } : m)) };
    expect(codes(noLetter).errors).toEqual(['LETTER_OF_INTENT_REQUIRED']);
    const outside = { ...valid, team: valid.team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, organizationCountryCode: 'CN' } : m)) };
    // Every partner PI must be in an eligible country, and that one is named (issue 12).
    expect(codes(outside).errors).toEqual(['PARTNER_PI_REQUIRED', 'PARTNER_PI_NOT_ELIGIBLE']);
  });

  it('keeps field and partner countries to those the call admits', () => {
    expect(codes({ ...valid, fieldCode: 'HEALTH' }).errors).toEqual(['FIELD_NOT_ELIGIBLE']);
    expect(codes({ ...valid, partnerCountryCodes: ['GB', 'CN'] }).errors).toEqual(['PARTNER_COUNTRY_NOT_ELIGIBLE']);
    expect(codes({ ...valid, partnerCountryCodes: [] }).errors).toEqual(['PARTNER_COUNTRY_REQUIRED']);
  });

  it("needs research-security attestation for the PI's and every Co-PI's organisation from FY2026", () => {
    expect(codes({ ...valid, attestedOrganizationIds: ['univ-a'] }).errors).toEqual(['RESEARCH_SECURITY_ATTESTATION_REQUIRED']);
    expect(codes({ ...valid, attestedOrganizationIds: [] }, { ...top2026, requiresResearchSecurity: false }).ok).toBe(true);
  });

  it('refuses submission from the deadline on, whatever the reason, but lets a draft be saved', () => {
    const atDeadline = { now: new Date('2026-05-19T03:00:00Z'), forSubmission: true };
    expect(codes(valid, top2026, atDeadline).errors).toEqual(['SUBMISSION_CLOSED']);
    expect(codes(valid, top2026, { ...atDeadline, forSubmission: false }).ok).toBe(true);
  });

  it('allows one FY2026 solo proposal per researcher as PI or Co-PI', () => {
    const context: RuleContext = {
      ...beforeDeadline,
      otherApplications: [{ researcherId: 'copi', role: 'PI', callFiscalYear: 2026, callKind: 'SOLO', status: 'SUBMITTED' }],
    };
    expect(codes(valid, top2026, context).errors).toEqual(['DUPLICATE_APPLICATION']);
    const withdrawn: RuleContext = { ...beforeDeadline, otherApplications: [{ ...context.otherApplications![0]!, status: 'WITHDRAWN' }] };
    expect(codes(valid, top2026, withdrawn).ok).toBe(true);
  });

  it("applies the ongoing-project table to the PI", () => {
    const ongoing = (kind: 'SOLO' | 'JOINT', track: 'TOP' | 'RISING' | null, finalFiscalYear = 2028): RuleContext => ({
      ...beforeDeadline,
      ongoingProjects: [{ researcherId: 'pi', kind, track, finalFiscalYear }],
    });
    expect(codes(valid, top2026, ongoing('SOLO', 'RISING')).ok).toBe(true);
    expect(codes(valid, top2026, ongoing('SOLO', 'TOP')).errors).toEqual(['ONGOING_PROJECT_CONFLICT']);
    expect(codes(valid, top2026, ongoing('JOINT', null)).errors).toEqual(['ONGOING_PROJECT_CONFLICT']);
  });
});

describe('ongoingProjectAllows (the FY2026 table)', () => {
  const solo = (track: 'TOP' | 'RISING') => ({ kind: 'SOLO' as const, track, fiscalYear: 2026 });
  it.each([
    ['TOP', 2028, 'TOP', false],
    ['TOP', 2026, 'TOP', true],
    ['TOP', 2026, 'RISING', false],
    ['RISING', 2028, 'TOP', true],
    ['RISING', 2028, 'RISING', false],
    ['RISING', 2026, 'RISING', true],
  ] as const)('ongoing %s ending FY%i → new %s: %s', (ongoingTrack, finalFiscalYear, newTrack, allowed) => {
    expect(ongoingProjectAllows({ researcherId: 'x', kind: 'SOLO', track: ongoingTrack, finalFiscalYear }, solo(newTrack))).toBe(allowed);
  });
  it('refuses a PI of an ongoing joint-call project for either track', () => {
    for (const track of ['TOP', 'RISING'] as const) {
      expect(ongoingProjectAllows({ researcherId: 'x', kind: 'JOINT', track: null, finalFiscalYear: 2026 }, solo(track))).toBe(false);
    }
  });
});

describe('the rules issue 12 adds', () => {
  const member = (over: Partial<ProposalDraft['team'][number]>): ProposalDraft['team'][number] => ({
    researcherId: 'x', role: 'STUDENT', organizationId: 'univ-a', organizationCountryCode: 'JP', careerStage: 'DOCTORAL_STUDENT', ...over,
  });
  it('wants the planned period, and every budget line inside it', () => {
    const moved = (fiscalYear: number) => ({ ...valid, budget: valid.budget.map((l) => (l.purpose === 'EQUIPMENT' ? { ...l, fiscalYear } : l)) });
    expect(codes({ ...valid, plannedPeriodMonths: null }).errors).toEqual(['PERIOD_REQUIRED']);
    // No support start on record: FY2026 + 60 months touches at most six fiscal years, FY2026–FY2031.
    expect(codes(moved(2031)).errors).toEqual([]);
    expect(codes(moved(2032)).errors).toEqual(['BUDGET_OUTSIDE_PERIOD']);
    expect(codes(moved(2025)).errors).toEqual(['BUDGET_OUTSIDE_PERIOD']);
    // Support from 2026-12 for 60 months ends in 2031-11: FY2026–FY2031.
    const fromDecember = { ...top2026, milestones: [...top2026.milestones, { kind: 'SUPPORT_STARTS' as const, startsAt: new Date('2026-11-30T15:00:00Z') }] };
    expect(codes(moved(2031), fromDecember).errors).toEqual([]);
    expect(codes(moved(2032), fromDecember).errors).toEqual(['BUDGET_OUTSIDE_PERIOD']);
  });
  it('counts only a Japan-side young traveller', () => {
    const partnerStudent = { ...valid, team: [...valid.team.map((m) => ({ ...m, travelsToPartner: false })), member({ researcherId: 's', role: 'INVITED_RESEARCHER', organizationId: 'oxbridge', organizationCountryCode: 'GB', travelsToPartner: true })] };
    expect(codes(partnerStudent).errors).toEqual(['YOUNG_TRAVELLER_REQUIRED']);
  });
  it('warns of an invited researcher from outside the partner team', () => {
    const invited = { ...valid, team: [...valid.team, member({ researcherId: 'i', role: 'INVITED_RESEARCHER', organizationId: 'elsewhere', organizationCountryCode: 'FR' })] };
    expect(codes(invited)).toMatchObject({ errors: [], warnings: ['INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM'] });
  });
  it('holds the UK joint call to outgoing researchers on each side and a stay of about a year', () => {
    const uk = { ...top2026, requiresOutgoingResearcherEachSide: true, youngTravellerStayMonths: 12 };
    expect(codes(valid, uk).errors).toEqual(['OUTGOING_RESEARCHER_REQUIRED']);
    const both = { ...valid, team: valid.team.map((m) => (m.role === 'PARTNER_PI' ? { ...m, travelsToPartner: true } : m.role === 'CO_PI' ? { ...m, plannedStayMonths: 8 } : m)) };
    expect(codes(both, uk)).toEqual({ errors: [], warnings: ['YOUNG_TRAVELLER_STAY_SHORT'], ok: true });
    const nineMonths = { ...both, team: both.team.map((m) => (m.role === 'CO_PI' ? { ...m, plannedStayMonths: 9 } : m)) };
    expect(codes(nineMonths, uk).warnings).toEqual([]);
  });
  it('refuses a second PI application within FY2024', () => {
    const fy2024 = { ...top2026, ...programRules({ kind: 'JOINT', track: null, fiscalYear: 2024 }).rules, kind: 'JOINT' as const, track: null, fiscalYear: 2024, milestones: [] };
    const other = { researcherId: 'pi', role: 'PI' as const, callFiscalYear: 2024, callKind: 'SOLO' as const, status: 'SUBMITTED' as const };
    const budget = [{ fiscalYear: 2024, purpose: 'WORKSHOPS' as const, directCostYen: 1n }];
    expect(codes({ ...valid, budget, plannedPeriodMonths: 36 }, fy2024, { now: new Date(), forSubmission: false, otherApplications: [other] }).errors).toEqual(['DUPLICATE_PI_APPLICATION']);
    expect(codes({ ...valid, budget, plannedPeriodMonths: 36 }, fy2024, { now: new Date(), forSubmission: false, otherApplications: [{ ...other, role: 'CO_PI' }] }).errors).toEqual([]);
  });
});
