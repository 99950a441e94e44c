// The calling agency's own id on every record it can sync, and lookups by it.
import { builder } from '../../schema/builder.js';
import { LOADED_COST } from '../../schema/limits.js';
import { text } from '../../schema/mutations.js';
import { loadRecord, recordRef, SYNCED_ENTITIES, SyncedEntityEnum } from '../changes/change-event.js';
import { callingAgencyId, EXTERNAL_IDS_ARE_AGENCIES, externalIdOf, recordIdOf } from './external-ids.js';

for (const entity of SYNCED_ENTITIES) {
  builder.objectField(recordRef(entity), 'externalId', (t) =>
    t.string({
      nullable: true,
      description: 'Your agency’s own id for this record, if you gave one (agency keys only).',
      complexity: LOADED_COST,
      resolve: (record, _args, ctx) => externalIdOf(ctx, entity, record.id),
    }),
  );
}

builder.queryField('byExternalId', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'The record your agency calls `externalId` (agency keys only); null if none, or one you may no longer see.',
    args: {
      type: t.arg({ type: SyncedEntityEnum, required: true }),
      externalId: t.arg.string({ required: true, validate: text(200) }),
    },
    resolve: async (_root, args, ctx, info) => {
      const agencyId = callingAgencyId(ctx, EXTERNAL_IDS_ARE_AGENCIES);
      const recordId = await recordIdOf(ctx.prisma, agencyId, args.type, args.externalId);
      return recordId ? loadRecord(ctx, info, args.type, recordId) : null;
    },
  }),
);
