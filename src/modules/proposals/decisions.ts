// Review decisions and adoption. Adoption writes several records (the decision, the proposal,
// the new project, and any ongoing project a Co-PI leaves): all in the caller's one transaction.
import { reviewMayBegin } from '../../domain/call-status.js';
import {
  alreadyAdopted,
  membershipsEndedByAdoption,
  type DecisionResultName,
  type DecisionStageName,
} from '../../domain/proposal-status.js';
import type { Call, Proposal } from '../../generated/prisma/client.js';
import { checkVersion, type Writer } from '../../writes/transaction.js';
import { assertMayManageCall } from '../../writes/tenancy.js';
import { notFound, refuse } from '../../writes/user-errors.js';
import { CALL_RULE_COLUMNS, rulesOf } from '../calls/call-rules.js';
import { moveProposal, proposalToWrite } from './drafts.js';
import { lockApplicants } from './rule-inputs.js';

export interface DecisionInput {
  id: string;
  version?: number | null;
  stage: DecisionStageName;
  result: DecisionResultName;
  decidedAt?: Date | null;
  note?: string | null;
  /** The project's period on adoption; the call's support dates when left out. */
  project?: { startsOn?: Date | null; endsOn?: Date | null; grantNumber?: string | null } | null;
}

/** Staff decide any proposal, a partner agency those of its joint calls, applicants none. */
async function proposalToDecide(writer: Writer, id: string): Promise<Proposal> {
  const proposal = await proposalToWrite(writer, id);
  if (writer.actor.tenant.role === 'INSTITUTION') refuse('NOT_PERMITTED', 'Applicants do not decide their own proposals.', ['id']);
  await assertMayManageCall(writer, proposal.callId, ['id']);
  return proposal;
}

export async function decideProposal(writer: Writer, input: DecisionInput): Promise<Proposal> {
  const { now } = writer;
  const proposal = await proposalToDecide(writer, input.id);
  checkVersion(proposal, input.version);
  const decidedAt = input.decidedAt ?? now;
  if (input.stage === 'DOCUMENT_REVIEW') await assertSubmissionsClosed(writer, proposal.callId, ['stage']);
  const moved = await moveProposal(writer, proposal, { type: 'DECIDE', stage: input.stage, result: input.result }, { decidedAt });
  const made: { stage: DecisionStageName; result: DecisionResultName; note?: string | null }[] = [
    { stage: input.stage, result: input.result, note: input.note },
  ];
  if (moved.closesWith) made.push({ stage: 'FINAL', result: moved.closesWith });
  for (const decision of made) {
    const created = writer.insert('Decision', { ...decision, proposalId: proposal.id, decidedAt });
    writer.record({ recordType: 'DECISION', recordId: created.id, version: created.version, callId: proposal.callId, before: null, after: created });
  }
  if (input.result === 'ADOPTED') await adoptProposal(writer, proposal, decidedAt, input.project ?? {});
  return moved.proposal;
}

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() - 1);
  return d;
};

/**
 * Creates the project of an adopted proposal, refusing a researcher adopted once already where
 * the call's fiscal year allows one adoption; a Co-PI of an ongoing project leaves it, and that
 * project is flagged for re-review.
 */
export async function adoptProposal(
  writer: Writer,
  proposal: Proposal,
  decidedAt: Date,
  period: NonNullable<DecisionInput['project']>,
): Promise<void> {
  const { tx } = writer;
  const call: Call = await tx.call.findUniqueOrThrow({ where: { id: proposal.callId } });
  const applicants = await tx.teamMember.findMany({
    where: { proposalId: proposal.id, role: { in: ['PI', 'CO_PI'] }, leftOn: null },
    select: { researcherId: true },
  });
  const applicantIds = applicants.map((a) => a.researcherId);
  await lockApplicants(tx, proposal.id);

  if (rulesOf(call).rules.singleAdoptionPerResearcher) {
    const adoptions = await tx.teamMember.findMany({
      where: {
        researcherId: { in: applicantIds },
        role: { in: ['PI', 'CO_PI'] },
        proposalId: { not: proposal.id },
        proposal: { status: 'ADOPTED', call: { fiscalYear: call.fiscalYear } },
      },
      select: { researcherId: true, proposal: { select: { call: { select: CALL_RULE_COLUMNS } } } },
    });
    // Only the year's calls that enforce the limit count (their effective rules, computed here).
    const counted = adoptions.filter((a) => rulesOf(a.proposal.call).rules.singleAdoptionPerResearcher);
    const taken = alreadyAdopted(applicantIds, call.fiscalYear, counted.map((a) => ({ researcherId: a.researcherId, callFiscalYear: a.proposal.call.fiscalYear })));
    if (taken.length) {
      refuse('ADOPTION_LIMIT_EXCEEDED', `Already adopted as PI or Co-PI in another FY${call.fiscalYear} project: ${taken.join(', ')}.`, ['result']);
    }
  }

  const startsOn = period.startsOn ?? call.supportStartsOn;
  if (!startsOn) refuse('INVALID_VALUE', 'The call sets no support start: give project.startsOn.', ['project', 'startsOn']);
  const endsOn =
    period.endsOn ?? call.japanSideEndsOn ?? (proposal.plannedPeriodMonths ? addMonths(startsOn, proposal.plannedPeriodMonths) : null);
  if (!endsOn) refuse('INVALID_VALUE', 'Neither the call nor the proposal sets the period: give project.endsOn.', ['project', 'endsOn']);
  if (endsOn < startsOn) refuse('DATES_OUT_OF_ORDER', 'The project ends before it starts.', ['project', 'endsOn']);
  if (period.grantNumber && (await tx.project.count({ where: { grantNumber: period.grantNumber } }))) {
    refuse('ALREADY_EXISTS', 'Another project has this grant number.', ['project', 'grantNumber']);
  }
  const project = writer.insert('Project', { proposalId: proposal.id, startsOn, endsOn, grantNumber: period.grantNumber });
  writer.record({ recordType: 'PROJECT', recordId: project.id, version: project.version, callId: proposal.callId, before: null, after: project });

  const memberships = await tx.teamMember.findMany({
    where: { researcherId: { in: applicantIds }, role: 'CO_PI', leftOn: null, proposalId: { not: proposal.id }, proposal: { project: { isNot: null } } },
    include: { researcher: { select: { nameEn: true } }, proposal: { select: { callId: true, project: true } } },
  });
  const ending = membershipsEndedByAdoption(
    applicantIds,
    memberships.map((m) => ({ memberId: m.id, researcherId: m.researcherId, role: m.role, projectStatus: m.proposal.project!.status })),
  );
  for (const { memberId } of ending) {
    const member = memberships.find((m) => m.id === memberId)!;
    const left = await tx.teamMember.update({ where: { id: member.id }, data: { leftOn: decidedAt, version: { increment: 1 } } });
    const { researcher: _r, proposal: _p, ...before } = member;
    writer.record({ recordType: 'TEAM_MEMBER', recordId: left.id, version: left.version, callId: member.proposal.callId, before, after: left });
    const ongoing = member.proposal.project!;
    const reason = `Co-PI ${member.researcher.nameEn} was adopted in ${call.code} and left the team on ${decidedAt.toISOString().slice(0, 10)}: budget and team to be reviewed again.`;
    const flagged = await tx.project.update({
      where: { id: ongoing.id },
      data: { reReviewRequired: true, reReviewReason: ongoing.reReviewReason ? `${ongoing.reReviewReason}\n${reason}` : reason, version: { increment: 1 } },
    });
    writer.record({ recordType: 'PROJECT', recordId: flagged.id, version: flagged.version, callId: member.proposal.callId, before: ongoing, after: flagged });
  }
}

/** Review starts once the call no longer accepts submissions (no proposal is judged while others may still come). */
async function assertSubmissionsClosed(writer: Writer, callId: string, field: string[]): Promise<void> {
  const milestones = await writer.tx.callMilestone.findMany({ where: { callId } });
  if (!reviewMayBegin(milestones, writer.now)) {
    refuse('INVALID_TRANSITION', 'Document review begins once submissions have closed.', field);
  }
}

/** Moves every submitted proposal of a call whose submissions have closed into document review. */
export async function beginDocumentReview(writer: Writer, callId: string): Promise<{ call: Call; moved: number }> {
  const { tx } = writer;
  const call = await tx.call.findUnique({ where: { id: callId } });
  if (!call) notFound('call', ['callId']);
  await assertMayManageCall(writer, callId, ['callId']);
  await assertSubmissionsClosed(writer, callId, ['callId']);
  const submitted = await tx.proposal.findMany({ where: { callId, status: 'SUBMITTED' }, orderBy: { id: 'asc' } });
  for (const proposal of submitted) await moveProposal(writer, proposal, { type: 'BEGIN_DOCUMENT_REVIEW' });
  return { call, moved: submitted.length };
}
