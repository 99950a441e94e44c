import { visible, visibleById } from '../../auth/visibility.js';
import { callPhaseNumber } from '../../domain/call-phase.js';
import { callStatistics, publishedCallStatistics } from '../../domain/call-statistics.js';
import { callStatusAt, submissionDeadline } from '../../domain/call-status.js';
import { builder } from '../../schema/builder.js';
import { localizedColumns } from '../../schema/localized.js';
import { versionField } from '../../schema/mutations.js';
import { ProposalStatusEnum, TeamSideEnum } from '../proposals/enums.js';
import {
  CallAgencyRef,
  CallFieldRef,
  CallMilestoneRef,
  CallPartnerFundingRef,
  CallRulesRef,
  FiscalYearRangeRef,
  PARTNER_FUNDING_COLUMNS,
  SCHEDULE_COLUMNS,
} from './call-parts.js';
import { CALL_RULE_COLUMNS, rulesOf } from './call-rules.js';
import { CallKindEnum, CallStatusEnum, CallTrackEnum } from './enums.js';
import { CallProposalRef, callProposals } from './call-proposals.js';
import { CallStatisticsRef, PUBLISHED_FIGURES, publishedFigures, recordCountsLoader } from './statistics.js';

// One query shape per relation, shared by every field that reads it, so that the plugin merges
// them into the call's own query (differing arguments would cost a query of their own).
const FIELDS_QUERY = { orderBy: { field: { sortOrder: 'asc' as const } } };
const MILESTONES_QUERY = { orderBy: [{ startsAt: 'asc' as const }, { kind: 'asc' as const }, { id: 'asc' as const }] };
const PHASES_QUERY = { orderBy: { phase: 'asc' as const } };
const SCHEDULE = {
  milestones: { ...MILESTONES_QUERY, select: SCHEDULE_COLUMNS },
};

const CallProposalFilter = builder.inputType('CallProposalFilter', {
  description: "Conditions on a call's proposals; all given must hold.",
  fields: (t) => ({
    status: t.field({ type: [ProposalStatusEnum], description: 'Only proposals in one of these statuses.' }),
  }),
});

export const CallRef = builder.prismaNode('Call', {
  description:
    'A call for proposals (公募): a solo call (単独公募) of one track, Top or Rising, or a joint call (共同公募) ' +
    'run with a partner funding agency. Money is Japan-side, in yen, unless it says otherwise.',
  id: { field: 'id' },
  nullable: true,
  findUnique: visibleById(visible.call),
  select: { id: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. FY2026-SOLO-TOP.' }),
    version: t.exposeInt('version', versionField),
    title: t.string(localizedColumns('title', 'Title in the requested language.')),
    titleJa: t.exposeString('titleJa', { nullable: true }),
    titleEn: t.exposeString('titleEn'),
    description: t.string(
      localizedColumns('description', 'Description in the requested language.'),
    ),
    descriptionJa: t.exposeString('descriptionJa', { nullable: true }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true }),
    note: t.string(localizedColumns('note', 'Remarks in the requested language.')),
    noteJa: t.exposeString('noteJa', { nullable: true }),
    noteEn: t.exposeString('noteEn', { nullable: true }),
    kind: t.expose('kind', { type: CallKindEnum }),
    track: t.expose('track', { type: CallTrackEnum, nullable: true, description: 'Solo calls only; null for joint calls.' }),
    fiscalYear: t.expose('fiscalYear', { type: 'FiscalYear', description: 'Japanese fiscal year the call belongs to.' }),
    fiscalYearRange: t.field({
      type: FiscalYearRangeRef,
      description: 'The calendar dates of the fiscal year.',
      select: { fiscalYear: true },
      resolve: (call) => ({ fiscalYear: call.fiscalYear }),
    }),

    maxDirectCostYen: t.field({
      type: 'Yen',
      nullable: true,
      description: 'Japan-side cap on direct cost per project, over the whole period, as the call enforces it (rules); null: none.',
      select: CALL_RULE_COLUMNS,
      resolve: (call) => rulesOf(call).rules.maxDirectCostYen,
    }),
    maxTotalCostYen: t.field({
      type: 'Yen',
      nullable: true,
      description: 'Japan-side cap including indirect cost, as the call enforces it (rules); null: none.',
      select: CALL_RULE_COLUMNS,
      resolve: (call) => rulesOf(call).rules.maxTotalCostYen,
    }),
    indirectRatePercent: t.int({
      description: 'Indirect cost as a percentage of direct cost (30 in every ASPIRE call so far).',
      select: CALL_RULE_COLUMNS,
      resolve: (call) => rulesOf(call).rules.indirectRatePercent,
    }),
    partnerFunding: t.field({
      type: CallPartnerFundingRef,
      nullable: true,
      description: "The partner side's cap in a joint call (the partner agency funds its side); null where none was published.",
      select: PARTNER_FUNDING_COLUMNS,
      resolve: (call) =>
        call.partnerMaxAmount == null && call.partnerCurrency == null && call.partnerFundingNoteEn == null && call.partnerFundingNoteJa == null
          ? null
          : call,
    }),
    minPeriodMonths: t.int({ nullable: true, description: 'Shortest project period, in months (rules).', select: CALL_RULE_COLUMNS, resolve: (call) => rulesOf(call).rules.minPeriodMonths }),
    maxPeriodMonths: t.int({ nullable: true, description: 'Longest project period, in months (rules).', select: CALL_RULE_COLUMNS, resolve: (call) => rulesOf(call).rules.maxPeriodMonths }),
    supportStartsOn: t.expose('supportStartsOn', {
      type: 'Date',
      nullable: true,
      description: 'Fixed start of support where the call sets one (joint calls).',
    }),
    japanSideEndsOn: t.expose('japanSideEndsOn', { type: 'Date', nullable: true, description: 'Fixed end of the Japan side.' }),
    partnerSideEndsOn: t.expose('partnerSideEndsOn', { type: 'Date', nullable: true, description: 'Fixed end of the partner side.' }),
    mobilityExtensionEndsOn: t.expose('mobilityExtensionEndsOn', {
      type: 'Date',
      nullable: true,
      description: 'The Japan side may extend to this date for researcher mobility only.',
    }),
    expectedAdoptions: t.exposeInt('expectedAdoptions', {
      nullable: true,
      description: 'About how many projects the call expects to adopt.',
    }),
    rules: t.field({
      type: CallRulesRef,
      description:
        'The rules the call enforces: the program\u2019s for its fiscal year, kind and track, except where the call ' +
        'states its own; sources says which is which.',
      select: CALL_RULE_COLUMNS,
      resolve: (call) => rulesOf(call),
    }),

    agencies: t.relation('agencies', {
      description: 'Agencies running the call: the lead (JST) first, then any partner agency, by code.',
      query: { orderBy: [{ role: 'asc' }, { agency: { code: 'asc' } }] },
    }),
    fields: t.prismaField({
      type: ['ResearchField'],
      description: 'Research fields eligible in this call. For their names and scope as this call used them, see fieldsInPhase.',
      select: (_args, _ctx, nestedSelection) => ({
        fields: { ...FIELDS_QUERY, select: { field: nestedSelection(true) } },
      }),
      resolve: (_query, call) => call.fields.map(({ field }) => field),
    }),
    fieldsInPhase: t.relation('fields', {
      type: CallFieldRef,
      description: "Research fields eligible in this call, each with its name and scope in the phase of the call's fiscal year.",
      query: FIELDS_QUERY,
    }),
    fieldPhase: t.int({
      nullable: true,
      description:
        "The phase of the research fields this call uses, from its fiscal year (1: calls up to FY2025, 2: from FY2026); null if unknown.",
      select: {
        fiscalYear: true,
        fields: {
          ...FIELDS_QUERY,
          select: {
            field: { select: { phases: { ...PHASES_QUERY, select: { phase: true, fromFiscalYear: true, toFiscalYear: true } } } },
          },
        },
      },
      resolve: (call) => callPhaseNumber(call.fields.map(({ field }) => field.phases), call.fiscalYear),
    }),
    countries: t.prismaField({
      type: ['Country'],
      description: 'Partner countries/regions eligible in this call, by code (empty where the sources do not say which).',
      select: (_args, _ctx, nestedSelection) => ({
        countries: { select: { country: nestedSelection(true) }, orderBy: { country: { code: 'asc' } } },
      }),
      resolve: (_query, call) => call.countries.map(({ country }) => country),
    }),

    milestones: t.relation('milestones', {
      type: CallMilestoneRef,
      description: 'The schedule, in time order.',
      query: MILESTONES_QUERY,
    }),
    status: t.field({
      type: CallStatusEnum,
      description: 'Where the call stands at an instant, derived from its schedule.',
      args: { at: t.arg({ type: 'DateTime', description: 'The instant; defaults to now.' }) },
      select: SCHEDULE,
      resolve: (call, { at }) => callStatusAt(call.milestones, at ?? new Date()),
    }),
    submissionDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "The instant after which a side can no longer submit: its own deadline, else the call's last one; null if not on record.",
      args: { side: t.arg({ type: TeamSideEnum, required: true, defaultValue: 'JAPAN' }) },
      select: SCHEDULE,
      resolve: (call, { side }) => submissionDeadline(call.milestones, side) ?? null,
    }),

    statistics: t.field({
      type: CallStatisticsRef,
      description:
        'Proposals received, adopted and the adoption rate: counted from the proposals on record where the call has ' +
        'any received proposal, otherwise as published (source tells which).',
      select: PUBLISHED_FIGURES,
      resolve: async (call, _args, ctx) =>
        callStatistics(await recordCountsLoader(ctx).load(call.id), publishedFigures(call)),
    }),
    publishedStatistics: t.field({
      type: CallStatisticsRef,
      description: 'The figures as JST published them (e.g. in the mid-term evaluation report), whatever is on record.',
      select: PUBLISHED_FIGURES,
      resolve: (call) => publishedCallStatistics(publishedFigures(call)),
    }),

    proposals: t.connection(
      {
        type: CallProposalRef,
        description: 'Proposals to this call, in the order they were entered.',
        args: { filter: t.arg({ type: CallProposalFilter }) },
        resolve: (call, args, ctx, info) => callProposals(call.id, args, ctx, info),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount() }) }) },
    ),
  }),
});
