import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { payloadOf, performWrite, text, type GlobalId } from '../../schema/mutations.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { declarationFields, LetterOfIntentInput } from '../proposals/mutations.js';
import { TeamRoleEnum, TeamSideEnum } from '../proposals/enums.js';
import { TeamMemberRef } from '../proposals/team-member.js';
import { CountryRef } from '../reference/country.js';
import { EvaluationKindEnum, EvaluationRef } from './evaluation.js';
import { MobilityDirectionEnum, MobilityRef } from './mobility.js';
import { OutcomeKindEnum, OutcomeRef } from './outcome.js';
import { ProjectRef, ProjectStatusEnum } from './project.js';
import {
  addPartnerTeamMember,
  deleteMobility,
  deleteOutcome,
  endTeamMembership,
  recordEvaluation,
  reportMobility,
  reportOutcome,
  updateEvaluation,
  updateMobility,
  updateOutcome,
  updateProject,
} from './project-writes.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const longText = text(20_000);
const writers = { authScopes: { authenticated: true } } as const;

/** A row id from an optional global id, keeping null (clear the field) apart from left out (keep it). */
const rowId = (id: GlobalId | null | undefined) => (id === null ? null : id?.id);

const versionInput = (t: InputBuilder) => ({
  version: t.int({ required: true, description: 'The version you read: the change is refused if the record changed since.' }),
});

const managers = 'JST staff, and the partner agencies of the project’s joint call.';
const reporters =
  'The institutions that own the project (they lead it or have its PI or a Co-PI) for the Japan side, the partner ' +
  'agencies of its joint call for the partner side, and JST staff for either.';

// ───────────────────────────── the project ─────────────────────────────

builder.relayMutationField(
  'updateProject',
  {
    description: 'Changes to an adopted project’s administration; fields left out stay as they are.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: ProjectRef }),
      ...versionInput(t),
      startsOn: t.field({ type: 'Date', description: 'First day of support.' }),
      endsOn: t.field({ type: 'Date', description: 'Last day of support (inclusive); not before startsOn.' }),
      status: t.field({ type: ProjectStatusEnum, description: 'ACTIVE ⇄ SUSPENDED, then COMPLETED or TERMINATED for good.' }),
      grantNumber: t.string({ validate: text(64), description: 'JST’s grant number, unique; null clears it.' }),
      grantDoi: t.string({ validate: text(200), description: 'Grant DOI, bare (10.52926/…) or as a doi.org link; stored bare; null clears it.' }),
      reReviewRequired: t.boolean({ description: 'Flag budget and team for another review (with a reason); false records the re-review as done.' }),
      reReviewReason: t.string({ validate: longText, description: 'Why budget and team are to be reviewed again.' }),
    }),
  },
  {
    ...writers,
    description: `Edits a project’s period, status, grant identifiers and re-review flag. ${managers}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await updateProject(writer, { ...input, id: input.id.id }) })),
  },
  payloadOf('project', ProjectRef, 'The project as it is now.'),
);

// ───────────────────────────── evaluations ─────────────────────────────

const evaluationFields = (t: InputBuilder) => ({
  summaryJa: t.string({ validate: longText }),
  summaryEn: t.string({ validate: longText }),
});
const grade = text(8);
const gradeDescription = 'The grade as the committee gives it, e.g. S, A or B (the scale is JST’s).';

builder.relayMutationField(
  'recordEvaluation',
  {
    description: 'A mid-term or final evaluation of a project: at most one of each.',
    inputFields: (t) => ({
      projectId: t.globalID({ required: true, for: ProjectRef }),
      kind: t.field({ type: EvaluationKindEnum, required: true }),
      grade: t.string({ required: true, validate: grade, description: gradeDescription }),
      evaluatedOn: t.field({ type: 'Date', required: true }),
      ...evaluationFields(t),
    }),
  },
  {
    ...writers,
    description: `Records the committee’s evaluation of a project. ${managers}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await recordEvaluation(writer, { ...input, projectId: input.projectId.id }) })),
  },
  payloadOf('evaluation', EvaluationRef, 'The new evaluation.'),
);

builder.relayMutationField(
  'updateEvaluation',
  {
    description: 'Changes to an evaluation; fields left out stay as they are.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: EvaluationRef }),
      ...versionInput(t),
      kind: t.field({ type: EvaluationKindEnum }),
      grade: t.string({ validate: grade, description: gradeDescription }),
      evaluatedOn: t.field({ type: 'Date' }),
      ...evaluationFields(t),
    }),
  },
  {
    ...writers,
    description: `Corrects an evaluation. ${managers}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await updateEvaluation(writer, { ...input, id: input.id.id }) })),
  },
  payloadOf('evaluation', EvaluationRef, 'The evaluation as it is now.'),
);

// ───────────────────────────── outcomes ─────────────────────────────

const outcomeFields = (t: InputBuilder) => ({
  reportedBySide: t.field({
    type: TeamSideEnum,
    description: 'Which side reports it: an institution’s is JAPAN, a partner agency’s PARTNER; staff say which.',
  }),
  description: t.string({ validate: longText }),
  doi: t.string({ validate: text(200), description: 'DOI of a paper, dataset or other registered output, bare or as a doi.org link; stored bare.' }),
  url: t.string({ validate: text(1000).pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })), description: 'Where to read more (http or https).' }),
  partnerContributors: t.stringList({
    validate: z.array(text(300)).max(200, 'must list at most 200 contributors'),
    description: 'Partner-side co-authors or co-organisers, as written; replaces the list when given.',
  }),
  attendeeCount: t.int({ validate: z.number().int().min(0, 'must not be negative').max(10_000_000), description: 'Attendees, for events.' }),
});
const titleText = text(1000);

builder.relayMutationField(
  'reportOutcome',
  {
    description: 'Something a project produced or achieved.',
    inputFields: (t) => ({
      projectId: t.globalID({ required: true, for: ProjectRef }),
      kind: t.field({ type: OutcomeKindEnum, required: true }),
      occurredOn: t.field({ type: 'Date', required: true, description: 'When it happened: publication date, event date, date of the award or move.' }),
      title: t.string({ required: true, validate: titleText }),
      ...outcomeFields(t),
    }),
  },
  {
    ...writers,
    description: `Reports an outcome of a project. ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await reportOutcome(writer, { ...input, projectId: input.projectId.id }) })),
  },
  payloadOf('outcome', OutcomeRef, 'The new outcome.'),
);

builder.relayMutationField(
  'updateOutcome',
  {
    description: 'Changes to an outcome; fields left out stay as they are.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: OutcomeRef }),
      ...versionInput(t),
      kind: t.field({ type: OutcomeKindEnum }),
      occurredOn: t.field({ type: 'Date' }),
      title: t.string({ validate: titleText }),
      ...outcomeFields(t),
    }),
  },
  {
    ...writers,
    description: `Corrects an outcome: each side the outcomes it reported, staff any. ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await updateOutcome(writer, { ...input, id: input.id.id }) })),
  },
  payloadOf('outcome', OutcomeRef, 'The outcome as it is now.'),
);

builder.relayMutationField(
  'deleteOutcome',
  {
    description: 'Removes an outcome reported in error.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: OutcomeRef }), ...versionInput(t) }),
  },
  {
    ...writers,
    description: `Deletes an outcome: each side the outcomes it reported, staff any. ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await deleteOutcome(writer, { ...input, id: input.id.id }) })),
  },
  payloadOf('project', ProjectRef, 'The project the outcome was removed from.'),
);

// ───────────────────────────── mobility ─────────────────────────────

const mobilityFields = (t: InputBuilder) => ({
  hostOrganizationId: t.globalID({ for: OrganizationRef, description: 'The organisation that hosted the stay.' }),
  homeOrganizationId: t.globalID({
    for: OrganizationRef,
    description: 'The researcher’s own organisation at the time; on a new record, their affiliation on the team when left out.',
  }),
});
const purposeText = text(2000);

/** Mobility input as the write functions take it: row ids. */
function mobilityContent(input: {
  researcherId?: GlobalId | null;
  countryId?: GlobalId | null;
  hostOrganizationId?: GlobalId | null;
  homeOrganizationId?: GlobalId | null;
}) {
  return {
    researcherId: rowId(input.researcherId),
    countryId: rowId(input.countryId),
    hostOrganizationId: rowId(input.hostOrganizationId),
    homeOrganizationId: rowId(input.homeOrganizationId),
  };
}

builder.relayMutationField(
  'reportMobility',
  {
    description: 'A trip or stay of a researcher of the project’s team.',
    inputFields: (t) => ({
      projectId: t.globalID({ required: true, for: ProjectRef }),
      researcherId: t.globalID({ required: true, for: ResearcherRef, description: 'A researcher on the project’s team.' }),
      direction: t.field({ type: MobilityDirectionEnum, required: true }),
      countryId: t.globalID({ required: true, for: CountryRef, description: 'Where the researcher went (dispatched) or came from (invited).' }),
      startsOn: t.field({ type: 'Date', required: true, description: 'First day of the stay.' }),
      endsOn: t.field({ type: 'Date', required: true, description: 'Last day of the stay (inclusive); not before startsOn.' }),
      purpose: t.string({ required: true, validate: purposeText }),
      ...mobilityFields(t),
    }),
  },
  {
    ...writers,
    description: `Reports researcher mobility under a project (indicator 4-1). ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await reportMobility(writer, {
          ...input,
          ...mobilityContent(input),
          projectId: input.projectId.id,
          researcherId: input.researcherId.id,
          countryId: input.countryId.id,
        }),
      })),
  },
  payloadOf('mobility', MobilityRef, 'The new mobility record.'),
);

builder.relayMutationField(
  'updateMobility',
  {
    description: 'Changes to a mobility record; fields left out stay as they are.',
    inputFields: (t) => ({
      id: t.globalID({ required: true, for: MobilityRef }),
      ...versionInput(t),
      researcherId: t.globalID({ for: ResearcherRef, description: 'A researcher on the project’s team.' }),
      direction: t.field({ type: MobilityDirectionEnum }),
      countryId: t.globalID({ for: CountryRef }),
      startsOn: t.field({ type: 'Date' }),
      endsOn: t.field({ type: 'Date' }),
      purpose: t.string({ validate: purposeText }),
      ...mobilityFields(t),
    }),
  },
  {
    ...writers,
    description: `Corrects a mobility record. ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await updateMobility(writer, { ...input, ...mobilityContent(input), id: input.id.id }) })),
  },
  payloadOf('mobility', MobilityRef, 'The mobility record as it is now.'),
);

builder.relayMutationField(
  'deleteMobility',
  {
    description: 'Removes a mobility record reported in error.',
    inputFields: (t) => ({ id: t.globalID({ required: true, for: MobilityRef }), ...versionInput(t) }),
  },
  {
    ...writers,
    description: `Deletes a mobility record. ${reporters}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await deleteMobility(writer, { ...input, id: input.id.id }) })),
  },
  payloadOf('project', ProjectRef, 'The project the record was removed from.'),
);

// ───────────────────────────── partner-side team ─────────────────────────────

// Same shape as the proposals' LetterOfIntentInput, which that module does not export (yet).
const teamChangers =
  'The institutions that own the project, the partner agencies of its joint call and JST staff.';

builder.relayMutationField(
  'addPartnerTeamMember',
  {
    description: 'A partner-side researcher joins a running project’s team.',
    inputFields: (t) => ({
      projectId: t.globalID({ required: true, for: ProjectRef }),
      researcherId: t.globalID({ required: true, for: ResearcherRef }),
      role: t.field({ type: TeamRoleEnum, required: true, description: 'A partner-side role: PARTNER_PI, INVITED_RESEARCHER or a UK_ role.' }),
      organizationId: t.globalID({ for: OrganizationRef, description: 'Affiliation on the team; the researcher’s current one when left out.' }),
      joinedOn: t.field({ type: 'Date', required: true }),
      letterOfIntent: t.field({
        type: LetterOfIntentInput,
        description: 'Partner PIs (and UK project leads): the letter of intent, where the call requires one.',
      }),
      ...declarationFields(t),
    }),
  },
  {
    ...writers,
    description: `Adds a partner PI (with a letter of intent) or another partner-side member during the project. ${teamChangers}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({
        result: await addPartnerTeamMember(writer, {
          ...input,
          projectId: input.projectId.id,
          researcherId: input.researcherId.id,
          organizationId: input.organizationId?.id,
        }),
      })),
  },
  payloadOf('teamMember', TeamMemberRef, 'The new member.'),
);

builder.relayMutationField(
  'endTeamMembership',
  {
    description: 'A partner-side member leaves a project’s team.',
    inputFields: (t) => ({
      memberId: t.globalID({ required: true, for: TeamMemberRef }),
      ...versionInput(t),
      leftOn: t.field({ type: 'Date', required: true, description: 'The day the member left; not before they joined.' }),
    }),
  },
  {
    ...writers,
    description: `Records that a partner-side member left the project’s team (the record stays, with leftOn). ${teamChangers}`,
    resolve: (_root, { input }, ctx) =>
      performWrite(ctx, async (writer) => ({ result: await endTeamMembership(writer, { ...input, memberId: input.memberId.id }) })),
  },
  payloadOf('teamMember', TeamMemberRef, 'The member, with leftOn.'),
);
