/**
 * The pool entries as of a date, with their state: for each enterprise and tier the latest entry entered on or
 * before the date (a renewal replaces the earlier entry), its validity on the date (in force, expiring within six
 * months, expired, withdrawn by a review), days left, and its latest review. Every pool service reads entries
 * through here, so a withdrawal counts everywhere from its review date.
 */
import {
  daysBetween,
  entryValidity,
  isInForce,
  type DataScope,
  type EntryValidity,
  type PoolLevel,
  type PoolTier,
} from '@observatory/core';
import { listPoolHoldingRows } from '../../repositories/pool-holding.repository.ts';
import { listPoolReviews, type PoolReviewRow } from '../../repositories/pool-review.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export interface PoolReviewView {
  reviewedOn: string;
  outcome: 'kept' | 'withdrawn';
  reviewer: string;
  note: string | null;
}

export interface PoolEntryState {
  enterpriseId: number;
  uscc: string;
  name: string | null;
  reportingUnit: string;
  tier: PoolTier;
  tierText: string;
  entryDate: string;
  validUntil: string;
  document: string | null;
  level: PoolLevel | null;
  listYear: number;
  provenance: { batchId: number; sheetRow: number };
  validity: EntryValidity;
  /** Days from the date to the end of validity (negative when expired). */
  daysLeft: number;
  lastReview: PoolReviewView | null;
}

const entryKey = (enterpriseId: number, tier: string, entryDate: string) => `${enterpriseId}|${tier}|${entryDate}`;

function reviewView(row: PoolReviewRow): PoolReviewView {
  return { reviewedOn: row.reviewed_on, outcome: row.outcome, reviewer: row.reviewer, note: row.note };
}

export interface PoolStateFilter {
  date: string;
  scope: DataScope;
  tier?: PoolTier | undefined;
  unit?: string | undefined;
}

/** Every enterprise's latest entry per tier as of the date, whatever its validity. */
export async function readPoolEntryStates(db: Queryable, filter: PoolStateFilter): Promise<PoolEntryState[]> {
  const [rows, reviews] = await Promise.all([
    listPoolHoldingRows(db, { upToDate: filter.date, tier: filter.tier, unit: filter.unit, scope: filter.scope }),
    listPoolReviews(db, { upToDate: filter.date, scope: filter.scope }),
  ]);
  const reviewsOf = new Map<string, PoolReviewRow[]>();
  for (const review of reviews) {
    const key = entryKey(review.enterprise_id, review.tier, review.entry_date);
    reviewsOf.set(key, [...(reviewsOf.get(key) ?? []), review]);
  }
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.enterprise_id}|${row.tier}`;
    const current = latest.get(key);
    if (!current || current.entry_date < row.entry_date) latest.set(key, row);
  }
  return [...latest.values()].map((row) => {
    const entryReviews = reviewsOf.get(entryKey(row.enterprise_id, row.tier, row.entry_date)) ?? [];
    const withdrawal = entryReviews.find((review) => review.outcome === 'withdrawn');
    const last = entryReviews.at(-1);
    return {
      enterpriseId: row.enterprise_id,
      uscc: row.uscc,
      name: row.name,
      reportingUnit: row.reporting_unit_id,
      tier: row.tier as PoolTier,
      tierText: row.tier_text,
      entryDate: row.entry_date,
      validUntil: row.valid_until,
      document: row.document,
      level: row.level as PoolLevel | null,
      listYear: row.period_year,
      provenance: { batchId: row.batch_id, sheetRow: row.sheet_row },
      validity: entryValidity(
        { entryDate: row.entry_date, validUntil: row.valid_until, withdrawnOn: withdrawal?.reviewed_on ?? null },
        filter.date,
      ),
      daysLeft: daysBetween(filter.date, row.valid_until),
      lastReview: last ? reviewView(last) : null,
    };
  });
}

/** The entries that count on the date (in force or expiring). */
export async function readEntriesInForce(db: Queryable, filter: PoolStateFilter): Promise<PoolEntryState[]> {
  return (await readPoolEntryStates(db, filter)).filter((entry) => isInForce(entry.validity));
}

/** The last day of a year. */
export const endOfYear = (year: number) => `${year}-12-31`;
