// A nested connection under a list (a call's proposals, a project's outcomes), one page per parent:
// Prisma reads every child of every parent for a nested connection and pages them in memory, so a
// page of parents would read all their children to show ten each. Here the ids of every parent's
// page come from one statement that limits per parent (LATERAL … LIMIT), in the connection's order,
// and the rows from one Prisma query with the selection beneath.
import { createContextCache } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';

type Client = { $queryRaw<T>(query: Prisma.Sql): Promise<T> };

export interface ChildPages {
  /** The parents' table. */
  parentTable: Prisma.ModelName;
  /** The children's table, read under the alias c. */
  table: Prisma.ModelName;
  /** The column of c that names its parent. */
  parentColumn: string;
  /** Which children are listed (visibility, the connection's filter), on the alias c. */
  listed: Prisma.Sql;
  /** The order, one direction for all; ends with a unique column (id) so that pages are stable. */
  orderColumns: readonly string[];
  direction: 'asc' | 'desc';
}

/**
 * Each parent's page of child ids, in the connection's order: `take` as Prisma's (the page size
 * plus one, negative for `last`), after (or before, for a negative take) the cursor's row. As
 * Prisma's nested cursors: a cursor that is not among the parent's listed children gives an empty page.
 */
export async function pageIdsPerParent(
  db: Client,
  spec: ChildPages,
  parentIds: readonly string[],
  take: number,
  cursor: string | undefined,
): Promise<Map<string, string[]>> {
  const backwards = take < 0;
  // Reading backwards walks the order the other way, from the cursor.
  const ascending = (spec.direction === 'asc') !== backwards;
  const columns = Prisma.raw(spec.orderColumns.map((c) => `c."${c}"`).join(', '));
  const table = Prisma.raw(`"${spec.table}"`);
  const ofParent = Prisma.sql`c.${Prisma.raw(`"${spec.parentColumn}"`)} = parent.id AND ${spec.listed}`;
  const after = cursor
    ? Prisma.sql`AND (${columns}) ${Prisma.raw(ascending ? '>' : '<')} (SELECT ${columns} FROM ${table} c WHERE c.id = ${cursor}::uuid)
        AND EXISTS (SELECT 1 FROM ${table} c WHERE c.id = ${cursor}::uuid AND ${ofParent})`
    : Prisma.empty;
  const order = Prisma.raw(spec.orderColumns.map((c) => `c."${c}" ${ascending ? 'ASC' : 'DESC'}`).join(', '));
  const rows = await db.$queryRaw<{ parentId: string; id: string }[]>(Prisma.sql`
    SELECT parent.id AS "parentId", page.id
    FROM ${Prisma.raw(`"${spec.parentTable}"`)} parent
    CROSS JOIN LATERAL (
      SELECT c.id FROM ${table} c
      WHERE ${ofParent} ${after}
      ORDER BY ${order}
      LIMIT ${Math.abs(take)}
    ) page
    WHERE parent.id = ANY(${[...parentIds]}::uuid[])`);
  const pages = new Map<string, string[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) pages.get(row.parentId)!.push(row.id);
  // In the connection's order, as Prisma answers a negative take.
  if (backwards) for (const ids of pages.values()) ids.reverse();
  return pages;
}

/** The rows of every page, read once with the selection, each page in its order. */
export async function rowsOfPages<Row extends { id: string }>(
  pages: Map<string, string[]>,
  read: (ids: string[]) => Promise<Row[]>,
): Promise<Map<string, Row[]>> {
  const ids = [...pages.values()].flat();
  const rows = ids.length ? await read(ids) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return new Map([...pages].map(([parentId, page]) => [parentId, page.flatMap((id) => byId.get(id) ?? [])]));
}

/** The nodes may be asked for under `nodes` and under `edges.node`. */
const NODE_PATHS = [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]];

const loaders = createContextCache((_ctx: Context) => new Map<string, DataLoader<string, unknown[]>>());

/**
 * The loader of a nested connection's pages, one per request, type, arguments and selection: the
 * parents on one page share it. `load` reads the pages of a set of parents, in their order, with
 * `query`, the Prisma selection of the connection's nodes.
 */
export function connectionPages(
  ctx: Context,
  typeName: 'Proposal' | 'Outcome',
  args: object,
  info: GraphQLResolveInfo,
  load: (query: object, parentIds: readonly string[]) => Promise<unknown[][]>,
): DataLoader<string, unknown[]> {
  const query = queryFromInfo({ context: ctx, info, typeName, paths: NODE_PATHS });
  const key = JSON.stringify([typeName, args, query]);
  let loader = loaders(ctx).get(key);
  if (!loader) loaders(ctx).set(key, (loader = new DataLoader((parentIds) => load(query, parentIds))));
  return loader;
}
