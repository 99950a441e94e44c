import type { Context } from '../../context.js';
import {
  countByGtrCategory,
  sortKindCounts,
  type GtrCategoryCount,
  type KindCount,
} from '../../domain/outcomes.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { mobilityWhere } from './mobility.js';
import { GtrCategoryEnum, OutcomeCountRef, outcomeWhere } from './outcome.js';
import { dateRangeFields, idOf } from './shared.js';

interface MobilityCounts {
  dispatched: number;
  invited: number;
}

/** What the statistics count: the filtered rows, each figure computed by the database when asked for. */
interface OutcomeStatistics {
  outcomes: Prisma.OutcomeWhereInput;
  mobilities: Prisma.MobilityWhereInput;
  /** One group-by, shared by byKind, byGtrCategory and total. */
  kindCounts: () => Promise<KindCount[]>;
}

const GtrCategoryCountRef = builder.objectRef<GtrCategoryCount>('GtrCategoryCount').implement({
  description: 'How many outcomes fall under one UKRI Gateway to Research category.',
  fields: (t) => ({
    category: t.expose('category', { type: GtrCategoryEnum }),
    count: t.exposeInt('count'),
  }),
});

const MobilityCountsRef = builder.objectRef<MobilityCounts>('MobilityCounts').implement({
  description: 'Researchers dispatched and invited (indicator 4-1): one per trip or stay.',
  fields: (t) => ({
    dispatched: t.exposeInt('dispatched', { description: 'Japan-side researchers sent to the partner side (派遣).' }),
    invited: t.exposeInt('invited', { description: 'Partner-side researchers invited to Japan (招へい).' }),
  }),
});

const OutcomeStatisticsRef = builder.objectRef<OutcomeStatistics>('OutcomeStatistics').implement({
  description: 'Program-wide figures over the outcomes and researcher mobility of adopted projects.',
  fields: (t) => ({
    total: t.int({
      description: 'All outcomes.',
      resolve: async (stats) => (await stats.kindCounts()).reduce((sum, { count }) => sum + count, 0),
    }),
    byKind: t.field({
      type: [OutcomeCountRef],
      description: 'Outcomes per kind, in kind order; kinds with none left out.',
      resolve: (stats) => stats.kindCounts(),
    }),
    byGtrCategory: t.field({
      type: [GtrCategoryCountRef],
      description:
        'Outcomes per UKRI Gateway to Research category, in GtR order; empty categories and kinds GtR has no ' +
        'category for (PhDs awarded) left out, so these may add up to less than `total`.',
      resolve: async (stats) => countByGtrCategory(await stats.kindCounts()),
    }),
    withPartner: t.int({
      description: 'Outcomes with partner-side contributors (joint with the partner side, as indicator 2-1 counts).',
      resolve: (stats, _args, ctx) =>
        ctx.prisma.outcome.count({ where: { AND: [stats.outcomes, { partnerContributors: { isEmpty: false } }] } }),
    }),
    mobility: t.field({
      type: MobilityCountsRef,
      description: 'Researchers dispatched and invited, with the stay starting in the date range.',
      resolve: async (stats, _args, ctx) => {
        const groups = await ctx.prisma.mobility.groupBy({ by: ['direction'], where: stats.mobilities, _count: { _all: true } });
        const count = (direction: string) => groups.find((g) => g.direction === direction)?._count._all ?? 0;
        return { dispatched: count('DISPATCHED'), invited: count('INVITED') };
      },
    }),
  }),
});

const OutcomeStatisticsFilter = builder.inputType('OutcomeStatisticsFilter', {
  description: 'All conditions given must hold.',
  fields: (t) => ({
    projectId: t.globalID({ description: 'Only this project.' }),
    callId: t.globalID({ description: 'Only projects adopted in this call.' }),
    ...dateRangeFields(t, 'the outcome occurring, or the stay starting,'),
  }),
});

function outcomeStatistics(ctx: Context, filter: typeof OutcomeStatisticsFilter.$inferInput | null | undefined) {
  const callId = idOf(filter?.callId, 'Call');
  // Only when asked: an empty condition on the project would still join it.
  const inCall = callId ? [{ project: { proposal: { callId } } }] : [];
  const outcomes: Prisma.OutcomeWhereInput = { AND: [outcomeWhere(ctx, filter), ...inCall] };
  let kindCounts: Promise<KindCount[]> | undefined;
  return {
    outcomes,
    mobilities: { AND: [mobilityWhere(ctx, filter), ...inCall] },
    kindCounts: () =>
      (kindCounts ??= ctx.prisma.outcome
        .groupBy({ by: ['kind'], where: outcomes, _count: { _all: true } })
        .then((groups) => sortKindCounts(groups.map(({ kind, _count }) => ({ kind, count: _count._all }))))),
  } satisfies OutcomeStatistics;
}

builder.queryField('outcomeStatistics', (t) =>
  t.field({
    type: OutcomeStatisticsRef,
    description:
      'Counts of outcomes (per kind, per GtR category, with the partner side) and of researcher mobility across ' +
      'adopted projects, computed by the database.',
    args: { filter: t.arg({ type: OutcomeStatisticsFilter }) },
    resolve: (_root, { filter }, ctx) => outcomeStatistics(ctx, filter),
  }),
);
