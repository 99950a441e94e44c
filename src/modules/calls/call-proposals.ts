// Call.proposals, one page per call: Prisma reads every child of every parent for a nested
// connection, so a page of calls would read all their proposals to show ten each. Here the page of
// every call comes from one statement that limits per call (LATERAL … LIMIT), the rows from one
// Prisma query with the selection beneath, and totalCount (when asked) from one group-by.
import { createContextCache } from '@pothos/core';
import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { privateProposalIds, visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import { Prisma, type ProposalStatus } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';

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

/** The nodes may be asked for under `nodes` and under `edges.node`. */
const NODE_PATHS = [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]];

function statusCondition(args: CallProposalArgs): Prisma.Sql {
  const statuses = args.filter?.status;
  return statuses ? Prisma.sql`AND p.status::text IN (${statuses.length ? Prisma.join(statuses) : Prisma.sql`NULL`})` : Prisma.empty;
}

/** One loader per request and per distinct arguments and selection: calls on one page share it. */
const loaders = createContextCache((_ctx: Context) => new Map<string, DataLoader<string, unknown[]>>());

function pageLoader(ctx: Context, args: CallProposalArgs, info: GraphQLResolveInfo) {
  const query = queryFromInfo({ context: ctx, info, typeName: 'Proposal', paths: NODE_PATHS });
  const key = JSON.stringify([args, query]);
  let loader = loaders(ctx).get(key);
  if (!loader) {
    // take is the page size plus one (to tell whether there is another page), negative for `last`.
    const { take, cursor } = pages.getQuery(args, ctx, () => ({})) as { take: number; cursor?: { id: string } };
    const backwards = take < 0;
    const after = cursor
      ? backwards
        ? Prisma.sql`AND p.id < ${cursor.id}::uuid`
        : Prisma.sql`AND p.id > ${cursor.id}::uuid`
      : Prisma.empty;
    loader = new DataLoader(async (callIds) => {
      // The proposals the caller sees in full, as the rule in visibility.ts decides (read once per request).
      const own = await privateProposalIds(ctx);
      const seen =
        own === 'all'
          ? Prisma.sql`TRUE`
          : own.size
            ? Prisma.sql`p.id IN (${Prisma.join([...own].map((id) => Prisma.sql`${id}::uuid`))})`
            : Prisma.sql`FALSE`;
      const ofCall = Prisma.sql`p."callId" = call.id AND ${seen} ${statusCondition(args)}`;
      // As Prisma's nested cursors: a cursor that is not among this call's listed proposals gives an
      // empty page (the inner alias p shadows the outer one, so ofCall applies to the cursor's row).
      const cursorListed = cursor
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Proposal" p WHERE p.id = ${cursor.id}::uuid AND ${ofCall})`
        : Prisma.empty;
      const rows = await ctx.prisma.$queryRaw<{ callId: string; id: string }[]>`
        SELECT call.id AS "callId", page.id
        FROM "Call" call
        CROSS JOIN LATERAL (
          SELECT p.id FROM "Proposal" p
          WHERE ${ofCall} ${after} ${cursorListed}
          ORDER BY p.id ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
          LIMIT ${Math.abs(take)}
        ) page
        WHERE call.id IN (${Prisma.join(callIds)})`;
      const nodes = rows.length
        ? await ctx.prisma.proposal.findMany({ ...query, where: { id: { in: rows.map((row) => row.id) } } })
        : [];
      const byId = new Map(nodes.map((node) => [node.id, node]));
      const byCall = new Map<string, typeof rows>();
      for (const row of rows) byCall.set(row.callId, [...(byCall.get(row.callId) ?? []), row]);
      return callIds.map((callId) => {
        const page = (byCall.get(callId) ?? []).map((row) => byId.get(row.id)!);
        // Ascending, as Prisma answers a negative take.
        page.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        return page;
      });
    });
    loaders(ctx).set(key, loader);
  }
  return loader;
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
