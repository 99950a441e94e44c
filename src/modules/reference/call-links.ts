// Connections of calls reached through a join row (CallAgency, CallField), shared by agencies
// and fields.
import type { IndirectInclude, PathSegment } from '@pothos/plugin-prisma';
import { visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';

/**
 * Where and order of the linked calls: only calls the request may see, newest fiscal year first,
 * then by code (unique, so pages are stable).
 */
export function linkedCallsQuery(ctx: Context) {
  return {
    where: { call: visible.call(ctx) },
    orderBy: [{ call: { fiscalYear: 'desc' as const } }, { call: { code: 'asc' as const } }],
  };
}

/** The `_count` selection that counts the same calls as linkedCallsQuery. */
export function linkedCallsCount(ctx: Context) {
  return { _count: { select: { calls: { where: linkedCallsQuery(ctx).where } } } };
}

// A connection's nodes are selected under `nodes` or `edges.node`; prismaConnectionHelpers plans
// only the latter, so `nodes { … }` would load empty rows. relatedConnection passes this same
// indirect include; the plugin's selection functions accept it (its FieldSelection type), only
// the typed nestedSelection narrows the parameter to a single path.
const CALL_NODES: IndirectInclude = {
  getType: () => 'Call',
  paths: [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]],
};

/**
 * The field's nestedSelection, planning the Call nodes under both `nodes` and `edges.node`. When
 * neither is asked for (`calls { totalCount }`) the plan selects no column, which Prisma refuses:
 * the id is always selected.
 */
export function callNodes<Selection>(nestedSelection: (selection?: Selection, path?: PathSegment[]) => unknown) {
  return (selection?: Selection) => {
    const planned = nestedSelection(selection, CALL_NODES as unknown as PathSegment[]);
    const select = (planned as { select?: Record<string, unknown> } | null)?.select;
    return select && Object.keys(select).length === 0 ? { ...(planned as object), select: { id: true } } : planned;
  };
}
