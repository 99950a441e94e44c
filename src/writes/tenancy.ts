import type { Writer } from './transaction.js';
import { notFound, refuse } from './user-errors.js';

/**
 * Whether the writer may change a call and what hangs off it (its proposals' reviews, its
 * projects): staff any call; a partner agency the joint calls it co-runs. Calls are public, so
 * one the writer may not change is refused as NOT_PERMITTED, not hidden.
 */
export async function assertMayManageCall(writer: Writer, callId: string, field: string[]): Promise<void> {
  const { tenant } = writer.actor;
  if (tenant.role === 'STAFF') return;
  const call = await writer.memo(`call-agencies:${callId}`, () =>
    writer.tx.call.findUnique({ where: { id: callId }, select: { kind: true, agencies: { select: { agencyId: true } } } }),
  );
  if (!call) notFound('call', field);
  if (tenant.role === 'AGENCY' && call.kind === 'JOINT' && call.agencies.some((a) => a.agencyId === tenant.agencyId)) return;
  refuse('NOT_PERMITTED', tenant.role === 'AGENCY' ? 'A partner agency manages only the joint calls it co-runs.' : 'Only JST staff and the partner agencies of a joint call manage it.', field);
}
