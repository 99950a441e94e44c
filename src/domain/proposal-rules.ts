// The program's rules for a proposal (DOMAIN.md: calls, teams, budget, duplicate applications,
// research security), as plain functions: the server enforces them and the SDK ships them, so a
// client learns of a broken rule before it sends. Guidelines ("目安", "in principle") are
// warnings; everything else is an error that blocks submission (a draft may break any rule).
import { budgetTotals, type BudgetLineInput } from './budget.js';
import { callStatusAt, submissionDeadline, type Milestone } from './call-status.js';
import { fiscalYearOf } from './fiscal-year.js';
import type { CallKey, CallRules } from './program-rules.js';

/** Every rule, with what it asks; guidelines ("目安", "in principle") are warnings, the rest errors. */
export const RULES = {
  FIELD_NOT_ELIGIBLE: { severity: 'ERROR', description: 'The research field is not open in the call.' },
  PARTNER_COUNTRY_REQUIRED: { severity: 'ERROR', description: 'At least one partner country or region is named.' },
  PARTNER_COUNTRY_NOT_ELIGIBLE: { severity: 'ERROR', description: 'Every partner country or region is eligible in the call.' },
  PERIOD_REQUIRED: { severity: 'ERROR', description: 'The planned period in months is given (required at submission).' },
  PERIOD_OUT_OF_RANGE: { severity: 'ERROR', description: "The planned period is within the call's bounds for its track." },
  BUDGET_OUTSIDE_PERIOD: { severity: 'ERROR', description: "Every budget line's fiscal year lies within the planned period, which starts at the call's support start." },
  BUDGET_CAP_EXCEEDED: { severity: 'ERROR', description: "Direct cost is within the call's cap." },
  TOTAL_BUDGET_CAP_EXCEEDED: { severity: 'ERROR', description: "Direct plus indirect cost (30%) is within the call's cap." },
  NETWORK_SHARE_BELOW_GUIDELINE: { severity: 'WARNING', description: 'About 70% of direct cost goes to networks and young researchers (a guideline, 目安).' },
  PI_REQUIRED: { severity: 'ERROR', description: 'Exactly one PI (研究代表者).' },
  PI_NOT_IN_JAPAN: { severity: 'ERROR', description: 'The PI and Co-PIs are affiliated with an organisation in Japan.' },
  CO_PI_SAME_ORGANIZATION: { severity: 'WARNING', description: 'A Co-PI is in principle from another organisation than the PI.' },
  YOUNG_TRAVELLER_REQUIRED: { severity: 'ERROR', description: "At least one qualifying Japan-side young researcher travels to the partner side: a master's or doctoral student, or within about 15 years of the degree (may be the PI or a Co-PI)." },
  YOUNG_TRAVELLER_STAY_SHORT: { severity: 'WARNING', description: "A young traveller stays about one year on the partner side in principle; this planned stay is much shorter (under three quarters of the call's stay)." },
  OUTGOING_RESEARCHER_REQUIRED: { severity: 'ERROR', description: 'Each side includes at least one outgoing researcher, travelling to the other side (the UK joint call).' },
  PARTNER_PI_REQUIRED: { severity: 'ERROR', description: 'At least one partner PI from an eligible country or region.' },
  PARTNER_PI_NOT_ELIGIBLE: { severity: 'ERROR', description: 'Every partner PI is affiliated in an eligible partner country or region of the call.' },
  INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM: { severity: 'WARNING', description: "Invited researchers are in principle from the partner team (an organisation of the partner side's other members)." },
  LETTER_OF_INTENT_REQUIRED: { severity: 'ERROR', description: 'Every partner PI has a letter of intent from a program of the partner country or region.' },
  RESEARCH_SECURITY_ATTESTATION_REQUIRED: { severity: 'ERROR', description: "The PI's and every Co-PI's organisation attests research-security risk management (from FY2026)." },
  SUBMISSION_CLOSED: { severity: 'ERROR', description: 'Submission only while the call is open: no submission after the deadline, whatever the reason.' },
  DUPLICATE_APPLICATION: { severity: 'ERROR', description: 'A researcher is PI or Co-PI of only one proposal to the FY2026 solo call.' },
  DUPLICATE_PI_APPLICATION: { severity: 'ERROR', description: 'No one applies as PI twice across the FY2024 ASPIRE calls (JST solo and joint, AMED).' },
  ONGOING_PROJECT_CONFLICT: { severity: 'ERROR', description: 'The PI of an ongoing project may apply as PI only where the ongoing-project table allows it (FY2026).' },
  CALL_RULE_CONTRADICTS_PROGRAM: { severity: 'WARNING', description: "A call states a rule that contradicts the program's rules for its fiscal year, kind and track (src/domain/program-rules.ts)." },
} as const satisfies Record<string, { severity: 'ERROR' | 'WARNING'; description: string }>;

export type RuleCode = keyof typeof RULES;

export interface RuleViolation {
  code: RuleCode;
  severity: 'ERROR' | 'WARNING';
  /** Path of the input field at fault, e.g. ['team', '2', 'role']. */
  field: string[];
  message: string;
}

export type TeamRoleName =
  | 'PI' | 'CO_PI' | 'YOUNG_TRAVELLER' | 'COORDINATOR' | 'STUDENT' | 'TECHNICIAN'
  | 'PARTNER_PI' | 'INVITED_RESEARCHER'
  | 'UK_PROJECT_LEAD' | 'UK_PROJECT_CO_LEAD' | 'UK_RESEARCHER_CO_LEAD' | 'UK_SPECIALIST' | 'UK_TECHNICIAN'
  | 'UK_VISITING_RESEARCHER' | 'UK_RESEARCH_AND_INNOVATION_ASSOCIATE' | 'UK_PROFESSIONAL_ENABLING_STAFF';

const JAPAN_SIDE_ROLES: ReadonlySet<TeamRoleName> = new Set(['PI', 'CO_PI', 'YOUNG_TRAVELLER', 'COORDINATOR', 'STUDENT', 'TECHNICIAN']);

/** Which side of the team a role belongs to. */
export const teamSideOf = (role: TeamRoleName): 'JAPAN' | 'PARTNER' => (JAPAN_SIDE_ROLES.has(role) ? 'JAPAN' : 'PARTNER');

export type CareerStageName =
  | 'UNDERGRADUATE_STUDENT' | 'MASTERS_STUDENT' | 'DOCTORAL_STUDENT' | 'RESEARCHER' | 'TECHNICAL_STAFF' | 'COORDINATION_STAFF';

export interface TeamMemberDraft {
  researcherId: string;
  role: TeamRoleName;
  organizationId: string;
  /** ISO code of the member's organisation's country (JP for the Japan side). */
  organizationCountryCode: string;
  careerStage: CareerStageName;
  degreeYear?: number | null;
  travelsToPartner?: boolean;
  /** A young traveller's planned stay on the partner side, in months. */
  plannedStayMonths?: number | null;
  hasLetterOfIntent?: boolean;
}

export interface ProposalDraft {
  fieldCode: string;
  partnerCountryCodes: readonly string[];
  plannedPeriodMonths?: number | null;
  team: readonly TeamMemberDraft[];
  budget: readonly BudgetLineInput[];
  /** Organisations that have attested research-security risk management for this proposal. */
  attestedOrganizationIds: readonly string[];
}

/** A call as its rules see it: its effective rules (src/domain/program-rules.ts) and its own data. */
export interface CallForRules extends CallKey, CallRules {
  eligibleFieldCodes: readonly string[];
  /** Empty where the call's eligibility is not on record (then any partner country passes). */
  eligibleCountryCodes: readonly string[];
  milestones: readonly Milestone[];
  /** The fixed start of support where the call sets one; else its SUPPORT_STARTS milestone. */
  supportStartsOn?: Date | null;
}

/** Another proposal of the same researchers, for the duplicate-application rules. */
export interface OtherApplication {
  researcherId: string;
  role: 'PI' | 'CO_PI';
  callFiscalYear: number;
  callKind: 'SOLO' | 'JOINT';
  /** Only submitted (not withdrawn) proposals count. */
  status: 'DRAFT' | 'SUBMITTED' | 'DOCUMENT_REVIEW' | 'INTERVIEW' | 'ADOPTED' | 'REJECTED' | 'WITHDRAWN';
}

/** An ongoing project a team member leads, for the ongoing-project table (FY2026). */
export interface OngoingProject {
  researcherId: string;
  kind: 'SOLO' | 'JOINT';
  track: 'TOP' | 'RISING' | null;
  /** The fiscal year its support ends in. */
  finalFiscalYear: number;
}

export interface RuleContext {
  now: Date;
  /** Checks for submission add the deadline; a draft is checked for everything else. */
  forSubmission: boolean;
  otherApplications?: readonly OtherApplication[];
  ongoingProjects?: readonly OngoingProject[];
}

/** A rule the verdict did not judge: the other applications and projects are the server's data. */
export type SkippedRule = 'DUPLICATE_APPLICATION' | 'DUPLICATE_PI_APPLICATION' | 'ONGOING_PROJECT_CONFLICT' | 'ADOPTION_LIMIT_EXCEEDED';

export interface RuleVerdict {
  errors: RuleViolation[];
  warnings: RuleViolation[];
  /** No errors: the proposal may be submitted (warnings do not block), as far as the rules judged go. */
  ok: boolean;
  /**
   * Rules of this call not judged here for want of data: without `otherApplications` and
   * `ongoingProjects` (the SDK has neither) the duplicate and ongoing-project rules; the adoption
   * limit always, as it is judged at adoption, not submission.
   */
  skipped: SkippedRule[];
}

const STUDENT_STAGES: ReadonlySet<CareerStageName> = new Set(['MASTERS_STUDENT', 'DOCTORAL_STUDENT']);
const JAPAN_ROLES_WITH_BUDGET = new Set<TeamRoleName>(['PI', 'CO_PI']);
const COUNTED = new Set<OtherApplication['status']>(['SUBMITTED', 'DOCUMENT_REVIEW', 'INTERVIEW', 'ADOPTED', 'REJECTED']);

const yen = (value: bigint) => `¥${value.toLocaleString('en')}`;

/** A young researcher who travels: a master's or doctoral student, or within the call's years of the degree. */
export function qualifiesAsYoungTraveller(member: TeamMemberDraft, call: Pick<CallForRules, 'fiscalYear' | 'youngResearcherYearsSinceDegree'>) {
  // The young traveller is a member of the Japan-side team (DOMAIN.md, Teams: participants).
  if (teamSideOf(member.role) !== 'JAPAN') return false;
  if (STUDENT_STAGES.has(member.careerStage)) return true;
  const years = call.youngResearcherYearsSinceDegree;
  return years != null && member.degreeYear != null && call.fiscalYear - member.degreeYear <= years;
}

/**
 * Whether a PI of `ongoing` may apply as PI to `call` (the FY2026 table, whose columns are the
 * solo tracks: for joint calls it says nothing, so nothing is refused here).
 */
export function ongoingProjectAllows(ongoing: OngoingProject, call: Pick<CallForRules, 'kind' | 'track' | 'fiscalYear'>): boolean {
  if (call.kind !== 'SOLO') return true;
  if (ongoing.kind === 'JOINT') return false;
  const finalYear = ongoing.finalFiscalYear === call.fiscalYear;
  if (ongoing.track === 'TOP') return call.track === 'TOP' && finalYear;
  return call.track === 'TOP' || finalYear;
}

/** When the project period starts: the call's fixed start, else its SUPPORT_STARTS milestone. */
export function supportStart(call: Pick<CallForRules, 'supportStartsOn' | 'milestones'>): Date | null {
  if (call.supportStartsOn) return call.supportStartsOn;
  const starts = call.milestones.filter((m) => m.kind === 'SUPPORT_STARTS').map((m) => m.startsAt.getTime());
  return starts.length ? new Date(Math.min(...starts)) : null;
}

/**
 * The fiscal years a period of `months` may touch. From a known start: those of its first and
 * last month (in Japan's time). Without one, support begins no earlier than the call's fiscal
 * year, and a period of n months touches at most ⌈(n + 11) / 12⌉ fiscal years.
 */
export function periodFiscalYears(call: Pick<CallForRules, 'fiscalYear' | 'supportStartsOn' | 'milestones'>, months: number, budgetYears: readonly number[]): { first: number; last: number } {
  const start = supportStart(call);
  if (start) {
    const inJapan = new Date(start.getTime() + 9 * 3600_000);
    const lastMonth = new Date(Date.UTC(inJapan.getUTCFullYear(), inJapan.getUTCMonth() + months - 1, 1) - 9 * 3600_000);
    return { first: fiscalYearOf(start), last: fiscalYearOf(lastMonth) };
  }
  const first = Math.max(call.fiscalYear, Math.min(...budgetYears, Number.POSITIVE_INFINITY));
  return { first, last: first + Math.ceil((months + 11) / 12) - 1 };
}

/** The roles that lead the partner side and need a letter of intent where the call requires one. */
export const PARTNER_LEADS: ReadonlySet<TeamRoleName> = new Set(['PARTNER_PI', 'UK_PROJECT_LEAD']);

/** A partner PI's affiliation is in an eligible country of the call (outside Japan where none is on record). */
export function partnerPiEligible(countryCode: string, call: Pick<CallForRules, 'eligibleCountryCodes'>): boolean {
  return call.eligibleCountryCodes.length ? call.eligibleCountryCodes.includes(countryCode) : countryCode !== 'JP';
}

/** "Much shorter" than a stay of about `months`: under three quarters of it. */
const shortStay = (planned: number, months: number) => planned * 4 < months * 3;

export function validateProposal(draft: ProposalDraft, call: CallForRules, context: RuleContext): RuleVerdict {
  const violations: RuleViolation[] = [];
  const add = (code: RuleCode, field: string[], message: string) =>
    violations.push({ code, severity: RULES[code].severity, field, message });

  if (!call.eligibleFieldCodes.includes(draft.fieldCode)) {
    add('FIELD_NOT_ELIGIBLE', ['fieldId'], `The field ${draft.fieldCode} is not open in this call.`);
  }
  if (draft.partnerCountryCodes.length === 0) {
    add('PARTNER_COUNTRY_REQUIRED', ['partnerCountryIds'], 'Name at least one partner country or region.');
  }
  draft.partnerCountryCodes.forEach((code, i) => {
    if (call.eligibleCountryCodes.length && !call.eligibleCountryCodes.includes(code)) {
      add('PARTNER_COUNTRY_NOT_ELIGIBLE', ['partnerCountryIds', String(i)], `${code} is not eligible in this call.`);
    }
  });

  const months = draft.plannedPeriodMonths;
  if (months == null) add('PERIOD_REQUIRED', ['plannedPeriodMonths'], 'Give the planned period in months.');
  if (months != null && ((call.minPeriodMonths != null && months < call.minPeriodMonths) || (call.maxPeriodMonths != null && months > call.maxPeriodMonths))) {
    add('PERIOD_OUT_OF_RANGE', ['plannedPeriodMonths'], `The period must be ${call.minPeriodMonths ?? 1}–${call.maxPeriodMonths ?? '∞'} months.`);
  }

  if (months != null && months > 0 && draft.budget.length) {
    const period = periodFiscalYears(call, months, draft.budget.map((line) => line.fiscalYear));
    draft.budget.forEach((line, i) => {
      if (line.fiscalYear < period.first || line.fiscalYear > period.last) {
        add('BUDGET_OUTSIDE_PERIOD', ['budget', String(i), 'fiscalYear'], `FY${line.fiscalYear} is outside the planned period (FY${period.first}–FY${period.last}).`);
      }
    });
  }

  const totals = budgetTotals(draft.budget, call.indirectRatePercent);
  if (call.maxDirectCostYen != null && totals.directCostYen > call.maxDirectCostYen) {
    add('BUDGET_CAP_EXCEEDED', ['budget'], `Direct cost ${yen(totals.directCostYen)} is over the cap of ${yen(call.maxDirectCostYen)}.`);
  }
  if (call.maxTotalCostYen != null && totals.totalCostYen > call.maxTotalCostYen) {
    add('TOTAL_BUDGET_CAP_EXCEEDED', ['budget'], `Cost with ${call.indirectRatePercent}% indirect, ${yen(totals.totalCostYen)}, is over the cap of ${yen(call.maxTotalCostYen)}.`);
  }
  const guideline = call.networkShareGuidelinePercent;
  if (guideline != null && totals.networkAndYouthShare !== null && totals.networkAndYouthShare * 100 < guideline) {
    add('NETWORK_SHARE_BELOW_GUIDELINE', ['budget'], `About ${guideline}% of direct cost should go to networks and young researchers; this plans ${(totals.networkAndYouthShare * 100).toFixed(1)}%.`);
  }

  const indexed = draft.team.map((member, index) => ({ member, index }));
  const pis = indexed.filter(({ member }) => member.role === 'PI');
  const pi = pis[0]?.member;
  if (pis.length !== 1) add('PI_REQUIRED', ['team'], `A proposal has exactly one PI (研究代表者); this one has ${pis.length}.`);
  for (const { member, index } of indexed) {
    if (JAPAN_ROLES_WITH_BUDGET.has(member.role) && member.organizationCountryCode !== 'JP') {
      add('PI_NOT_IN_JAPAN', ['team', String(index), 'organizationId'], 'The PI and Co-PIs must be affiliated with an organisation in Japan.');
    }
    if (member.role === 'CO_PI' && pi && member.organizationId === pi.organizationId) {
      add('CO_PI_SAME_ORGANIZATION', ['team', String(index), 'organizationId'], 'A Co-PI is in principle from another organisation than the PI.');
    }
  }
  if (call.requiresYoungTraveller) {
    const travels = draft.team.some(
      (m) => (m.role === 'YOUNG_TRAVELLER' || m.travelsToPartner) && qualifiesAsYoungTraveller(m, call),
    );
    if (!travels) {
      add('YOUNG_TRAVELLER_REQUIRED', ['team'], `At least one Japan-side young researcher must travel to the partner side: a master's or doctoral student, or within about ${call.youngResearcherYearsSinceDegree ?? 15} years of the degree.`);
    }
  }
  const stay = call.youngTravellerStayMonths;
  if (stay != null) {
    for (const { member, index } of indexed) {
      const travels = member.role === 'YOUNG_TRAVELLER' || member.travelsToPartner;
      if (travels && member.plannedStayMonths != null && qualifiesAsYoungTraveller(member, call) && shortStay(member.plannedStayMonths, stay)) {
        add('YOUNG_TRAVELLER_STAY_SHORT', ['team', String(index), 'plannedStayMonths'], `Young travellers stay about ${stay} months on the partner side in principle; this plans ${member.plannedStayMonths}.`);
      }
    }
  }
  if (call.requiresOutgoingResearcherEachSide) {
    for (const side of ['JAPAN', 'PARTNER'] as const) {
      const outgoing = draft.team.some((m) => teamSideOf(m.role) === side && (m.travelsToPartner || m.role === 'YOUNG_TRAVELLER'));
      if (!outgoing) add('OUTGOING_RESEARCHER_REQUIRED', ['team'], `The ${side === 'JAPAN' ? 'Japan' : 'partner'} side must include at least one outgoing researcher, travelling to the other side.`);
    }
  }
  const partnerPis = indexed.filter(({ member }) => PARTNER_LEADS.has(member.role));
  if (!partnerPis.some(({ member }) => partnerPiEligible(member.organizationCountryCode, call))) {
    add('PARTNER_PI_REQUIRED', ['team'], 'At least one partner PI from an eligible country or region is required.');
  }
  for (const { member, index } of partnerPis) {
    if (!partnerPiEligible(member.organizationCountryCode, call)) {
      add('PARTNER_PI_NOT_ELIGIBLE', ['team', String(index), 'organizationId'], `Every partner PI must be affiliated in an eligible partner country or region of the call; ${member.organizationCountryCode} is not.`);
    }
  }
  if (call.requiresPartnerLetterOfIntent) {
    for (const { member, index } of partnerPis) {
      if (!member.hasLetterOfIntent) {
        add('LETTER_OF_INTENT_REQUIRED', ['team', String(index), 'letterOfIntent'], 'A partner PI needs a letter of intent from a program of the partner country or region.');
      }
    }
  }
  const partnerOrganizations = new Set(
    draft.team.filter((m) => teamSideOf(m.role) === 'PARTNER' && m.role !== 'INVITED_RESEARCHER').map((m) => m.organizationId),
  );
  for (const { member, index } of indexed) {
    if (member.role === 'INVITED_RESEARCHER' && !partnerOrganizations.has(member.organizationId)) {
      add('INVITED_RESEARCHER_OUTSIDE_PARTNER_TEAM', ['team', String(index), 'organizationId'], 'An invited researcher is in principle from the partner team.');
    }
  }

  if (call.requiresResearchSecurity) {
    const reported = new Set<string>();
    for (const { member, index } of indexed) {
      if (!JAPAN_ROLES_WITH_BUDGET.has(member.role) || reported.has(member.organizationId)) continue;
      reported.add(member.organizationId);
      if (!draft.attestedOrganizationIds.includes(member.organizationId)) {
        add('RESEARCH_SECURITY_ATTESTATION_REQUIRED', ['team', String(index), 'organizationId'], `The organisation of this ${member.role === 'PI' ? 'PI' : 'Co-PI'} has not attested research-security risk management.`);
      }
    }
  }

  if (call.singleApplicationPerResearcher) {
    for (const { member, index } of indexed) {
      if (!JAPAN_ROLES_WITH_BUDGET.has(member.role)) continue;
      const other = context.otherApplications?.find(
        (o) => o.researcherId === member.researcherId && o.callKind === 'SOLO' && o.callFiscalYear === call.fiscalYear && COUNTED.has(o.status),
      );
      if (other) {
        add('DUPLICATE_APPLICATION', ['team', String(index), 'researcherId'], `This researcher is already ${other.role === 'PI' ? 'PI' : 'Co-PI'} of another FY${call.fiscalYear} solo proposal: one proposal per researcher, as PI or Co-PI.`);
      }
    }
  }
  if (call.appliesOngoingProjectRules && pi) {
    for (const ongoing of context.ongoingProjects ?? []) {
      if (ongoing.researcherId === pi.researcherId && !ongoingProjectAllows(ongoing, call)) {
        add('ONGOING_PROJECT_CONFLICT', ['team'], `The PI leads an ongoing ${ongoing.kind === 'JOINT' ? 'joint-call' : ongoing.track === 'TOP' ? 'Top' : 'Rising'} project, which rules out applying as PI to this call.`);
      }
    }
  }

  if (call.singlePiApplicationPerFiscalYear && pi) {
    const other = context.otherApplications?.find(
      (o) => o.researcherId === pi.researcherId && o.role === 'PI' && o.callFiscalYear === call.fiscalYear && COUNTED.has(o.status),
    );
    const index = indexed.find(({ member }) => member === pi)!.index;
    if (other) {
      add('DUPLICATE_PI_APPLICATION', ['team', String(index), 'researcherId'], `The PI already applies as PI to another FY${call.fiscalYear} ASPIRE call: no duplicate application as PI within the fiscal year.`);
    }
  }

  if (context.forSubmission) {
    const status = callStatusAt(call.milestones, context.now);
    const deadline = submissionDeadline(call.milestones, 'JAPAN');
    const open = (status === 'OPEN' || status === 'OPEN_FOR_PRE_NOTIFICATION') && (!deadline || context.now < deadline);
    // No submission after the deadline, whatever the reason.
    if (!open) add('SUBMISSION_CLOSED', [], deadline ? `Submissions closed at ${deadline.toISOString()}.` : 'The call is not open for submissions.');
  }

  const skipped: SkippedRule[] = [];
  if (!context.otherApplications) {
    if (call.singleApplicationPerResearcher) skipped.push('DUPLICATE_APPLICATION');
    if (call.singlePiApplicationPerFiscalYear) skipped.push('DUPLICATE_PI_APPLICATION');
  }
  if (!context.ongoingProjects && call.appliesOngoingProjectRules) skipped.push('ONGOING_PROJECT_CONFLICT');
  if (call.singleAdoptionPerResearcher) skipped.push('ADOPTION_LIMIT_EXCEEDED');

  const errors = violations.filter((v) => v.severity === 'ERROR');
  return { errors, warnings: violations.filter((v) => v.severity === 'WARNING'), ok: errors.length === 0, skipped };
}
