/**
 * A pool entry's validity on a date (有效期): not yet entered, in force, in force but expiring within a window
 * (six months by default: due for review), expired, or withdrawn by a review (复核撤销) on or before the date.
 * Dates are ISO `YYYY-MM-DD`; the entry is in force on its entry date and on its valid-until date.
 */
export type EntryValidity = 'not_yet' | 'in_force' | 'expiring' | 'expired' | 'withdrawn';

export const ENTRY_VALIDITY_NAMES: Record<EntryValidity, { zh: string; en: string }> = {
  not_yet: { zh: '未生效', en: 'not yet in force' },
  in_force: { zh: '有效', en: 'in force' },
  expiring: { zh: '即将到期', en: 'expiring' },
  expired: { zh: '已过期', en: 'expired' },
  withdrawn: { zh: '已撤销', en: 'withdrawn' },
};

/** Default window before the end of validity in which an entry counts as expiring. */
export const EXPIRING_WITHIN_MONTHS = 6;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` later, clamped to the month's end (2024-08-31 + 6 → 2025-02-28). */
export function addMonthsIso(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(Number(iso.slice(8, 10)), lastDay));
  return target.toISOString().slice(0, 10);
}

export interface ValidityInput {
  entryDate: string;
  validUntil: string;
  /** The date of a review that withdrew the entry, if any. */
  withdrawnOn?: string | null;
}

export function entryValidity(
  entry: ValidityInput,
  date: string,
  expiringWithinMonths = EXPIRING_WITHIN_MONTHS,
): EntryValidity {
  if (date < entry.entryDate) return 'not_yet';
  if (entry.withdrawnOn && entry.withdrawnOn <= date) return 'withdrawn';
  if (entry.validUntil < date) return 'expired';
  return entry.validUntil <= addMonthsIso(date, expiringWithinMonths) ? 'expiring' : 'in_force';
}

/** Whether the entry counts on the date (in force or expiring). */
export const isInForce = (validity: EntryValidity) => validity === 'in_force' || validity === 'expiring';
