// A partner agency's own identifiers for our records: unique per agency and kind of record, so the
// agency can write and read by the ids of its own system.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { ApiError } from '../../schema/errors.js';
import type { SyncedEntity } from '../../generated/prisma/client.js';
import type { Tx } from '../../writes/transaction.js';

export const EXTERNAL_IDS_ARE_AGENCIES = 'External ids are a partner agency’s own';

/** The calling partner agency; anyone else is refused with `why`. */
export function callingAgencyId(ctx: Context, why: string): string {
  const agencyId = ctx.principal.kind === 'key' && ctx.principal.role === 'AGENCY' ? ctx.principal.agencyId : null;
  if (!agencyId) throw new ApiError('FORBIDDEN', `${why}: use an AGENCY key.`);
  return agencyId;
}

/** Our record's id for the agency's external id, if it named one. */
export async function recordIdOf(tx: Tx, agencyId: string, entity: SyncedEntity, externalId: string): Promise<string | null> {
  const row = await tx.externalId.findUnique({
    where: { agencyId_entity_externalId: { agencyId, entity, externalId } },
    select: { recordId: true },
  });
  return row?.recordId ?? null;
}

/** Per request: the calling agency's external ids, each record's from one query per page. */
export const externalIdLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, string | null>(async (keys) => {
      const agencyId = ctx.principal.kind === 'key' ? ctx.principal.agencyId : null;
      if (!agencyId) return keys.map(() => null);
      const byEntity = new Map<SyncedEntity, string[]>();
      for (const key of keys) {
        const [entity, recordId] = key.split(':') as [SyncedEntity, string];
        const ids = byEntity.get(entity);
        if (ids) ids.push(recordId);
        else byEntity.set(entity, [recordId]);
      }
      // One index range per kind: an OR of (kind, id) pairs made PostgreSQL read them one by one,
      // 170 ms a page of 500 at 10,000 ids.
      const rows = await ctx.prisma.externalId.findMany({
        where: { agencyId, OR: [...byEntity].map(([entity, recordIds]) => ({ entity, recordId: { in: recordIds } })) },
        select: { entity: true, recordId: true, externalId: true },
      });
      const byKey = new Map(rows.map((row) => [`${row.entity}:${row.recordId}`, row.externalId]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
);

export const externalIdOf = (ctx: Context, entity: SyncedEntity, recordId: string) => externalIdLoader(ctx).load(`${entity}:${recordId}`);
