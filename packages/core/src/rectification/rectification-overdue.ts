/**
 * Overdue cases: a deadline passed (strictly before the day asked about) and the case neither 销号 nor 不予认定.
 * Days late count whole calendar days between ISO dates.
 */
import { isFinalRectificationStatus, type RectificationStatus } from './rectification-vocabulary.ts';

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Days past the deadline on `asOf` (ISO dates); 0 when not overdue or without a deadline. */
export function rectificationDaysLate(
  item: { status: RectificationStatus; deadline: string | null },
  asOf: string,
): number {
  if (item.deadline === null || isFinalRectificationStatus(item.status)) return 0;
  return Math.max(0, dayNumber(asOf) - dayNumber(item.deadline));
}

export function isRectificationOverdue(item: { status: RectificationStatus; deadline: string | null }, asOf: string) {
  return rectificationDaysLate(item, asOf) > 0;
}
