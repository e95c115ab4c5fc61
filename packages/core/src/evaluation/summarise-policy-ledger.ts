/**
 * City totals of a policy ledger, like the published 2022 figures (A/B firms' 城镇土地使用税 relief 6.7亿元, rewards
 * 11.9亿元, new land 8084亩, energy quota 154.1万吨标煤, emission quota 1519.6吨): per lever kind and unit, the
 * exact sum of amounts (in canonical units), the number of enterprises, entries without an amount, and the split
 * by class. Computed and recorded entries may be mixed; each total says which it contains.
 */
import { addDecimals, decimalOf, decimalToNumber, ZERO } from './exact-decimal.ts';
import type { PolicyLedgerEntry } from './build-policy-ledger.ts';
import type { DecimalNumber } from '../units/decimal-number.ts';

export interface LedgerTotal {
  kind: PolicyLedgerEntry['kind'];
  direction: PolicyLedgerEntry['direction'];
  unit: PolicyLedgerEntry['unit'];
  amount: number;
  enterprises: number;
  entries: number;
  withoutAmount: number;
  byClass: Record<string, number>;
  origins: PolicyLedgerEntry['origin'][];
}

export function summarisePolicyLedger(entries: readonly PolicyLedgerEntry[], year?: number): LedgerTotal[] {
  type Bucket = { rows: PolicyLedgerEntry[]; sum: DecimalNumber; byClass: Map<string, DecimalNumber> };
  const buckets = new Map<string, Bucket>();
  for (const entry of entries) {
    if (year !== undefined && entry.year !== year) continue;
    const key = `${entry.kind}|${entry.direction}|${entry.unit ?? ''}`;
    const bucket: Bucket = buckets.get(key) ?? { rows: [], sum: ZERO, byClass: new Map() };
    bucket.rows.push(entry);
    if (entry.amount !== null) {
      const amount = decimalOf(entry.amount);
      bucket.sum = addDecimals(bucket.sum, amount);
      bucket.byClass.set(entry.classId, addDecimals(bucket.byClass.get(entry.classId) ?? ZERO, amount));
    }
    buckets.set(key, bucket);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, { rows, sum, byClass }]) => ({
      kind: rows[0]!.kind,
      direction: rows[0]!.direction,
      unit: rows[0]!.unit,
      amount: decimalToNumber(sum),
      enterprises: new Set(rows.map((r) => r.enterpriseId)).size,
      entries: rows.length,
      withoutAmount: rows.filter((r) => r.amount === null).length,
      byClass: Object.fromEntries([...byClass].sort().map(([id, value]) => [id, decimalToNumber(value)])),
      origins: [...new Set(rows.map((r) => r.origin))].sort(),
    }));
}
