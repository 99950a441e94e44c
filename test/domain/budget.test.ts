import { describe, expect, it } from 'vitest';
import { budgetTotals, directCostByFiscalYear, indirectCost } from '../../src/domain/budget.js';
import { fiscalYearOf, fiscalYearRange } from '../../src/domain/fiscal-year.js';

describe('budgetTotals', () => {
  it('adds 30% indirect cost and measures the network-and-youth share', () => {
    const totals = budgetTotals(
      [
        { fiscalYear: 2026, purpose: 'WORKSHOPS', directCostYen: 20_000_000n },
        { fiscalYear: 2026, purpose: 'YOUNG_RESEARCHER_TRAVEL_AND_STAY', directCostYen: 30_000_000n },
        { fiscalYear: 2027, purpose: 'EQUIPMENT', directCostYen: 19_000_000n },
      ],
      30,
    );
    expect(totals).toEqual({
      directCostYen: 69_000_000n,
      indirectCostYen: 20_700_000n,
      totalCostYen: 89_700_000n,
      networkAndYouthCostYen: 50_000_000n,
      networkAndYouthShare: 0.7246,
    });
  });

  it('stays exact beyond 2^53 yen and rounds indirect cost down', () => {
    expect(indirectCost(2n ** 60n + 7n, 30)).toBe(((2n ** 60n + 7n) * 30n) / 100n);
    expect(indirectCost(101n, 30)).toBe(30n);
    expect(budgetTotals([], 30).networkAndYouthShare).toBeNull();
  });

  it('sums direct cost per fiscal year in order', () => {
    expect(
      directCostByFiscalYear([
        { fiscalYear: 2027, purpose: 'OTHER', directCostYen: 5n },
        { fiscalYear: 2026, purpose: 'OTHER', directCostYen: 1n },
        { fiscalYear: 2027, purpose: 'WORKSHOPS', directCostYen: 2n },
      ]),
    ).toEqual([
      { fiscalYear: 2026, directCostYen: 1n },
      { fiscalYear: 2027, directCostYen: 7n },
    ]);
  });
});

describe('fiscal years', () => {
  it('run April to March, in Japan time', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearOf(new Date('2027-03-31T14:59:59Z'))).toBe(2026);
    expect(fiscalYearOf(new Date('2027-03-31T15:00:00Z'))).toBe(2027);
  });
});
