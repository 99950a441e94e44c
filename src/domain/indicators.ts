// Progress of a program indicator (mid-term evaluation goals) towards its target.

export interface IndicatorTarget {
  /** Null for qualitative indicators. */
  targetValue: number | null;
  targetFiscalYear: number | null;
}

export interface ReportedActual {
  /** Null where the report is qualitative. */
  value: number | null;
  reportedOn: Date;
}

export interface IndicatorProgress {
  /** The latest reported figure; null if none is reported or the latest report is qualitative. */
  actual: number | null;
  target: number | null;
  targetFiscalYear: number | null;
  /** actual / target, to four decimals; null without both (or with a zero target). */
  ratio: number | null;
  /** actual ≥ target; null without both. */
  achieved: boolean | null;
  /** The indicator has no numeric target: it is reported in words. */
  qualitative: boolean;
  /** When the latest actual was reported; null if none is. */
  reportedOn: Date | null;
}

/** The most recently reported actual; on a tie, the first of them in the list. */
export function latestActual<A extends ReportedActual>(actuals: readonly A[]): A | null {
  let latest: A | null = null;
  for (const a of actuals) if (!latest || a.reportedOn.getTime() > latest.reportedOn.getTime()) latest = a;
  return latest;
}

/** Progress of an indicator from its latest actual (earlier reports are superseded, not summed). */
export function indicatorProgress(indicator: IndicatorTarget, actuals: readonly ReportedActual[]): IndicatorProgress {
  const latest = latestActual(actuals);
  const actual = latest?.value ?? null;
  const target = indicator.targetValue;
  const comparable = actual !== null && target !== null;
  return {
    actual,
    target,
    targetFiscalYear: indicator.targetFiscalYear,
    ratio: comparable && target !== 0 ? Math.round((actual / target) * 10_000) / 10_000 : null,
    achieved: comparable ? actual >= target : null,
    qualitative: target === null,
    reportedOn: latest?.reportedOn ?? null,
  };
}
