// The small fixed parts of a call, each listed in full on the call: its schedule, its agencies,
// its fields in the phase it uses, its rule switches, the partner side's cap.
import { visible } from '../../auth/visibility.js';
import { phaseInForce } from '../../domain/research-fields.js';
import { fiscalYearRange } from '../../domain/fiscal-year.js';
import { type Call, CallAgencyRole } from '../../generated/prisma/client.js';
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

type RuleColumns = Pick<
  Call,
  | 'networkShareGuidelinePercent'
  | 'youngResearcherYearsSinceDegree'
  | 'requiresYoungTraveller'
  | 'requiresPartnerLetterOfIntent'
  | 'requiresResearchSecurity'
  | 'singleApplicationPerResearcher'
  | 'appliesOngoingProjectRules'
  | 'singleAdoptionPerResearcher'
>;

export const RULE_COLUMNS = {
  networkShareGuidelinePercent: true,
  youngResearcherYearsSinceDegree: true,
  requiresYoungTraveller: true,
  requiresPartnerLetterOfIntent: true,
  requiresResearchSecurity: true,
  singleApplicationPerResearcher: true,
  appliesOngoingProjectRules: true,
  singleAdoptionPerResearcher: true,
} as const satisfies Record<keyof RuleColumns, true>;

export const CallRulesRef = builder.objectRef<RuleColumns>('CallRules').implement({
  description: 'Program rules switched on for a call; the rules themselves are the same for every call.',
  fields: (t) => ({
    networkShareGuidelinePercent: t.exposeInt('networkShareGuidelinePercent', {
      nullable: true,
      description:
        'Guideline share (目安, percent) of total direct cost for building international networks and developing young researchers (workshops, young researchers\u2019 travel and stay, invitations, coordination staff); null: none.',
    }),
    youngResearcherYearsSinceDegree: t.exposeInt('youngResearcherYearsSinceDegree', {
      nullable: true,
      description: 'A researcher within about this many years of their degree counts as a young researcher (besides students).',
    }),
    requiresYoungTraveller: t.exposeBoolean('requiresYoungTraveller', {
      description: 'The Japan-side team must include at least one young researcher who travels to the partner side.',
    }),
    requiresPartnerLetterOfIntent: t.exposeBoolean('requiresPartnerLetterOfIntent', {
      description: 'Each partner PI needs a letter of intent showing support from a program of the partner country/region.',
    }),
    requiresResearchSecurity: t.exposeBoolean('requiresResearchSecurity', {
      description:
        "The organisations of the PI and of every Co-PI must attest research-security risk management (Cabinet Office procedures), from FY2026.",
    }),
    singleApplicationPerResearcher: t.exposeBoolean('singleApplicationPerResearcher', {
      description: 'A researcher may be PI or Co-PI on only one proposal to this call.',
    }),
    appliesOngoingProjectRules: t.exposeBoolean('appliesOngoingProjectRules', {
      description: 'PIs of ongoing ASPIRE projects may apply as PI only as the ongoing-project table allows (FY2026).',
    }),
    singleAdoptionPerResearcher: t.exposeBoolean('singleAdoptionPerResearcher', {
      description: 'A researcher is adopted as PI or Co-PI in at most one project across the calls of this fiscal year that set this (FY2026).',
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
