// A call's proposal and adoption figures, derived from the proposals on record where there are
// any, else from the published figures (mid-term report). Unknown stays unknown: null, never 0.

export type ProposalStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'DOCUMENT_REVIEW'
  | 'INTERVIEW'
  | 'ADOPTED'
  | 'REJECTED'
  | 'WITHDRAWN';

/** Where a call's figures come from. */
export type StatisticsSource = 'RECORDS' | 'PUBLISHED' | 'NONE';

/** Counts of one call's proposals on record. */
export interface RecordCounts {
  /** Proposals received: submitted and no longer drafts (one withdrawn after submission counts). */
  received: number;
  adopted: number;
}

/**
 * Tallies a call's proposals, given per status how many were submitted (have a submission time),
 * into received and adopted. A proposal withdrawn before submission never reached JST, so it is
 * not received; only received proposals can count as adopted, so the rate stays within 100%.
 */
export function recordCounts(byStatus: Iterable<{ status: ProposalStatus; submitted: number }>): RecordCounts {
  const counts = { received: 0, adopted: 0 };
  for (const { status, submitted } of byStatus) {
    if (status === 'DRAFT') continue;
    counts.received += submitted;
    if (status === 'ADOPTED') counts.adopted += submitted;
  }
  return counts;
}

/** The figures a call published, each null where it was not published. */
export interface PublishedStatistics {
  proposalCount: number | null;
  adoptionCount: number | null;
  asOf: Date | null;
  sourceNote: string | null;
}

export interface CallStatistics {
  proposalCount: number | null;
  adoptionCount: number | null;
  /** Adopted per 100 proposals, to one decimal (74 proposals, 26 adopted: 35.1). */
  adoptionRate: number | null;
  source: StatisticsSource;
  /** Date of the published figures; null for records (they are current). */
  asOf: Date | null;
  sourceNote: string | null;
}

/** adopted / proposals as a percentage rounded to one decimal; null when either is unknown or no proposal. */
export function adoptionRatePercent(proposalCount: number | null, adoptionCount: number | null): number | null {
  if (proposalCount == null || adoptionCount == null || proposalCount === 0) return null;
  // Integer arithmetic before the division keeps 26/74 at 35.1, not 35.09999….
  return Math.round((adoptionCount * 1000) / proposalCount) / 10;
}

/** The published figures as statistics: PUBLISHED where either count was published, else NONE. */
export function publishedCallStatistics(published: PublishedStatistics): CallStatistics {
  const { proposalCount, adoptionCount } = published;
  if (proposalCount == null && adoptionCount == null) {
    return { proposalCount: null, adoptionCount: null, adoptionRate: null, source: 'NONE', asOf: null, sourceNote: null };
  }
  return {
    proposalCount,
    adoptionCount,
    adoptionRate: adoptionRatePercent(proposalCount, adoptionCount),
    source: 'PUBLISHED',
    asOf: published.asOf,
    sourceNote: published.sourceNote,
  };
}

/**
 * Records win once a call has any received proposal on record (then the figures are live and
 * complete); otherwise the published figures are reported as published, marked as such.
 */
export function callStatistics(records: RecordCounts, published: PublishedStatistics): CallStatistics {
  if (records.received === 0) return publishedCallStatistics(published);
  return {
    proposalCount: records.received,
    adoptionCount: records.adopted,
    adoptionRate: adoptionRatePercent(records.received, records.adopted),
    source: 'RECORDS',
    asOf: null,
    sourceNote: null,
  };
}
