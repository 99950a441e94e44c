import { partnerCalls } from '../auth/visibility.js';
import type { Writer } from './transaction.js';
import { notFound, refuse } from './user-errors.js';

/**
 * Whether the writer may change a call and what hangs off it (its proposals' reviews, its
 * projects): staff any call; a partner agency the joint calls it co-runs as a partner. Calls are public, so
 * one the writer may not change is refused as NOT_PERMITTED, not hidden.
 */
export async function assertMayManageCall(writer: Writer, callId: string, field: string[]): Promise<void> {
  const { tenant } = writer.actor;
  if (tenant.role === 'STAFF') return;
  const call = await writer.memo(`call-agencies:${callId}`, () =>
    writer.tx.call.findUnique({ where: { id: callId }, select: { kind: true, agencies: { select: { agencyId: true, role: true } } } }),
  );
  if (!call) notFound('call', field);
  // As partnerCalls says: the lead agency acts through staff keys.
  if (tenant.role === 'AGENCY' && call.kind === 'JOINT' && call.agencies.some((a) => a.agencyId === tenant.agencyId && a.role === 'PARTNER')) return;
  refuse('NOT_PERMITTED', tenant.role === 'AGENCY' ? 'A partner agency manages only the joint calls it co-runs.' : 'Only JST staff and the partner agencies of a joint call manage it.', field);
}

/**
 * Whether the writer sees this proposal in full, by the rule of auth/visibility.ts for one row:
 * staff all; an agency those of the joint calls it co-runs as a partner; an institution those it leads or where its
 * people are PI or Co-PI.
 */
export async function isPartyToProposal(writer: Writer, proposal: { id: string; callId: string; leadOrganizationId: string }): Promise<boolean> {
  const { tenant } = writer.actor;
  switch (tenant.role) {
    case 'STAFF':
      return true;
    case 'PUBLIC':
      return false;
    case 'AGENCY': {
      // Call agencies are not written by proposal writes: asked once per transaction.
      const runs = await writer.memo(`runs:${proposal.callId}`, () =>
        writer.tx.call.count({ where: { id: proposal.callId, ...partnerCalls(tenant.agencyId) } }),
      );
      return runs > 0;
    }
    case 'INSTITUTION':
      if (proposal.leadOrganizationId === tenant.organizationId) return true;
      return (
        (await writer.tx.teamMember.count({
          where: { proposalId: proposal.id, organizationId: tenant.organizationId, role: { in: ['PI', 'CO_PI'] } },
        })) > 0
      );
  }
}
