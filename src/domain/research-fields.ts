// A research field's name and scope belong to a phase; a call uses the phase of its fiscal year
// (phase 1: calls up to FY2025, phase 2: calls from FY2026).

export interface FieldPhasePeriod {
  phase: number;
  /** First fiscal year whose calls use the phase. */
  fromFiscalYear: number;
  /** Last fiscal year (inclusive); null while the phase is current. */
  toFiscalYear: number | null;
}

/**
 * The phase in force for calls of `fiscalYear`, or null if no phase covers that year (before the
 * program, or after a closed last phase). Without a year: the current phase, the latest to start.
 */
export function phaseInForce<P extends FieldPhasePeriod>(phases: readonly P[], fiscalYear?: number | null): P | null {
  const candidates =
    fiscalYear == null
      ? phases
      : phases.filter((p) => p.fromFiscalYear <= fiscalYear && (p.toFiscalYear === null || fiscalYear <= p.toFiscalYear));
  // Overlapping phases would be a data error; the later one wins, as it would for new calls.
  let found: P | null = null;
  for (const p of candidates) if (!found || p.fromFiscalYear > found.fromFiscalYear) found = p;
  return found;
}
