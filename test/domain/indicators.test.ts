import { describe, expect, it } from 'vitest';
import { indicatorProgress, latestActual } from '../../src/domain/indicators.js';

const on = (date: string) => new Date(`${date}T00:00:00Z`);

describe('indicatorProgress', () => {
  it('measures the latest actual against the target (4-1 dispatched: 721 of 90 by FY2025)', () => {
    expect(indicatorProgress({ targetValue: 90, targetFiscalYear: 2025 }, [{ value: 721, reportedOn: on('2025-08-27') }])).toEqual({
      actual: 721,
      target: 90,
      targetFiscalYear: 2025,
      ratio: 8.0111,
      achieved: true,
      qualitative: false,
      reportedOn: on('2025-08-27'),
    });
  });

  it('reports a target not yet reached (2-1 papers: 75 of 120 by FY2027)', () => {
    const progress = indicatorProgress({ targetValue: 120, targetFiscalYear: 2027 }, [{ value: 75, reportedOn: on('2025-08-27') }]);
    expect(progress).toMatchObject({ actual: 75, target: 120, ratio: 0.625, achieved: false, qualitative: false });
  });

  it('counts reaching the target exactly as achieved', () => {
    expect(indicatorProgress({ targetValue: 90, targetFiscalYear: 2024 }, [{ value: 90, reportedOn: on('2025-08-27') }])).toMatchObject({
      ratio: 1,
      achieved: true,
    });
  });

  it('uses the latest report, not the sum or the first one', () => {
    const actuals = [
      { value: 40, reportedOn: on('2024-08-01') },
      { value: 95, reportedOn: on('2025-08-27') },
      { value: 60, reportedOn: on('2025-03-31') },
    ];
    expect(indicatorProgress({ targetValue: 280, targetFiscalYear: 2025 }, actuals)).toMatchObject({
      actual: 95,
      reportedOn: on('2025-08-27'),
      ratio: 0.3393,
      achieved: false,
    });
  });

  it('has no ratio or verdict for a qualitative indicator', () => {
    expect(indicatorProgress({ targetValue: null, targetFiscalYear: null }, [{ value: null, reportedOn: on('2025-08-27') }])).toEqual({
      actual: null,
      target: null,
      targetFiscalYear: null,
      ratio: null,
      achieved: null,
      qualitative: true,
      reportedOn: on('2025-08-27'),
    });
  });

  it('has no verdict before anything is reported, and no ratio against a zero target', () => {
    expect(indicatorProgress({ targetValue: 70, targetFiscalYear: 2025 }, [])).toMatchObject({
      actual: null,
      ratio: null,
      achieved: null,
      qualitative: false,
      reportedOn: null,
    });
    expect(indicatorProgress({ targetValue: 0, targetFiscalYear: 2025 }, [{ value: 3, reportedOn: on('2025-08-27') }])).toMatchObject({
      ratio: null,
      achieved: true,
    });
  });
});

describe('latestActual', () => {
  it('keeps the first of several reported on the same day', () => {
    const first = { value: 1, reportedOn: on('2025-08-27') };
    expect(latestActual([first, { value: 2, reportedOn: on('2025-08-27') }])).toBe(first);
    expect(latestActual([])).toBeNull();
  });
});
