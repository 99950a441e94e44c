import type { InputShapeFromFields } from '@pothos/core';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text, yenAmount } from '../../schema/mutations.js';
import { TeamSideEnum } from '../proposals/enums.js';
import { CallAgencyRoleEnum, FundingAgencyRef } from '../reference/agency.js';
import { CountryRef } from '../reference/country.js';
import type { InputBuilder } from '../reference/mutations.js';
import { ResearchFieldRef } from '../reference/research-field.js';
import { CallRef } from './call.js';
import { createCall, updateCall, type CallContent } from './call-writes.js';
import { CallKindEnum, CallTrackEnum, DatePrecisionEnum, MilestoneKindEnum } from './enums.js';

const longText = text(20_000);
const note = text(2_000);
/** ¥1 trillion: far above any ASPIRE cap, far below what a BIGINT holds. */
const percent = z.number().int().min(0, 'must not be negative').max(100, 'must be at most 100');
const count = (max: number) => z.number().int().min(0, 'must not be negative').max(max, `must be at most ${max}`);
const months = z.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120');

const CallAgencyInput = builder.inputType('CallAgencyInput', {
  description: 'An agency taking part in a call and its part: JST (or AMED) leads; a joint call’s partner agency co-runs it.',
  fields: (t) => ({
    agencyId: t.globalID({ required: true, for: FundingAgencyRef }),
    role: t.field({ type: CallAgencyRoleEnum, required: true }),
  }),
});

const CallMilestoneInput = builder.inputType('CallMilestoneInput', {
  description:
    'A step in the schedule: an instant (startsAt) or a period (startsAt to endsAt), as precisely as it was announced. ' +
    'A milestone of the same kind and side as a stored one keeps its id.',
  fields: (t) => ({
    kind: t.field({ type: MilestoneKindEnum, required: true }),
    side: t.field({ type: TeamSideEnum, description: 'Whose milestone where the sides differ; left out: both sides.' }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', description: 'Last instant of a period; not before startsAt.' }),
    precision: t.field({ type: DatePrecisionEnum, description: 'MINUTE when left out.' }),
    timeZone: t.string({ required: true, validate: text(64), description: 'IANA time zone it was announced in, e.g. Asia/Tokyo.' }),
    noteJa: t.string({ validate: note }),
    noteEn: t.string({ validate: note }),
  }),
});

/** The fields a new call needs: required to create one, optional in an update. */
function identityFields<Required extends boolean>(t: InputBuilder, required: Required) {
  return {
    code: t.string({ required, validate: text(64), description: 'Stable code, unique, e.g. FY2026-SOLO-TOP (letters, digits, "-", "_").' }),
    titleEn: t.string({ required, validate: text(300) }),
    kind: t.field({ type: CallKindEnum, required }),
    fiscalYear: t.field({ type: 'FiscalYear', required }),
  };
}

const OWN_RULE =
  'Left out or null: the program\u2019s rule for the call\u2019s fiscal year, kind and track (Call.rules). A value that contradicts it is kept, with a CALL_RULE_CONTRADICTS_PROGRAM warning.';
const PROGRAM_FACT = 'A fact of the program for the fiscal year, kind and track (Call.rules): the call follows it without being told.';

/** Everything else a call holds. Left out, a field stays as it is; null clears it. */
function contentFields(t: InputBuilder) {
  return {
    titleJa: t.string({ validate: text(300) }),
    descriptionJa: t.string({ validate: longText }),
    descriptionEn: t.string({ validate: longText }),
    noteJa: t.string({ validate: longText }),
    noteEn: t.string({ validate: longText }),
    track: t.field({ type: CallTrackEnum, description: 'Solo calls need one; joint calls have none (send null).' }),
    maxDirectCostYen: t.field({ type: 'Yen', validate: yenAmount, description: `Japan-side cap on direct cost per project, where the call sets its own (joint calls). ${OWN_RULE}` }),
    maxTotalCostYen: t.field({ type: 'Yen', validate: yenAmount, description: `Japan-side cap including indirect cost, where the call sets its own; not below the direct cap. ${OWN_RULE}` }),
    indirectRatePercent: t.int({ validate: percent, description: `Indirect cost as a percentage of direct cost, 0–100. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    partnerMaxAmount: t.string({
      validate: z.string().regex(/^\d{1,15}$/, 'must be a whole number as a decimal string, e.g. "1000000"'),
      description: 'The partner side’s cap in its own currency, whole units as a decimal string; needs partnerCurrency.',
    }),
    partnerCurrency: t.string({ description: 'ISO 4217 code of the partner side’s cap, e.g. GBP.' }),
    partnerFundingNoteJa: t.string({ validate: note }),
    partnerFundingNoteEn: t.string({ validate: note }),
    minPeriodMonths: t.int({ validate: months, description: `Shortest project period, 1–120 months, where the call sets its own. ${OWN_RULE}` }),
    maxPeriodMonths: t.int({ validate: months, description: `Longest project period, 1–120 months, not below the shortest, where the call sets its own. ${OWN_RULE}` }),
    supportStartsOn: t.field({ type: 'Date', description: 'Fixed start of support (joint calls).' }),
    japanSideEndsOn: t.field({ type: 'Date', description: 'Fixed end of the Japan side; not before supportStartsOn.' }),
    partnerSideEndsOn: t.field({ type: 'Date', description: 'Fixed end of the partner side; not before supportStartsOn.' }),
    mobilityExtensionEndsOn: t.field({ type: 'Date', description: 'End of the extension for mobility only; not before japanSideEndsOn.' }),
    expectedAdoptions: t.int({ validate: count(1_000), description: 'About how many projects the call expects to adopt.' }),
    networkShareGuidelinePercent: t.int({ validate: percent, description: `Rule: guideline share (percent) for networks and young researchers. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    youngResearcherYearsSinceDegree: t.int({ validate: count(60), description: `Rule: a young researcher is within this many years of the degree. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    requiresYoungTraveller: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    youngTravellerStayMonths: t.int({ validate: months, description: `Rule of a call's own: young travellers stay about this many months on the partner side (seed 001: a year). ${OWN_RULE}` }),
    requiresOutgoingResearcherEachSide: t.boolean({ description: `Rule of a call's own: each side includes an outgoing researcher (seed 001). ${OWN_RULE}` }),
    requiresPartnerLetterOfIntent: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    requiresResearchSecurity: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    singleApplicationPerResearcher: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    appliesOngoingProjectRules: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    singleAdoptionPerResearcher: t.boolean({ description: `Rule. ${OWN_RULE}`, deprecationReason: PROGRAM_FACT }),
    publishedProposalCount: t.int({ validate: count(100_000), description: 'Proposals received, as published; null: not published.' }),
    publishedAdoptionCount: t.int({ validate: count(100_000), description: 'Projects adopted, as published; not above the proposals.' }),
    statisticsAsOf: t.field({ type: 'Date' }),
    statisticsSourceEn: t.string({ validate: text(1_000) }),
    eligibleFieldIds: t.globalIDList({ for: ResearchFieldRef, description: 'Eligible research fields; replaces the list when given.' }),
    eligibleCountryIds: t.globalIDList({ for: CountryRef, description: 'Eligible partner countries/regions; replaces the list when given.' }),
    agencies: t.field({ type: [CallAgencyInput], description: 'Agencies running the call; replaces the list when given.' }),
    milestones: t.field({ type: [CallMilestoneInput], description: 'The whole schedule; replaces it when given.' }),
  };
}

type ContentInput = InputShapeFromFields<ReturnType<typeof contentFields>> & Partial<InputShapeFromFields<ReturnType<typeof identityFields<false>>>>;

/** Input as the write functions take it: row ids, bigints; a column that cannot be null stays as it is when sent null (a rule sent null is the program's again). */
function callContent(input: ContentInput): CallContent {
  const { eligibleFieldIds, eligibleCountryIds, agencies, partnerMaxAmount, ...columns } = input;
  return {
    ...columns,
    code: columns.code ?? undefined,
    titleEn: columns.titleEn ?? undefined,
    kind: columns.kind ?? undefined,
    fiscalYear: columns.fiscalYear ?? undefined,
    partnerMaxAmount: partnerMaxAmount == null ? partnerMaxAmount : BigInt(partnerMaxAmount),
    milestones: columns.milestones ?? undefined,
    eligibleFieldIds: eligibleFieldIds?.map((id) => id.id),
    eligibleCountryIds: eligibleCountryIds?.map((id) => id.id),
    agencies: agencies?.map((a) => ({ agencyId: a.agencyId.id, role: a.role })),
  };
}

// Staff, and partner agencies for the joint calls they co-run (checked in the write); an
// institution or an anonymous caller never manages calls.
const callManagers = {
  authScopes: (_root: unknown, _args: unknown, ctx: Context) => ctx.principal.kind === 'key' && ctx.principal.role !== 'INSTITUTION',
} as const;

const callPayload = (what: string) => payloadOf('call', CallRef, what);

builder.relayMutationField(
  'createCall',
  {
    description: 'A new call with its eligible fields and countries, agencies and schedule.',
    inputFields: (t) => ({ ...identityFields(t, true), ...contentFields(t) }),
  },
  {
    ...callManagers,
    description: 'Creates a call. Staff create any; a partner agency only a joint call that lists it as PARTNER.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, (writer) =>
        createCall(writer, { ...callContent(input), code: input.code, titleEn: input.titleEn, kind: input.kind, fiscalYear: input.fiscalYear }),
      ),
  },
  callPayload('The new call.'),
);

builder.relayMutationField(
  'updateCall',
  {
    description: 'Changes to a call; fields left out stay as they are, lists given replace the stored ones.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: CallRef }),
      version: t.int({ required: true, description: 'The version you read: the update is refused if it changed since.' }),
      ...identityFields(t, false),
      ...contentFields(t),
    }),
  },
  {
    ...callManagers,
    description: 'Edits a call. Staff edit any; a partner agency the joint calls it co-runs, without writing itself out of them.',
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, (writer) => updateCall(writer, { ...callContent(input), id: input.id.id, version: input.version })),
  },
  callPayload('The call as it is now.'),
);
