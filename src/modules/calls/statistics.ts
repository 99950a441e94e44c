import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { visible } from '../../auth/visibility.js';
import type { CallStatistics, PublishedStatistics, RecordCounts } from '../../domain/call-statistics.js';
import { recordCounts } from '../../domain/call-statistics.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { StatisticsSourceEnum } from './enums.js';

export const CallStatisticsRef = builder.objectRef<CallStatistics>('CallStatistics').implement({
  description:
    "A call's proposal and adoption figures. Unknown figures are null, never 0 (the program did not publish every figure).",
  fields: (t) => ({
    proposalCount: t.exposeInt('proposalCount', {
      nullable: true,
      description: 'Proposals received (submitted, including any withdrawn after submission; drafts do not count).',
    }),
    adoptionCount: t.exposeInt('adoptionCount', { nullable: true, description: 'Proposals adopted.' }),
    adoptionRate: t.exposeFloat('adoptionRate', {
      nullable: true,
      description: 'Adopted per 100 proposals, to one decimal (e.g. 35.1); null when either count is unknown.',
    }),
    source: t.expose('source', { type: StatisticsSourceEnum }),
    asOf: t.expose('asOf', { type: 'Date', nullable: true, description: 'Date of published figures; null for records.' }),
    sourceNote: t.exposeString('sourceNote', {
      nullable: true,
      description: 'Where published figures come from (English), e.g. the mid-term evaluation report.',
    }),
  }),
});

/**
 * Per request: the record counts of every call asked for in one tick, by one group-by over
 * their visible proposals (so a page of calls costs one statement, not one per call).
 */
export const recordCountsLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, RecordCounts>(async (callIds) => {
      const groups = await ctx.prisma.proposal.groupBy({
        by: ['callId', 'status'],
        where: { AND: [visible.proposal(ctx), { callId: { in: [...callIds] } }] },
        _count: { submittedAt: true },
      });
      return callIds.map((callId) =>
        recordCounts(
          groups
            .filter((group) => group.callId === callId)
            .map((group) => ({ status: group.status, submitted: group._count.submittedAt })),
        ),
      );
    }),
);

/** The columns publishedFigures reads. */
export const PUBLISHED_FIGURES = {
  publishedProposalCount: true,
  publishedAdoptionCount: true,
  statisticsAsOf: true,
  statisticsSourceEn: true,
} as const;

/** The published columns of a call, as the statistics rule reads them. */
export function publishedFigures(call: {
  publishedProposalCount: number | null;
  publishedAdoptionCount: number | null;
  statisticsAsOf: Date | null;
  statisticsSourceEn: string | null;
}): PublishedStatistics {
  return {
    proposalCount: call.publishedProposalCount,
    adoptionCount: call.publishedAdoptionCount,
    asOf: call.statisticsAsOf,
    sourceNote: call.statisticsSourceEn,
  };
}
