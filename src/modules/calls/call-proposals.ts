// Call.proposals, one page per call (pages-per-parent.ts), and totalCount (when asked) from one group-by.
import { createContextCache } from '@pothos/core';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { privateProposalIds, visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { Prisma, type ProposalStatus } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { connectionPages, pageIdsPerParent, rowsOfPages } from '../../schema/pages-per-parent.js';

const pages = prismaConnectionHelpers(builder, 'Proposal', { cursor: 'id' });

/** The Proposal type, without importing its module (which imports the call's). */
export const CallProposalRef = pages.ref;

export interface CallProposalArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  filter?: { status?: ProposalStatus[] | null } | null;
}

function statusCondition(args: CallProposalArgs): Prisma.Sql {
  const statuses = args.filter?.status;
  return statuses ? Prisma.sql`AND c.status::text IN (${statuses.length ? Prisma.join(statuses) : Prisma.sql`NULL`})` : Prisma.empty;
}

/** The pages of the calls on one page, read together (pages-per-parent.ts). */
function pageLoader(ctx: Context, args: CallProposalArgs, info: GraphQLResolveInfo) {
  return connectionPages(ctx, 'Proposal', args, info, async (query, callIds) => {
    const { take, cursor } = pages.getQuery(args, ctx, () => ({})) as { take: number; cursor?: { id: string } };
    // The proposals the caller sees in full, as the rule in visibility.ts decides (read once per request).
    const own = await privateProposalIds(ctx);
    const seen =
      own === 'all'
        ? Prisma.sql`TRUE`
        : own.size
          ? Prisma.sql`c.id IN (${Prisma.join([...own].map((id) => Prisma.sql`${id}::uuid`))})`
          : Prisma.sql`FALSE`;
    const spec = { parentTable: 'Call', table: 'Proposal', parentColumn: 'callId', listed: Prisma.sql`${seen} ${statusCondition(args)}`, orderColumns: ['id'], direction: 'asc' } as const;
    const ids = await pageIdsPerParent(ctx.prisma, spec, callIds, take, cursor?.id);
    const rows = await rowsOfPages(ids, (pageIds) => ctx.prisma.proposal.findMany({ ...query, where: { id: { in: pageIds } } }));
    return callIds.map((callId) => rows.get(callId)!);
  });
}

const totalCounts = createContextCache((ctx: Context) => new Map<string, DataLoader<string, number>>());

function totalCountLoader(ctx: Context, args: CallProposalArgs) {
  const key = JSON.stringify(args.filter ?? null);
  let loader = totalCounts(ctx).get(key);
  if (!loader) {
    const status = args.filter?.status;
    loader = new DataLoader(async (callIds) => {
      const groups = await ctx.prisma.proposal.groupBy({
        by: ['callId'],
        where: { AND: [visible.proposal(ctx), { callId: { in: [...callIds] } }, status ? { status: { in: status } } : {}] },
        _count: { _all: true },
      });
      const counts = new Map(groups.map((group) => [group.callId, group._count._all]));
      return callIds.map((id) => counts.get(id) ?? 0);
    });
    totalCounts(ctx).set(key, loader);
  }
  return loader;
}

/** The connection of one call's proposals; totalCount is read only when asked for. */
export async function callProposals(callId: string, args: CallProposalArgs, ctx: Context, info: GraphQLResolveInfo) {
  const list = await pageLoader(ctx, args, info).load(callId);
  return {
    ...pages.resolve(list as never[], args, ctx),
    totalCount: () => totalCountLoader(ctx, args).load(callId),
  };
}
