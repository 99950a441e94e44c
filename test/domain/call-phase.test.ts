import { describe, expect, it } from 'vitest';
import { callPhaseNumber } from '../../src/domain/call-phase.js';

const phases = [
  { phase: 1, fromFiscalYear: 2023, toFiscalYear: 2025 },
  { phase: 2, fromFiscalYear: 2026, toFiscalYear: null },
];

describe('callPhaseNumber', () => {
  it('takes the phase of the fiscal year, the same for all fields', () => {
    expect(callPhaseNumber([phases, phases], 2023)).toBe(1);
    expect(callPhaseNumber([phases, phases], 2025)).toBe(1);
    expect(callPhaseNumber([phases], 2026)).toBe(2);
    expect(callPhaseNumber([phases], 2030)).toBe(2);
  });

  it('is unknown before the first phase, without fields, or when fields disagree', () => {
    expect(callPhaseNumber([phases], 2022)).toBeNull();
    expect(callPhaseNumber([], 2026)).toBeNull();
    const odd = [{ phase: 3, fromFiscalYear: 2026, toFiscalYear: null }];
    expect(callPhaseNumber([phases, odd], 2026)).toBeNull();
  });

  it('ignores a field without a phase for the year', () => {
    expect(callPhaseNumber([phases, []], 2026)).toBe(2);
  });
});
