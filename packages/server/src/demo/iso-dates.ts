/**
 * Calendar arithmetic on 'YYYY-MM-DD' texts for the project and pool registers: a random day in a span,
 * adding months, comparing. Dates are plain text in the files, as registers usually keep them.
 */
import type { Random } from './random.ts';

const pad = (value: number) => String(value).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;
}

/** A random date from January of `fromYear` to December of `toYear`. */
export function randomDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  return isoDate(year, month, random.int(1, daysIn(year, month)));
}

/** `date` moved by whole months (the day kept where the month allows). */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, day);
}

/** Whether `date` is on or before the last day of `year`. */
export function byEndOf(date: string, year: number): boolean {
  return date <= `${year}-12-31`;
}
