import { describe, expect, it } from 'vitest';
import {
  adoptionRatePercent,
  callStatistics,
  publishedCallStatistics,
  recordCounts,
  type PublishedStatistics,
} from '../../src/domain/call-statistics.js';

const asOf = new Date('2025-06-01T00:00:00Z');
const report = 'ASPIRE mid-term evaluation report (2025-08-27)';
const published = (proposalCount: number | null, adoptionCount: number | null): PublishedStatistics => ({
  proposalCount,
  adoptionCount,
  asOf,
  sourceNote: report,
});
const noRecords = { received: 0, adopted: 0 };

describe('adoptionRatePercent', () => {
  it.each([
    [74, 26, 35.1],
    [78, 20, 25.6],
    [46, 14, 30.4],
    [85, 18, 21.2],
    [30, 5, 16.7],
    [10, 2, 20],
    [4, 3, 75],
  ])('%i proposals, %i adopted: %d%%', (proposals, adopted, rate) => {
    expect(adoptionRatePercent(proposals, adopted)).toBe(rate);
  });

  it('is unknown when a count is unknown or there is no proposal', () => {
    expect(adoptionRatePercent(null, 3)).toBeNull();
    expect(adoptionRatePercent(30, null)).toBeNull();
    expect(adoptionRatePercent(0, 0)).toBeNull();
  });
});

describe('recordCounts', () => {
  it('counts submitted proposals that left the draft state, and adopted ones among them', () => {
    expect(
      recordCounts([
        { status: 'DRAFT', submitted: 0 },
        { status: 'SUBMITTED', submitted: 2 },
        { status: 'REJECTED', submitted: 3 },
        { status: 'ADOPTED', submitted: 2 },
        // One withdrawn after submission (counted), one before (never received).
        { status: 'WITHDRAWN', submitted: 1 },
      ]),
    ).toEqual({ received: 8, adopted: 2 });
  });

  it('ignores a draft even if it carries a submission time', () => {
    expect(recordCounts([{ status: 'DRAFT', submitted: 1 }])).toEqual(noRecords);
  });
});

describe('callStatistics', () => {
  it('reports published figures as published when nothing is on record (FY2023 Top: 74 → 26)', () => {
    expect(callStatistics(noRecords, published(74, 26))).toEqual({
      proposalCount: 74,
      adoptionCount: 26,
      adoptionRate: 35.1,
      source: 'PUBLISHED',
      asOf,
      sourceNote: report,
    });
  });

  it('keeps an unpublished count unknown, not 0 (FY2024 joint call with the US: – → 3)', () => {
    expect(callStatistics(noRecords, published(null, 3))).toMatchObject({
      proposalCount: null,
      adoptionCount: 3,
      adoptionRate: null,
      source: 'PUBLISHED',
    });
  });

  it('says NONE when neither records nor figures exist', () => {
    expect(callStatistics(noRecords, published(null, null))).toEqual({
      proposalCount: null,
      adoptionCount: null,
      adoptionRate: null,
      source: 'NONE',
      asOf: null,
      sourceNote: null,
    });
  });

  it('prefers records once any proposal was received, with no published date', () => {
    expect(callStatistics({ received: 4, adopted: 3 }, published(74, 26))).toEqual({
      proposalCount: 4,
      adoptionCount: 3,
      adoptionRate: 75,
      source: 'RECORDS',
      asOf: null,
      sourceNote: null,
    });
    // Received but none adopted yet: 0 adopted is a fact here, not an unknown.
    expect(callStatistics({ received: 3, adopted: 0 }, published(null, null))).toMatchObject({
      proposalCount: 3,
      adoptionCount: 0,
      adoptionRate: 0,
      source: 'RECORDS',
    });
  });

  it('offers the published figures alone whatever is on record', () => {
    expect(publishedCallStatistics(published(30, 5))).toMatchObject({ proposalCount: 30, adoptionCount: 5, adoptionRate: 16.7 });
  });
});
