import { describe, expect, it } from 'vitest';
import { phaseInForce } from '../../src/domain/research-fields.js';

// As in the reference data: phase 1 for calls up to FY2025, phase 2 from FY2026.
const phase1 = { phase: 1, fromFiscalYear: 2023, toFiscalYear: 2025 };
const phase2 = { phase: 2, fromFiscalYear: 2026, toFiscalYear: null };

describe('phaseInForce', () => {
  it('gives the phase a call of that fiscal year uses', () => {
    expect(phaseInForce([phase1, phase2], 2023)).toBe(phase1);
    expect(phaseInForce([phase1, phase2], 2025)).toBe(phase1);
    expect(phaseInForce([phase1, phase2], 2026)).toBe(phase2);
    expect(phaseInForce([phase2, phase1], 2040)).toBe(phase2);
  });

  it('gives the current (latest) phase without a year, in any order', () => {
    expect(phaseInForce([phase1, phase2])).toBe(phase2);
    expect(phaseInForce([phase2, phase1], null)).toBe(phase2);
  });

  it('gives null before the first phase, after a closed last one, or without phases', () => {
    expect(phaseInForce([phase1, phase2], 2022)).toBeNull();
    expect(phaseInForce([phase1], 2026)).toBeNull();
    expect(phaseInForce([], 2026)).toBeNull();
    expect(phaseInForce([])).toBeNull();
  });
});
