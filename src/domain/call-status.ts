// Where a call stands at a given instant, derived from its schedule (never stored, so it cannot
// go stale).

export type MilestoneKind =
  | 'CALL_OPENS'
  | 'PRE_NOTIFICATION_DEADLINE'
  | 'SUBMISSION_DEADLINE'
  | 'DOCUMENT_REVIEW'
  | 'INTERVIEWS'
  | 'RESULTS_NOTIFIED'
  | 'SUPPORT_STARTS';

export type CallStatus =
  | 'PLANNED'
  | 'OPEN_FOR_PRE_NOTIFICATION'
  | 'OPEN'
  | 'DOCUMENT_REVIEW'
  | 'INTERVIEWS'
  | 'DECIDED'
  | 'SUPPORT_STARTED'
  | 'UNKNOWN';

export interface Milestone {
  kind: MilestoneKind;
  startsAt: Date;
  endsAt?: Date | null;
  /** JAPAN or PARTNER where the sides' deadlines differ (joint calls). */
  side?: 'JAPAN' | 'PARTNER' | null;
}

function latest(milestones: readonly Milestone[], kind: MilestoneKind): number | undefined {
  const times = milestones.filter((m) => m.kind === kind).map((m) => m.startsAt.getTime());
  return times.length ? Math.max(...times) : undefined;
}

/**
 * The status at `at`: the latest stage whose start has passed. A call's stages start at
 * CALL_OPENS, PRE_NOTIFICATION_DEADLINE (the end of pre-notification), SUBMISSION_DEADLINE (the
 * last side's, which starts document review), INTERVIEWS, RESULTS_NOTIFIED and SUPPORT_STARTS.
 * A call entered without an opening date counts as open until its deadlines (calls are entered
 * when published); one with no schedule at all is UNKNOWN.
 */
export function callStatusAt(milestones: readonly Milestone[], at: Date): CallStatus {
  if (milestones.length === 0) return 'UNKNOWN';
  const now = at.getTime();
  const opens = latest(milestones, 'CALL_OPENS');
  const preNotification = latest(milestones, 'PRE_NOTIFICATION_DEADLINE');
  const submission = latest(milestones, 'SUBMISSION_DEADLINE');
  const reviewStart = latest(milestones, 'DOCUMENT_REVIEW');
  const stages: [CallStatus, number | undefined][] = [
    ['SUPPORT_STARTED', latest(milestones, 'SUPPORT_STARTS')],
    ['DECIDED', latest(milestones, 'RESULTS_NOTIFIED')],
    ['INTERVIEWS', latest(milestones, 'INTERVIEWS')],
    // Review begins once the last deadline has passed, even if announced for a later day.
    ['DOCUMENT_REVIEW', submission ?? reviewStart],
  ];
  for (const [status, startsAt] of stages) {
    if (startsAt !== undefined && now >= startsAt) return status;
  }
  if (opens !== undefined && now < opens) return 'PLANNED';
  if (preNotification !== undefined && now < preNotification) return 'OPEN_FOR_PRE_NOTIFICATION';
  if (submission !== undefined) return 'OPEN';
  // Only later milestones are known and none has started: the call has not been decided yet.
  return opens !== undefined ? 'OPEN' : 'UNKNOWN';
}

/** The instant after which `side` can no longer submit (its own deadline, else the call's last). */
export function submissionDeadline(milestones: readonly Milestone[], side: 'JAPAN' | 'PARTNER'): Date | undefined {
  const deadlines = milestones.filter((m) => m.kind === 'SUBMISSION_DEADLINE');
  const own = deadlines.filter((m) => m.side === side || m.side == null);
  const pool = own.length ? own : deadlines;
  if (!pool.length) return undefined;
  return new Date(Math.max(...pool.map((m) => m.startsAt.getTime())));
}

/** Review may begin once the call has opened and no side can submit any more (or nothing is on record). */
export function reviewMayBegin(milestones: readonly Milestone[], at: Date): boolean {
  const status = callStatusAt(milestones, at);
  return status !== 'PLANNED' && status !== 'OPEN' && status !== 'OPEN_FOR_PRE_NOTIFICATION';
}
