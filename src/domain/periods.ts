// Lengths of project periods and researcher stays. Dates are calendar dates (UTC midnight, as
// read from DATE columns); both ends are inclusive, as the program's documents write them
// (e.g. 2024-12-01 – 2028-03-31).

const DAY_MS = 86_400_000;

/**
 * Months from the first to the last day inclusive, a started month counting as a whole one:
 * 2024-12-01 – 2028-03-31 is 40 months, 2024-02-01 – 2029-03-31 is 62. Zero if the end comes first.
 */
export function periodMonths(startsOn: Date, endsOn: Date): number {
  if (endsOn.getTime() < startsOn.getTime()) return 0;
  const after = new Date(endsOn.getTime() + DAY_MS);
  const boundaries =
    (after.getUTCFullYear() - startsOn.getUTCFullYear()) * 12 + after.getUTCMonth() - startsOn.getUTCMonth();
  // Ending past the start's day of the month means one more, started month.
  return after.getUTCDate() > startsOn.getUTCDate() ? boundaries + 1 : boundaries;
}

/** Days from the first to the last day inclusive: a stay from 2025-04-01 to 2025-04-30 is 30 days. */
export function durationDays(startsOn: Date, endsOn: Date): number {
  return Math.max(0, Math.round((endsOn.getTime() - startsOn.getTime()) / DAY_MS) + 1);
}
