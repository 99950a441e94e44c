// The phase of the research fields a call uses: that of its fiscal year (phase 1 for calls up to
// FY2025, phase 2 from FY2026). Phases are per field in the data, but program-wide in fact.
import { phaseInForce, type FieldPhasePeriod } from './research-fields.js';

/**
 * The phase number a call of `fiscalYear` uses, given the phases of each of its fields: the one
 * number its fields agree on. Null when no field has a phase for the year, or when they disagree
 * (inconsistent reference data is reported as unknown, not papered over).
 */
export function callPhaseNumber(fieldPhases: readonly (readonly FieldPhasePeriod[])[], fiscalYear: number): number | null {
  const numbers = new Set(fieldPhases.flatMap((phases) => phaseInForce(phases, fiscalYear)?.phase ?? []));
  return numbers.size === 1 ? [...numbers][0]! : null;
}
