// ETag and Last-Modified of an export, from the change log: the newest change the caller could
// see among the record types the export reads. A mirror that sends them back gets 304 until then.
import { createHash } from 'node:crypto';
import { tenantOf, visible } from '../../auth/visibility.js';
import type { Context } from '../../context.js';
import type { RecordType } from '../../generated/prisma/client.js';
import { ID_ONLY, recordLoader } from '../changes/change-event.js';

/** Reference data and calls are public: any change to them counts for everyone. */
const PUBLIC_TYPES: ReadonlySet<RecordType> = new Set(['CALL', 'COUNTRY', 'FUNDING_AGENCY', 'RESEARCH_FIELD', 'INDICATOR']);

/** Newest-first pages of the log looked at before settling for the newest change (see latestSeenChange). */
const PAGE = 200;
const MAX_PAGES = 25;

/** Which of these records the caller sees, by the loaders the change feed reads records with. */
async function seen(ctx: Context, type: RecordType, ids: string[]): Promise<Set<string>> {
  const rows = await recordLoader(ctx, type, ID_ONLY).loadMany(ids);
  const found = new Set(ids.filter((_id, i) => rows[i] && !(rows[i] instanceof Error)));
  if (type === 'PROPOSAL') {
    // An adopted proposal's title, field and countries are public as its project's.
    const projects = await ctx.prisma.project.findMany({
      where: { proposalId: { in: ids }, AND: [visible.project(ctx)] },
      select: { proposalId: true },
    });
    for (const p of projects) found.add(p.proposalId);
  }
  return found;
}

/**
 * The newest change of these types that the caller sees now, or a deletion (whose record cannot
 * be asked about any more, so it counts). A change the caller cannot see moves nothing, so the
 * validators tell nobody about others' private records. Past MAX_PAGES pages of unseen changes
 * the newest change is taken: a needless download at worst, never a missed change.
 */
async function latestSeenChange(ctx: Context, types: readonly RecordType[]) {
  const where = { recordType: { in: [...types] } };
  let before: bigint | undefined;
  let newest: { sequence: bigint; occurredAt: Date } | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const events = await ctx.prisma.changeEvent.findMany({
      where: before === undefined ? where : { ...where, sequence: { lt: before } },
      orderBy: { sequence: 'desc' },
      take: PAGE,
      select: { sequence: true, occurredAt: true, recordType: true, recordId: true, action: true },
    });
    if (events.length === 0) return null;
    newest ??= events[0];
    const byType = new Map<RecordType, string[]>();
    for (const e of events) byType.set(e.recordType, [...(byType.get(e.recordType) ?? []), e.recordId]);
    const visibleIds = new Map(
      await Promise.all([...byType].map(async ([type, ids]) => [type, PUBLIC_TYPES.has(type) ? null : await seen(ctx, type, ids)] as const)),
    );
    const hit = events.find((e) => e.action === 'DELETE' || visibleIds.get(e.recordType) === null || visibleIds.get(e.recordType)!.has(e.recordId));
    if (hit) return hit;
    before = events.at(-1)!.sequence;
  }
  return newest ?? null;
}

export interface Validators {
  etag: string;
  lastModified: Date | null;
}

/** Validators for one export, format and caller: a different caller or setting never shares an ETag. */
export async function exportValidators(ctx: Context, what: string, types: readonly RecordType[], settings: unknown = null): Promise<Validators> {
  const change = await latestSeenChange(ctx, types);
  const tenant = JSON.stringify(tenantOf(ctx.principal));
  const hash = createHash('sha256').update(`${what}\n${tenant}\n${JSON.stringify(settings)}\n${change?.sequence ?? 0n}`).digest('base64url').slice(0, 27);
  return { etag: `W/"${hash}"`, lastModified: change?.occurredAt ?? null };
}

/** RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; dates compare to the second. */
export function notModified(request: Request, validators: Validators): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(validators.etag.replace(/^W\//, ''));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  if (Number.isNaN(since) || !validators.lastModified) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since;
}
