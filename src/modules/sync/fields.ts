// The calling agency's own id on every record it can sync, and lookups by it.
import { ApiError } from '../../schema/errors.js';
import type { SyncedEntity } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { text } from '../../schema/mutations.js';
import { CallRef } from '../calls/call.js';
import { recordLoaders } from '../changes/change-event.js';
import { OrganizationRef } from '../people/organization.js';
import { ResearcherRef } from '../people/researcher.js';
import { MobilityRef } from '../projects/mobility.js';
import { OutcomeRef } from '../projects/outcome.js';
import { ProjectRef } from '../projects/project.js';
import { ProposalRef } from '../proposals/proposal.js';
import { DecisionRef } from '../proposals/review.js';
import { TeamMemberRef } from '../proposals/team-member.js';
import { externalIdOf, recordIdOf } from './external-ids.js';
import { SyncedEntityEnum } from './mutations.js';

const SYNCED_TYPES = [
  [CallRef, 'CALL'],
  [OrganizationRef, 'ORGANIZATION'],
  [ResearcherRef, 'RESEARCHER'],
  [ProposalRef, 'PROPOSAL'],
  [TeamMemberRef, 'TEAM_MEMBER'],
  [DecisionRef, 'DECISION'],
  [ProjectRef, 'PROJECT'],
  [OutcomeRef, 'OUTCOME'],
  [MobilityRef, 'MOBILITY'],
] as const satisfies readonly (readonly [unknown, SyncedEntity])[];

for (const [ref, entity] of SYNCED_TYPES) {
  builder.objectField(ref, 'externalId', (t) =>
    t.string({
      nullable: true,
      description: 'Your agency’s own id for this record, if you gave one (agency keys only).',
      resolve: (record, _args, ctx) => externalIdOf(ctx, entity, (record as { id: string }).id),
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
    resolve: async (_root, args, ctx) => {
      const agencyId = ctx.principal.kind === 'key' ? ctx.principal.agencyId : null;
      if (!agencyId) throw new ApiError('FORBIDDEN', 'External ids are a partner agency’s own: use an AGENCY key.');
      const recordId = await recordIdOf(ctx.prisma, agencyId, args.type, args.externalId);
      return recordId ? recordLoaders(ctx).get(args.type)!.load(recordId) : null;
    },
  }),
);
