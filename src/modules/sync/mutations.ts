import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Prisma, SyncedEntity } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { describedEnum } from '../../schema/described-enum.js';
import { payloadOf, performWrite, text, UserErrorRef } from '../../schema/mutations.js';
import { TEXT_CHECKED_BY_RESOLVER } from '../../schema/safe-strings.js';
import { idempotencyScope, storeAnswer, storedAnswer } from '../../writes/idempotency.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { AgencyIds } from './agency-ids.js';
import { callingAgencyId, EXTERNAL_IDS_ARE_AGENCIES } from './external-ids.js';
import { CallRef } from '../calls/call.js';
import { CareerStageEnum, OrganizationKindEnum } from '../people/enums.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { MobilityDirectionEnum } from '../projects/mobility.js';
import { OutcomeKindEnum } from '../projects/outcome.js';
import { DecisionResultEnum, DecisionStageEnum, TeamRoleEnum } from '../proposals/enums.js';
import { LetterOfIntentInput } from '../proposals/mutations.js';
import { loadRecord, seesRecord, SyncedEntityEnum, syncedTypeOf } from '../changes/change-event.js';
import { SYNC_BATCH_MAX, syncBatch, type SyncRecord, type SyncResult } from './batch.js';
import { WRITE_COST } from '../../schema/limits.js';

const externalIdField = { required: true, validate: text(200), description: 'Your own id for the record: unique per kind of record in your system.' } as const;

const SyncOrganizationInput = builder.inputType('SyncOrganizationInput', {
  description:
    'An organisation: named by our `id`, by your `externalId` or by `rorId` if already known, else created from ' +
    'nameEn, countryCode and kind (and remembered under your externalId).',
  fields: (t) => ({
    id: t.globalID({ for: OrganizationRef }),
    externalId: t.string({ validate: text(200) }),
    rorId: t.string({ validate: text(9) }),
    nameEn: t.string({ validate: text(300) }),
    nameJa: t.string({ validate: text(300) }),
    countryCode: t.string({ validate: text(2), description: 'ISO 3166-1 alpha-2, or EU.' }),
    kind: t.field({ type: OrganizationKindEnum }),
  }),
});

const SyncResearcherInput = builder.inputType('SyncResearcherInput', {
  description: 'A researcher: named by our `id`, your `externalId` or ORCID if already known, else created from the rest.',
  fields: (t) => ({
    id: t.globalID({ for: ResearcherRef }),
    externalId: t.string({ validate: text(200) }),
    orcid: t.string({ validate: text(19) }),
    nameEn: t.string({ validate: text(200) }),
    nameJa: t.string({ validate: text(200) }),
    careerStage: t.field({ type: CareerStageEnum }),
    degreeYear: t.int({ validate: z.number().int().min(1900).max(2100) }),
    organization: t.field({ type: SyncOrganizationInput }),
  }),
});

const version = { description: 'The version you last read, to update a record you synced before. Not needed to create, or when nothing changes.' } as const;
const proposalExternalId = { required: true, validate: text(200), description: 'Your id of the proposal, synced before or earlier in this batch.' } as const;

const SyncProposalInput = builder.inputType('SyncProposalInput', {
  description: 'A proposal to the joint call, as a draft: its Japan-side team and budget come from the applicants.',
  fields: (t) => ({
    externalId: t.string(externalIdField),
    version: t.int(version),
    titleEn: t.string({ required: true, validate: text(500) }),
    titleJa: t.string({ validate: text(500) }),
    abstractEn: t.string({ validate: text(20_000) }),
    abstractJa: t.string({ validate: text(20_000) }),
    fieldCode: t.string({ required: true, validate: text(32), description: 'e.g. BIO, QUANTUM.' }),
    partnerCountryCodes: t.stringList({ description: 'Replaces the partner countries when given.' }),
    plannedPeriodMonths: t.int({ validate: z.number().int().min(1).max(120) }),
    leadOrganization: t.field({ type: SyncOrganizationInput, required: true, description: 'The Japan-side lead (the PI’s organisation); used on creation.' }),
  }),
});

const SyncTeamMemberInput = builder.inputType('SyncTeamMemberInput', {
  description: 'A partner-side member of a proposal’s team (or, once adopted, of its project’s).',
  fields: (t) => ({
    externalId: t.string(externalIdField),
    version: t.int(version),
    proposalExternalId: t.string(proposalExternalId),
    researcher: t.field({ type: SyncResearcherInput, required: true }),
    role: t.field({ type: TeamRoleEnum, required: true, description: 'A partner-side role.' }),
    organization: t.field({ type: SyncOrganizationInput, description: 'Affiliation for this proposal; the researcher’s when left out.' }),
    travelsToPartner: t.boolean(),
    letterOfIntent: t.field({ type: LetterOfIntentInput }),
    joinedOn: t.field({ type: 'Date' }),
  }),
});

const SyncDecisionInput = builder.inputType('SyncDecisionInput', {
  description: 'A review decision on a proposal of the joint call (decisions are made once).',
  fields: (t) => ({
    externalId: t.string(externalIdField),
    proposalExternalId: t.string(proposalExternalId),
    stage: t.field({ type: DecisionStageEnum, required: true }),
    result: t.field({ type: DecisionResultEnum, required: true }),
    decidedAt: t.field({ type: 'DateTime' }),
    note: t.string({ validate: text(20_000) }),
  }),
});

const SyncOutcomeInput = builder.inputType('SyncOutcomeInput', {
  description: 'An outcome the partner side reports for the project of an adopted proposal.',
  fields: (t) => ({
    externalId: t.string(externalIdField),
    version: t.int(version),
    proposalExternalId: t.string(proposalExternalId),
    kind: t.field({ type: OutcomeKindEnum, required: true }),
    occurredOn: t.field({ type: 'Date', required: true }),
    title: t.string({ required: true, validate: text(1000) }),
    description: t.string({ validate: text(20_000) }),
    doi: t.string({ validate: text(200) }),
    url: t.string({ validate: text(1000) }),
    partnerContributors: t.stringList(),
    attendeeCount: t.int({ validate: z.number().int().min(0) }),
  }),
});

const SyncMobilityInput = builder.inputType('SyncMobilityInput', {
  description: 'A stay of a team member on the other side, for the project of an adopted proposal.',
  fields: (t) => ({
    externalId: t.string(externalIdField),
    version: t.int(version),
    proposalExternalId: t.string(proposalExternalId),
    researcher: t.field({ type: SyncResearcherInput, required: true }),
    direction: t.field({ type: MobilityDirectionEnum, required: true }),
    countryCode: t.string({ required: true, validate: text(2) }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    purpose: t.string({ required: true, validate: text(2000) }),
  }),
});

const KINDS = { proposal: 'PROPOSAL', teamMember: 'TEAM_MEMBER', decision: 'DECISION', outcome: 'OUTCOME', mobility: 'MOBILITY' } as const;

const SyncRecordInput = builder.inputType('SyncRecordInput', {
  description: 'One record: exactly one of the fields.',
  fields: (t) => ({
    proposal: t.field({ type: SyncProposalInput }),
    teamMember: t.field({ type: SyncTeamMemberInput }),
    decision: t.field({ type: SyncDecisionInput }),
    outcome: t.field({ type: SyncOutcomeInput }),
    mobility: t.field({ type: SyncMobilityInput }),
  }),
  validate: z
    .record(z.string(), z.unknown())
    .refine((record) => Object.values(record).filter((value) => value != null).length === 1, 'give exactly one of proposal, teamMember, decision, outcome, mobility'),
});

type RecordInput = { [K in keyof typeof KINDS]?: Record<string, unknown> | null };

/** The GraphQL record as the batch takes it: our ids out of the global ids, its type named. */
function toSyncRecord(input: RecordInput): SyncRecord {
  const [key, value] = Object.entries(input).find(([, v]) => v != null) as [keyof typeof KINDS, Record<string, unknown>];
  const unwrap = (mention: unknown): unknown => {
    if (!mention || typeof mention !== 'object') return mention;
    const m = mention as Record<string, unknown>;
    return { ...m, id: (m.id as { id: string } | null | undefined)?.id, ...(m.organization ? { organization: unwrap(m.organization) } : {}) };
  };
  const record: Record<string, unknown> = { ...value, type: KINDS[key] };
  for (const mention of ['leadOrganization', 'organization', 'researcher']) {
    if (record[mention]) record[mention] = unwrap(record[mention]);
  }
  return record as unknown as SyncRecord;
}

const SyncStatusEnum = describedEnum('SyncStatus', 'What a batch did with one record.', {
  CREATED: 'A new record was created under your id.',
  UPDATED: 'The record you synced before was changed.',
  UNCHANGED: 'The record already was as sent: nothing was written.',
  REJECTED: 'The record breaks a rule or names what does not exist: see userErrors. Nothing of it was written.',
});


const SyncResultRef = builder.objectRef<SyncResult>('SyncRecordResult').implement({
  description: 'What happened to one record of a batch.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position of the record in `records`.' }),
    type: t.expose('type', { type: SyncedEntityEnum }),
    externalId: t.exposeString('externalId'),
    status: t.expose('status', { type: SyncStatusEnum }),
    version: t.exposeInt('version', { nullable: true, description: 'The record’s version now: send it with the next update.' }),
    record: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The record as it is now; null when rejected.',
      resolve: (result, _args, ctx, info) => (result.recordId ? loadRecord(ctx, info, result.type, result.recordId) : null),
    }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (result) => result.userErrors }),
  }),
});

interface SyncBatchResult {
  replayed: boolean;
  results: SyncResult[];
}

const SyncBatchRef = builder.objectRef<SyncBatchResult>('SyncBatch').implement({
  description: 'The outcome of a batch, record by record.',
  fields: (t) => ({
    replayed: t.exposeBoolean('replayed', {
      description: 'This is the stored answer to an earlier request with the same idempotency key: nothing was written now.',
    }),
    results: t.field({ type: [SyncResultRef], complexity: { field: 0, multiplier: 1 }, resolve: (batch) => batch.results }),
    created: t.int({ resolve: (b) => b.results.filter((r) => r.status === 'CREATED').length }),
    updated: t.int({ resolve: (b) => b.results.filter((r) => r.status === 'UPDATED').length }),
    unchanged: t.int({ resolve: (b) => b.results.filter((r) => r.status === 'UNCHANGED').length }),
    rejected: t.int({ resolve: (b) => b.results.filter((r) => r.status === 'REJECTED').length }),
  }),
});

/** A retry must send the same request: the hash of everything but the key tells. */
const requestHash = (input: object) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

builder.relayMutationField(
  'syncRecords',
  {
    description: 'A batch of a partner agency’s records of one joint call, keyed by its own ids.',
    inputFields: (t) => ({
      idempotencyKey: t.string({
        required: true,
        validate: text(200),
        description: 'A new key per batch (e.g. a UUID). Resending the same batch with the same key returns the first answer and writes nothing.',
      }),
      callId: t.globalID({ required: true, for: CallRef, description: 'The joint call the records belong to.' }),
      records: t.field({
        type: [SyncRecordInput],
        required: true,
        validate: z.array(z.unknown()).min(1, 'send at least one record').max(SYNC_BATCH_MAX, `must be at most ${SYNC_BATCH_MAX} records`),
        description: `Up to ${SYNC_BATCH_MAX} records, applied in order: a record may name one sent earlier in the batch.`,
      }),
    }),
  },
  {
    authScopes: { authenticated: true },
    // Text no column can hold rejects its record alone (syncBatch), as any other bad value does.
    extensions: { [TEXT_CHECKED_BY_RESOLVER]: ['input.records'] },
    description:
      'Creates or updates the records of a joint call the calling agency co-runs, by its own ids: proposals, ' +
      'partner-side team members, decisions, outcomes and mobility. Each record is checked by the same rules as ' +
      'the single mutations. Valid records are applied and rejected ones leave no trace: the answer says, per record, ' +
      'CREATED, UPDATED, UNCHANGED or REJECTED with its userErrors. The whole batch is one transaction.',
    // Each record is a write of its own (one that is rejected is rolled back alone).
    complexity: (args) => ({ field: WRITE_COST * Math.max(1, args.input.records.length), multiplier: Math.max(1, args.input.records.length) }),
    resolve: (_root, { input }, ctx) => {
      const agencyId = callingAgencyId(ctx, 'Sync is for partner agencies');
      const { idempotencyKey, ...request } = input;
      const hash = requestHash(request);
      const scope = idempotencyScope(ctx.principal)!;
      return performWrite(ctx, async (writer) => {
        const stored = await storedAnswer(writer.tx, scope, idempotencyKey, hash);
        if (stored) return { result: { ...(stored as unknown as SyncBatchResult), replayed: true } };
        const records = input.records.map((record) => toSyncRecord(record as RecordInput));
        const results = await syncBatch(writer, agencyId, input.callId.id, records, (i) => ['records', String(i), Object.keys(KINDS).find((k) => (input.records[i] as RecordInput)[k as keyof typeof KINDS] != null)!]);
        const answer: SyncBatchResult = { replayed: false, results };
        await storeAnswer(writer.tx, scope, idempotencyKey, hash, 'syncRecords', answer as unknown as Prisma.InputJsonObject);
        return { result: answer };
      });
    },
  },
  payloadOf('batch', SyncBatchRef, 'What happened to each record; null when the whole batch was refused (see userErrors).'),
);

const ExternalIdLinkInput = builder.inputType('ExternalIdLinkInput', {
  description: 'Your id for one of our records.',
  fields: (t) => ({
    recordId: t.globalID({ required: true, description: 'Our id of a call, organisation, researcher, proposal, team member, decision, project, outcome or mobility record.' }),
    externalId: t.string(externalIdField),
  }),
});

interface Link {
  recordId: string;
  type: SyncedEntity;
  externalId: string;
}

const LinkRef = builder.objectRef<Link>('ExternalIdLink').implement({
  description: 'A record and your id for it.',
  fields: (t) => ({
    type: t.expose('type', { type: SyncedEntityEnum }),
    externalId: t.exposeString('externalId'),
    record: t.field({ type: builder.nodeInterfaceRef(), nullable: true, resolve: (link, _args, ctx, info) => loadRecord(ctx, info, link.type, link.recordId) }),
  }),
});

const LinksRef = builder.objectRef<{ links: Link[] }>('ExternalIdLinks').implement({
  fields: (t) => ({ links: t.field({ type: [LinkRef], resolve: (result) => result.links }) }),
});


builder.relayMutationField(
  'linkExternalIds',
  {
    description: 'Your ids for records made elsewhere (by JST or an institution), so that you can sync them by your ids.',
    inputFields: (t) => ({
      links: t.field({ type: [ExternalIdLinkInput], required: true, validate: z.array(z.unknown()).min(1).max(SYNC_BATCH_MAX) }),
    }),
  },
  {
    authScopes: { authenticated: true },
    description: 'Records your agency’s ids for records you can see. Sending a link you already made changes nothing; one id names one record.',
    resolve: (_root, { input }, ctx) => {
      const agencyId = callingAgencyId(ctx, EXTERNAL_IDS_ARE_AGENCIES);
      return performWrite(ctx, async (writer) => {
        const named = input.links.flatMap(({ recordId, externalId }) => {
          const type = syncedTypeOf(recordId.typename);
          return type ? [[type, externalId] as [SyncedEntity, string]] : [];
        });
        const ids = await AgencyIds.load(writer, agencyId, named);
        const links: Link[] = [];
        for (const [i, { recordId, externalId }] of input.links.entries()) {
          const field = ['links', String(i), 'recordId'];
          const type = syncedTypeOf(recordId.typename) ?? refuse('INVALID_VALUE', `A ${recordId.typename} is not a record agencies sync.`, field);
          // The same visibility as a read: a record the agency cannot see is missing to it.
          if (!(await seesRecord(ctx, writer.tx, type, recordId.id))) notFound(recordId.typename, field);
          await ids.link(type, recordId.id, externalId, ['links', String(i), 'externalId']);
          links.push({ recordId: recordId.id, type, externalId });
        }
        ids.write();
        return { result: { links } };
      });
    },
  },
  payloadOf('linked', LinksRef, 'The links as they now stand.'),
);
