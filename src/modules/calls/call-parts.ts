// The small fixed parts of a call, each listed in full on the call: its schedule, its agencies,
// its fields in the phase it uses, its effective rules, the partner side's cap.
import { visible } from '../../auth/visibility.js';
import { phaseInForce } from '../../domain/research-fields.js';
import { fiscalYearRange } from '../../domain/fiscal-year.js';
import type { CallRuleName, EffectiveCallRules, EffectiveRule } from '../../domain/program-rules.js';
import { type Call, CallAgencyRole } from '../../generated/prisma/client.js';
import { describedEnum } from '../../schema/described-enum.js';
import { builder } from '../../schema/builder.js';
import { localizedColumns, localizedText } from '../../schema/localized.js';
import { ResearchFieldPhaseRef } from '../reference/research-field.js';
import { TeamSideEnum } from '../proposals/enums.js';
import { DatePrecisionEnum, MilestoneKindEnum } from './enums.js';

/** The milestone columns the schedule rules (src/domain/call-status.ts) read. */
export const SCHEDULE_COLUMNS = { kind: true, side: true, startsAt: true, endsAt: true } as const;

export const CallMilestoneRef = builder.prismaNode('CallMilestone', {
  description:
    "A step in a call's schedule: a deadline (an instant) or a period (startsAt to endsAt), as precisely as it was announced.",
  id: { field: 'id' },
  nullable: true,
  // Through node(id:), a milestone is visible where its call is.
  findUnique: (id, ctx) => ({ id, call: visible.call(ctx) }),
  select: { id: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: MilestoneKindEnum }),
    side: t.expose('side', {
      type: TeamSideEnum,
      nullable: true,
      description: 'Whose milestone where the sides differ (e.g. joint-call deadlines per time zone); null: both sides.',
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'The instant, or the first instant of the period.' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'Last instant of the period; null for a single instant.' }),
    precision: t.expose('precision', { type: DatePrecisionEnum }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone it was announced in, e.g. Asia/Tokyo, Europe/London.' }),
    note: t.string(localizedColumns('note', 'Note in the requested language, e.g. "optional".')),
    noteJa: t.exposeString('noteJa', { nullable: true }),
    noteEn: t.exposeString('noteEn', { nullable: true }),
  }),
});

export const CallAgencyRef = builder.prismaObject('CallAgency', {
  description: 'A funding agency taking part in a call: JST (or AMED) leads; a joint call has a partner agency.',
  select: {},
  fields: (t) => ({
    agency: t.relation('agency'),
    // The enum is registered with the agencies (reference module); the Prisma enum names it.
    role: t.expose('role', { type: CallAgencyRole }),
  }),
});

export const CallFieldRef = builder.prismaObject('CallField', {
  description: "A research field of a call with its name and scope in the phase of the call's fiscal year.",
  select: {},
  fields: (t) => ({
    field: t.relation('field'),
    phase: t.field({
      type: ResearchFieldPhaseRef,
      nullable: true,
      description: "The field's phase the call uses (its name and scope for this call); null if none covers its fiscal year.",
      // A field has two phases: load both with the row and pick in the application (the choice
      // depends on the parent call's fiscal year, which a nested where cannot see).
      select: (_args, _ctx, nestedSelection) => ({
        call: { select: { fiscalYear: true } },
        field: {
          select: {
            phases: nestedSelection({ orderBy: { phase: 'asc' } }),
          },
        },
      }),
      resolve: ({ call, field }) => phaseInForce(field.phases, call.fiscalYear),
    }),
  }),
});

const RULE_DESCRIPTIONS: Record<CallRuleName, string> = {
  maxDirectCostYen: 'Japan-side cap on direct cost per project over the whole period; null: none.',
  maxTotalCostYen: 'Japan-side cap including indirect cost; null: none.',
  indirectRatePercent: 'Indirect cost as a percentage of direct cost.',
  minPeriodMonths: 'Shortest project period, in months; null: none.',
  maxPeriodMonths: 'Longest project period, in months; null: none.',
  networkShareGuidelinePercent:
    'Guideline share (目安, percent) of total direct cost for building international networks and developing young researchers (workshops, young researchers\u2019 travel and stay, invitations, coordination staff); null: none.',
  youngResearcherYearsSinceDegree: 'A researcher within about this many years of their degree counts as a young researcher (besides students).',
  requiresYoungTraveller: 'The Japan-side team must include at least one young researcher who travels to the partner side.',
  youngTravellerStayMonths: 'Young travellers stay about this many months on the partner side, in principle (a much shorter planned stay is warned of); null: no such guideline.',
  requiresOutgoingResearcherEachSide: 'Each side must include at least one outgoing researcher, travelling to the other side.',
  requiresPartnerLetterOfIntent: 'Each partner PI needs a letter of intent showing support from a program of the partner country/region (solo calls).',
  requiresResearchSecurity:
    'The organisations of the PI and of every Co-PI must attest research-security risk management (Cabinet Office procedures), from FY2026.',
  singleApplicationPerResearcher: 'A researcher may be PI or Co-PI on only one proposal to the fiscal year\u2019s solo calls.',
  singlePiApplicationPerFiscalYear: 'No one may apply as PI to two of the fiscal year\u2019s ASPIRE calls (JST solo and joint, AMED; FY2024).',
  appliesOngoingProjectRules: 'PIs of ongoing ASPIRE projects may apply as PI only as the ongoing-project table allows (FY2026).',
  singleAdoptionPerResearcher: 'A researcher is adopted as PI or Co-PI in at most one project across the fiscal year\u2019s calls (FY2026).',
};

export const CallRuleEnum = describedEnum('CallRule', 'A rule of the program a call enforces.', RULE_DESCRIPTIONS);

const RuleSourceEnum = describedEnum('RuleSource', 'Where a call\u2019s rule comes from.', {
  PROGRAM: 'The program\u2019s rules for the call\u2019s fiscal year, kind and track (DOMAIN.md).',
  CALL: 'The call states it itself (a joint call\u2019s own terms, or a value staff entered).',
});

const CallRuleSourceRef = builder.objectRef<EffectiveRule>('CallRuleSource').implement({
  description: 'Where one of a call\u2019s effective rules comes from.',
  fields: (t) => ({
    rule: t.expose('rule', { type: CallRuleEnum }),
    source: t.expose('source', { type: RuleSourceEnum }),
    reference: t.exposeString('reference', { description: 'The document and line the program\u2019s value is taken from, or that the call states it.' }),
  }),
});

export const CallRulesRef = builder.objectRef<EffectiveCallRules>('CallRules').implement({
  description:
    'The rules a call enforces: the program\u2019s rules for its fiscal year, kind and track, except where the call ' +
    'states its own (see sources).',
  fields: (t) => ({
    maxDirectCostYen: t.field({ type: 'Yen', nullable: true, description: RULE_DESCRIPTIONS.maxDirectCostYen, resolve: (r) => r.rules.maxDirectCostYen }),
    maxTotalCostYen: t.field({ type: 'Yen', nullable: true, description: RULE_DESCRIPTIONS.maxTotalCostYen, resolve: (r) => r.rules.maxTotalCostYen }),
    indirectRatePercent: t.int({ description: RULE_DESCRIPTIONS.indirectRatePercent, resolve: (r) => r.rules.indirectRatePercent }),
    minPeriodMonths: t.int({ nullable: true, description: RULE_DESCRIPTIONS.minPeriodMonths, resolve: (r) => r.rules.minPeriodMonths }),
    maxPeriodMonths: t.int({ nullable: true, description: RULE_DESCRIPTIONS.maxPeriodMonths, resolve: (r) => r.rules.maxPeriodMonths }),
    networkShareGuidelinePercent: t.int({ nullable: true, description: RULE_DESCRIPTIONS.networkShareGuidelinePercent, resolve: (r) => r.rules.networkShareGuidelinePercent }),
    youngResearcherYearsSinceDegree: t.int({ nullable: true, description: RULE_DESCRIPTIONS.youngResearcherYearsSinceDegree, resolve: (r) => r.rules.youngResearcherYearsSinceDegree }),
    requiresYoungTraveller: t.boolean({ description: RULE_DESCRIPTIONS.requiresYoungTraveller, resolve: (r) => r.rules.requiresYoungTraveller }),
    youngTravellerStayMonths: t.int({ nullable: true, description: RULE_DESCRIPTIONS.youngTravellerStayMonths, resolve: (r) => r.rules.youngTravellerStayMonths }),
    requiresOutgoingResearcherEachSide: t.boolean({ description: RULE_DESCRIPTIONS.requiresOutgoingResearcherEachSide, resolve: (r) => r.rules.requiresOutgoingResearcherEachSide }),
    requiresPartnerLetterOfIntent: t.boolean({ description: RULE_DESCRIPTIONS.requiresPartnerLetterOfIntent, resolve: (r) => r.rules.requiresPartnerLetterOfIntent }),
    requiresResearchSecurity: t.boolean({ description: RULE_DESCRIPTIONS.requiresResearchSecurity, resolve: (r) => r.rules.requiresResearchSecurity }),
    singleApplicationPerResearcher: t.boolean({ description: RULE_DESCRIPTIONS.singleApplicationPerResearcher, resolve: (r) => r.rules.singleApplicationPerResearcher }),
    singlePiApplicationPerFiscalYear: t.boolean({ description: RULE_DESCRIPTIONS.singlePiApplicationPerFiscalYear, resolve: (r) => r.rules.singlePiApplicationPerFiscalYear }),
    appliesOngoingProjectRules: t.boolean({ description: RULE_DESCRIPTIONS.appliesOngoingProjectRules, resolve: (r) => r.rules.appliesOngoingProjectRules }),
    singleAdoptionPerResearcher: t.boolean({ description: RULE_DESCRIPTIONS.singleAdoptionPerResearcher, resolve: (r) => r.rules.singleAdoptionPerResearcher }),
    sources: t.field({
      type: [CallRuleSourceRef],
      description: 'For every rule, whether it is the program\u2019s (with the line it is taken from) or the call\u2019s own.',
      resolve: (r) => r.sources,
    }),
  }),
});

type PartnerFundingColumns = Pick<
  Call,
  'partnerMaxAmount' | 'partnerCurrency' | 'partnerFundingNoteJa' | 'partnerFundingNoteEn'
>;

export const PARTNER_FUNDING_COLUMNS = {
  partnerMaxAmount: true,
  partnerCurrency: true,
  partnerFundingNoteJa: true,
  partnerFundingNoteEn: true,
} as const satisfies Record<keyof PartnerFundingColumns, true>;

export const CallPartnerFundingRef = builder.objectRef<PartnerFundingColumns>('CallPartnerFunding').implement({
  description: "The partner side's cap in a joint call, as the partner agency published it, in its own currency.",
  fields: (t) => ({
    maxAmount: t.string({
      nullable: true,
      description: 'Maximum per project in whole units of currency, as a decimal string (e.g. "1000000" for £1,000,000).',
      resolve: (p) => p.partnerMaxAmount?.toString() ?? null,
    }),
    currency: t.exposeString('partnerCurrency', { nullable: true, description: 'ISO 4217 code, e.g. GBP.' }),
    note: t.string(
      localizedText<PartnerFundingColumns>(
        (p) => ({ ja: p.partnerFundingNoteJa, en: p.partnerFundingNoteEn }),
        'How the partner side is funded, e.g. "UK side up to £1,000,000 at 80% full economic cost (FEC)".',
      ),
    ),
    noteJa: t.exposeString('partnerFundingNoteJa', { nullable: true }),
    noteEn: t.exposeString('partnerFundingNoteEn', { nullable: true }),
  }),
});

export const FiscalYearRangeRef = builder
  .objectRef<{ fiscalYear: number }>('FiscalYearRange')
  .implement({
    description: 'The calendar dates of a Japanese fiscal year (April 1st to March 31st).',
    fields: (t) => ({
      fiscalYear: t.expose('fiscalYear', { type: 'FiscalYear' }),
      start: t.field({ type: 'Date', description: 'April 1st.', resolve: (r) => calendarDate(fiscalYearRange(r.fiscalYear).start) }),
      end: t.field({ type: 'Date', description: 'March 31st of the next calendar year.', resolve: (r) => calendarDate(fiscalYearRange(r.fiscalYear).end) }),
    }),
  });

/** A YYYY-MM-DD string as the Date scalar carries it (midnight UTC). */
function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}
