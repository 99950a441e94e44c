// Japanese fiscal years run April to March and are named by the calendar year they start in.

export interface FiscalYearRange {
  /** First day, April 1st. */
  start: string;
  /** Last day, March 31st of the next calendar year. */
  end: string;
}

export function fiscalYearRange(fiscalYear: number): FiscalYearRange {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

/** The fiscal year a calendar date (YYYY-MM-DD, or a Date read in Japan's time zone) falls in. */
export function fiscalYearOf(date: Date): number {
  // Japan has one zone, UTC+9, without daylight saving.
  const inJapan = new Date(date.getTime() + 9 * 3600_000);
  const year = inJapan.getUTCFullYear();
  return inJapan.getUTCMonth() >= 3 ? year : year - 1;
}
