import { describe, expect, it } from 'vitest';
import { doiUrl } from '../../src/domain/doi.js';
import { durationDays, periodMonths } from '../../src/domain/periods.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('periodMonths', () => {
  it.each([
    // Japan-UK joint call: 2024-12-01 to 2028-03 for Japan.
    ['2024-12-01', '2028-03-31', 40],
    // FY2023 Top: support began 2024-02, five years to the end of FY2028.
    ['2024-02-01', '2029-03-31', 62],
    ['2024-12-01', '2027-11-30', 36],
    ['2024-12-15', '2025-01-14', 1],
    // A started month counts as a whole one.
    ['2024-12-15', '2025-01-19', 2],
    ['2024-12-15', '2025-01-09', 1],
    ['2025-01-31', '2025-01-31', 1],
  ])('%s to %s is %i months', (start, end, months) => {
    expect(periodMonths(d(start), d(end))).toBe(months);
  });

  it('is zero when the end comes before the start', () => {
    expect(periodMonths(d('2025-01-02'), d('2025-01-01'))).toBe(0);
  });
});

describe('durationDays', () => {
  it('counts both ends', () => {
    expect(durationDays(d('2025-04-01'), d('2025-04-30'))).toBe(30);
    expect(durationDays(d('2025-04-01'), d('2025-04-01'))).toBe(1);
    // Across a leap day.
    expect(durationDays(d('2028-02-01'), d('2028-03-01'))).toBe(30);
    expect(durationDays(d('2025-04-02'), d('2025-04-01'))).toBe(0);
  });
});

describe('doiUrl', () => {
  it('links a bare DOI and normalises stored links', () => {
    expect(doiUrl('10.52926/JPMJAP2301')).toBe('https://doi.org/10.52926/JPMJAP2301');
    expect(doiUrl('https://doi.org/10.5555/demo.1.01')).toBe('https://doi.org/10.5555/demo.1.01');
    expect(doiUrl('doi:10.5555/x')).toBe('https://doi.org/10.5555/x');
  });

  it('escapes characters that would break the link', () => {
    expect(doiUrl('10.1002/(SICI)1097-4636#1')).toBe('https://doi.org/10.1002/(SICI)1097-4636%231');
  });
});
