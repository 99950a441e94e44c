import { brandWithType, createContextCache, type ObjectRef, type OutputType, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import type { ChangeEvent, Prisma, RecordType, SyncedEntity } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { describedEnum } from '../../schema/described-enum.js';
import { CallRef } from '../calls/call.js';
import { IndicatorRef } from '../indicators/indicator.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { EvaluationRef } from '../projects/evaluation.js';
import { MobilityRef } from '../projects/mobility.js';
import { OutcomeRef } from '../projects/outcome.js';
import { ProjectRef } from '../projects/project.js';
import { ProposalRef } from '../proposals/proposal.js';
import { DecisionRef } from '../proposals/review.js';
import { TeamMemberRef } from '../proposals/team-member.js';
import { CountryRef } from '../reference/country.js';
import { FundingAgencyRef } from '../reference/agency.js';
import { ResearchFieldRef } from '../reference/research-field.js';
import { externalIdOf } from '../sync/external-ids.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Client = Context['prisma'] | Prisma.TransactionClient;
/** A Prisma selection (`select` or `include`) the rows are read with. */
type Query = object;
type Loader = (ctx: Context, ids: string[], db: Client, query: Query) => Promise<{ id: string }[]>;

/** How each recorded type is read back: its GraphQL type and its rows the caller may see. */
const RECORDS: Record<RecordType, { ref: ObjectRef<Types, { id: string }>; load: Loader }> = {
  CALL: { ref: CallRef, load: (_ctx, ids, db, query) => db.call.findMany({ ...query, where: { id: { in: ids } } }) },
  COUNTRY: { ref: CountryRef, load: (_ctx, ids, db, query) => db.country.findMany({ ...query, where: { id: { in: ids } } }) },
  FUNDING_AGENCY: { ref: FundingAgencyRef, load: (_ctx, ids, db, query) => db.fundingAgency.findMany({ ...query, where: { id: { in: ids } } }) },
  RESEARCH_FIELD: { ref: ResearchFieldRef, load: (_ctx, ids, db, query) => db.researchField.findMany({ ...query, where: { id: { in: ids } } }) },
  INDICATOR: { ref: IndicatorRef, load: (_ctx, ids, db, query) => db.indicator.findMany({ ...query, where: { id: { in: ids } } }) },
  ORGANIZATION: { ref: OrganizationRef, load: (ctx, ids, db, query) => db.organization.findMany({ ...query, where: { id: { in: ids }, AND: [visible.organization(ctx)] } }) },
  RESEARCHER: { ref: ResearcherRef, load: (ctx, ids, db, query) => db.researcher.findMany({ ...query, where: { id: { in: ids }, AND: [visible.researcher(ctx)] } }) },
  PROPOSAL: { ref: ProposalRef, load: (ctx, ids, db, query) => db.proposal.findMany({ ...query, where: { id: { in: ids }, AND: [visible.proposal(ctx)] } }) },
  TEAM_MEMBER: { ref: TeamMemberRef, load: (ctx, ids, db, query) => db.teamMember.findMany({ ...query, where: { id: { in: ids }, AND: [visible.teamMember(ctx)] } }) },
  DECISION: { ref: DecisionRef, load: (ctx, ids, db, query) => db.decision.findMany({ ...query, where: { id: { in: ids }, AND: [visible.decision(ctx)] } }) },
  PROJECT: { ref: ProjectRef, load: (ctx, ids, db, query) => db.project.findMany({ ...query, where: { id: { in: ids }, AND: [visible.project(ctx)] } }) },
  OUTCOME: { ref: OutcomeRef, load: (ctx, ids, db, query) => db.outcome.findMany({ ...query, where: { id: { in: ids }, AND: [visible.outcome(ctx)] } }) },
  MOBILITY: { ref: MobilityRef, load: (ctx, ids, db, query) => db.mobility.findMany({ ...query, where: { id: { in: ids }, AND: [visible.mobility(ctx)] } }) },
  EVALUATION: { ref: EvaluationRef, load: (ctx, ids, db, query) => db.evaluation.findMany({ ...query, where: { id: { in: ids }, AND: [visible.evaluation(ctx)] } }) },
};

/** Whether the caller may see the record, asked inside a write transaction (whose connection it must use). */
export async function seesRecord(ctx: Context, db: Client, type: RecordType, id: string): Promise<boolean> {
  return (await RECORDS[type].load(ctx, [id], db, ID_ONLY)).length > 0;
}

/** The selection of a record read only to know whether the caller sees it. */
export const ID_ONLY = { select: { id: true } } as const;

/** The record types a partner agency keeps its own ids for (ExternalId.entity). */
export const SYNCED_ENTITIES: readonly SyncedEntity[] = [
  'CALL', 'ORGANIZATION', 'RESEARCHER', 'PROPOSAL', 'TEAM_MEMBER', 'DECISION', 'PROJECT', 'OUTCOME', 'MOBILITY',
];
export const SYNCED: ReadonlySet<RecordType> = new Set<RecordType>(SYNCED_ENTITIES);

/** The GraphQL type of a recorded type, e.g. TeamMember for TEAM_MEMBER. */
export const recordRef = (type: RecordType) => RECORDS[type].ref;

/** Each type named by its GraphQL type: the description of its enum value. */
const byTypename = <T extends RecordType>(types: readonly T[]) =>
  Object.fromEntries(types.map((type) => [type, RECORDS[type].ref.name])) as Record<T, string>;

/** The synced kind of record a GraphQL type is, if agencies sync it. */
export function syncedTypeOf(typename: string): SyncedEntity | undefined {
  const type = (Object.keys(RECORDS) as RecordType[]).find((t) => RECORDS[t].ref.name === typename);
  return type && SYNCED.has(type) ? (type as SyncedEntity) : undefined;
}

// Per request, type and selection, every record of a page of events comes from one query.
const loaders = createContextCache((_ctx: Context) => new Map<string, DataLoader<string, object | null>>());

/** The loader of `type`'s records the caller sees, read with `query`. */
export function recordLoader(ctx: Context, type: RecordType, query: Query): DataLoader<string, object | null> {
  const key = `${type}:${JSON.stringify(query)}`;
  let loader = loaders(ctx).get(key);
  if (!loader) {
    const { ref, load } = RECORDS[type];
    loader = new DataLoader(async (ids) => {
      const rows = new Map((await load(ctx, [...ids], ctx.prisma, query)).map((row) => [row.id, row]));
      // The brand lets the Node interface resolve the row's GraphQL type.
      return ids.map((id) => {
        const row = rows.get(id);
        if (row) brandWithType(row, ref as OutputType<SchemaTypes>);
        return row ?? null;
      });
    });
    loaders(ctx).set(key, loader);
  }
  return loader;
}

/**
 * The query of a `Node` field's record of `type`, planned once per request and field: each row
 * is read with what the request selects beneath it (relations included), so the fields under it
 * read nothing more. Every row of a list shares the field's nodes, so the plan is made once.
 */
const plans = createContextCache((_ctx: Context) => new WeakMap<object, Map<RecordType, Query>>());

/** A record for a field of type Node (`info` is that field's), or null if the caller does not see it. */
export function loadRecord(ctx: Context, info: GraphQLResolveInfo, type: RecordType, id: string): Promise<object | null> {
  let byType = plans(ctx).get(info.fieldNodes);
  if (!byType) plans(ctx).set(info.fieldNodes, (byType = new Map()));
  let query = byType.get(type);
  if (!query) byType.set(type, (query = queryFromInfo({ context: ctx, info, typeName: RECORDS[type].ref.name }) as Query));
  return recordLoader(ctx, type, query).load(id);
}

/** The caller's agency code, which keys the external ids a tombstone keeps. */
const agencyCode = createContextCache(async (ctx: Context) => {
  const agencyId = ctx.principal.kind === 'key' ? ctx.principal.agencyId : null;
  if (!agencyId) return null;
  return (await ctx.prisma.fundingAgency.findUnique({ where: { id: agencyId }, select: { code: true } }))?.code ?? null;
});

export const RecordTypeEnum = describedEnum('RecordType', 'A kind of record whose changes are recorded.', byTypename(Object.keys(RECORDS) as RecordType[]));

export const SyncedEntityEnum = describedEnum('SyncedEntity', 'A kind of record a partner agency keeps its own id for.', byTypename(SYNCED_ENTITIES));

const ChangeActionEnum = describedEnum('ChangeAction', 'What a change did to its record.', {
  CREATE: 'The record was created.',
  UPDATE: 'The record was changed.',
  DELETE: 'The record was deleted: a tombstone. `record` is null; `recordId` and `externalId` say which it was.',
});

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field a change altered, with its values before and after as JSON text (money and big numbers as strings).',
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.string({ nullable: true, resolve: (c) => (c.before === null ? null : JSON.stringify(c.before)) }),
    after: t.string({ nullable: true, resolve: (c) => (c.after === null ? null : JSON.stringify(c.after)) }),
  }),
});

const ChangeActorRef = builder.objectRef<ChangeEvent>('ChangeActor').implement({
  description: 'Who made a change: an API key (its name and role, and its agency or organisation), or a data load.',
  fields: (t) => ({
    name: t.exposeString('actorName'),
    keyId: t.exposeString('actorKeyId', { nullable: true }),
    role: t.exposeString('actorRole', { nullable: true }),
    agencyId: t.exposeString('actorAgencyId', { nullable: true }),
    organizationId: t.exposeString('actorOrganizationId', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

const staffOnly = { authScopes: { staff: true }, unauthorizedResolver: () => null } as const;

/** A feed position: opaque to clients, the sequence number inside. */
export const encodeCursor = (sequence: bigint) => Buffer.from(`change:${sequence}`).toString('base64url');

export const ChangeEventRef = builder.objectRef<ChangeEvent>('ChangeEvent').implement({
  description: 'One change to one record, in the total order in which changes were committed.',
  fields: (t) => ({
    cursor: t.string({ description: 'Resume the feed after this change.', resolve: (e) => encodeCursor(e.sequence) }),
    sequence: t.string({ description: 'Position in the total order (a decimal string: it may exceed 2^53).', resolve: (e) => e.sequence.toString() }),
    action: t.expose('action', { type: ChangeActionEnum }),
    recordType: t.expose('recordType', { type: RecordTypeEnum }),
    recordId: t.id({ description: 'The global id of the record.', resolve: (e) => encodeGlobalID(RECORDS[e.recordType].ref.name, e.recordId) }),
    version: t.exposeInt('version', { description: 'The record’s version after the change (its last, for a delete).' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    changedFields: t.stringList({
      description: 'Names of the fields the change set or altered.',
      resolve: (e) => Object.keys(e.changes as object).filter((field) => field !== 'externalIds'),
    }),
    record: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        'The record as it is now, if it still exists and the caller may see it. Applying events in order and taking ' +
        'each record’s current state ends with the server’s current state.',
      resolve: (e, _args, ctx, info) => (e.action === 'DELETE' ? null : loadRecord(ctx, info, e.recordType, e.recordId)),
    }),
    externalId: t.string({
      nullable: true,
      description: 'The calling agency’s own id for the record, if it gave one (for a delete, the id it had).',
      resolve: (e, _args, ctx) => {
        if (!SYNCED.has(e.recordType)) return null;
        if (e.action === 'DELETE') {
          const ids = (e.changes as { externalIds?: Record<string, string> }).externalIds;
          return agencyCode(ctx).then((code) => (code && ids?.[code]) ?? null);
        }
        return externalIdOf(ctx, e.recordType as SyncedEntity, e.recordId);
      },
    }),
    actor: t.field({ type: ChangeActorRef, nullable: true, ...staffOnly, description: 'Staff only.', resolve: (e) => e }),
    changes: t.field({
      type: [FieldChangeRef],
      nullable: true,
      ...staffOnly,
      description: 'What changed, field by field (staff only: values may be personal data).',
      resolve: (e) =>
        Object.entries(e.changes as Record<string, [unknown, unknown]>)
          .filter(([field]) => field !== 'externalIds')
          .map(([field, [before, after]]) => ({ field, before, after })),
    }),
  }),
});
