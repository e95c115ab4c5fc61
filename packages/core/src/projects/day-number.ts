/** Whole days between ISO dates (YYYY-MM-DD), counted in UTC so that no time zone moves a day. */
export const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** The last day of a month, ISO (month 1–12). */
export function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The as-of date of a project summary for a year and month 1–12 (the month's last day). */
export const projectAsOfDate = (year: number, month: number): string => endOfMonth(year, month);
