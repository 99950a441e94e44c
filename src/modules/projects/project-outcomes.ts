// Project.outcomes, one page per project (pages-per-parent.ts): a page of projects with their
// outcomes reads a page of outcomes for each, not every outcome of every project.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { Prisma, type OutcomeKind } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { connectionPages, pageIdsPerParent, rowsOfPages } from '../../schema/pages-per-parent.js';
import { outcomeOrder, outcomeWhere } from './outcome.js';
import { dateRange } from './shared.js';

const pages = prismaConnectionHelpers(builder, 'Outcome', { cursor: 'id' });

export interface ProjectOutcomeArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  filter?: { kind?: OutcomeKind[] | null; from?: Date | null; to?: Date | null } | null;
  orderBy?: Parameters<typeof outcomeOrder.toPrisma>[0];
}

/** The filter as SQL on the alias c: the conditions outcomeWhere gives Prisma for the rows. */
function filterCondition(filter: ProjectOutcomeArgs['filter']): Prisma.Sql {
  const range = dateRange(filter);
  const kinds = filter?.kind;
  return Prisma.sql`TRUE
    ${kinds ? Prisma.sql`AND c.kind::text IN (${kinds.length ? Prisma.join(kinds) : Prisma.sql`NULL`})` : Prisma.empty}
    ${range?.gte ? Prisma.sql`AND c."occurredOn" >= ${range.gte}` : Prisma.empty}
    ${range?.lte ? Prisma.sql`AND c."occurredOn" <= ${range.lte}` : Prisma.empty}`;
}

/** The pages of the projects on one page, read together (pages-per-parent.ts). */
function pageLoader(ctx: Context, args: ProjectOutcomeArgs, info: GraphQLResolveInfo) {
  return connectionPages(ctx, 'Outcome', args, info, async (query, projectIds) => {
    const page = pages.getQuery(args, ctx, () => ({})) as { take: number; skip?: number; cursor?: { id: string } };
    const order = outcomeOrder.toPrisma(args.orderBy);
    // The rows under the same rule and filter as Prisma's, so that none the caller may not see shows.
    const where = outcomeWhere(ctx, args.filter);
    // One project (node(id), project(id)): Prisma's own paging reads just its page, in one statement.
    if (projectIds.length === 1) {
      return [await ctx.prisma.outcome.findMany({ ...query, ...page, where: { AND: [where, { projectId: projectIds[0] }] }, orderBy: order })];
    }
    const spec = {
      parentTable: 'Project',
      table: 'Outcome',
      parentColumn: 'projectId',
      listed: filterCondition(args.filter),
      orderColumns: order.map((o) => Object.keys(o)[0]!),
      direction: Object.values(order[0]!)[0] as 'asc' | 'desc',
    } as const;
    const ids = await pageIdsPerParent(ctx.prisma, spec, projectIds, page.take, page.cursor?.id);
    const rows = await rowsOfPages(ids, (pageIds) => ctx.prisma.outcome.findMany({ ...query, where: { AND: [where, { id: { in: pageIds } }] } }));
    return projectIds.map((projectId) => rows.get(projectId)!);
  });
}

/** What the project is read with for its outcomes' totalCount: a count in the project's own statement. */
export const outcomeCountSelection = (args: ProjectOutcomeArgs, ctx: Context) => ({
  _count: { select: { outcomes: { where: outcomeWhere(ctx, args.filter) } } },
});

/** The connection of one project's outcomes; `totalCount` as the project was read with outcomeCountSelection. */
export async function projectOutcomes(project: { id: string; _count: { outcomes: number } }, args: ProjectOutcomeArgs, ctx: Context, info: GraphQLResolveInfo) {
  const list = await pageLoader(ctx, args, info).load(project.id);
  return { ...pages.resolve(list as never[], args, ctx), totalCount: project._count.outcomes };
}

export const ProjectOutcomeRef = pages.ref;
