// A partner agency's own identifiers for our records: unique per agency and kind of record, so the
// agency can write and read by the ids of its own system.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { ApiError } from '../../schema/errors.js';
import type { SyncedEntity } from '../../generated/prisma/client.js';
import { lockNames, type Tx } from '../../writes/transaction.js';
import { refuse } from '../../writes/user-errors.js';

export const EXTERNAL_IDS_ARE_AGENCIES = 'External ids are a partner agency’s own';

/** The calling partner agency; anyone else is refused with `why`. */
export function callingAgencyId(ctx: Context, why: string): string {
  const agencyId = ctx.principal.kind === 'key' && ctx.principal.role === 'AGENCY' ? ctx.principal.agencyId : null;
  if (!agencyId) throw new ApiError('FORBIDDEN', `${why}: use an AGENCY key.`);
  return agencyId;
}

/**
 * An agency's ids are one space across its calls: its batches and links take turns (until commit),
 * so that two never both find an id free and claim it. Other agencies' writes go on in parallel.
 */
export const lockAgencyIds = (tx: Tx, agencyId: string) => lockNames(tx, [`external-ids:${agencyId}`]);

/** Our record's id for the agency's external id, if it named one. */
export async function recordIdOf(tx: Tx, agencyId: string, entity: SyncedEntity, externalId: string): Promise<string | null> {
  const row = await tx.externalId.findUnique({
    where: { agencyId_entity_externalId: { agencyId, entity, externalId } },
    select: { recordId: true },
  });
  return row?.recordId ?? null;
}

/**
 * Records that the agency calls `recordId` `externalId`. A record has one id per agency; an id
 * names one record: a clash is ALREADY_EXISTS at `field`.
 */
export async function linkExternalId(tx: Tx, agencyId: string, entity: SyncedEntity, recordId: string, externalId: string, field: string[]): Promise<void> {
  const [byExternal, byRecord] = await Promise.all([
    tx.externalId.findUnique({ where: { agencyId_entity_externalId: { agencyId, entity, externalId } } }),
    tx.externalId.findUnique({ where: { agencyId_entity_recordId: { agencyId, entity, recordId } } }),
  ]);
  if (byExternal && byExternal.recordId !== recordId) refuse('ALREADY_EXISTS', `Your id ${externalId} already names another record.`, field);
  if (byRecord && byRecord.externalId !== externalId) {
    refuse('ALREADY_EXISTS', `You already call this record ${byRecord.externalId}.`, field);
  }
  if (!byExternal) await tx.externalId.create({ data: { agencyId, entity, recordId, externalId } });
}

/** Per request: the calling agency's external ids, each record's from one query per page. */
export const externalIdLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, string | null>(async (keys) => {
      const agencyId = ctx.principal.kind === 'key' ? ctx.principal.agencyId : null;
      if (!agencyId) return keys.map(() => null);
      const pairs = keys.map((key) => key.split(':') as [SyncedEntity, string]);
      const rows = await ctx.prisma.externalId.findMany({
        where: { agencyId, OR: pairs.map(([entity, recordId]) => ({ entity, recordId })) },
        select: { entity: true, recordId: true, externalId: true },
      });
      const byKey = new Map(rows.map((row) => [`${row.entity}:${row.recordId}`, row.externalId]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
);

export const externalIdOf = (ctx: Context, entity: SyncedEntity, recordId: string) => externalIdLoader(ctx).load(`${entity}:${recordId}`);

/** Names a record just created, under an external id just found free: nothing can clash. */
export async function nameNewRecord(tx: Tx, agencyId: string, entity: SyncedEntity, recordId: string, externalId: string): Promise<void> {
  await tx.externalId.create({ data: { agencyId, entity, recordId, externalId } });
}
