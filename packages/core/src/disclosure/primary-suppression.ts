/**
 * Primary suppression: which rules find a cell sensitive for an audience. The rules read the unknown
 * rest of the cell (CellStatistics): with R = the unknown total and x1 ≥ x2 ≥ … its largest unknown
 * contributors after owner grouping,
 *   frequency   0 < unknown contributors < minContributors
 *   p-percent   R − x1 − x2 < p/100 · x1
 *   pq          R − x1 − x2 < p/q · x1
 *   dominance   x1 + … + xn > k/100 · R   (for any of the (n, k) rules)
 * A cell the audience knows completely (or an empty cell) is never sensitive. With no known contributors
 * these are exactly sdcTable's and GaussSuppression's rules.
 */
import { largestContributionsSum, unknownTotal, type CellStatistics } from './cell-statistics.ts';
import type { DisclosureRules } from './disclosure-rules.ts';

export type PrimaryReason = 'frequency' | 'p-percent' | 'pq' | 'dominance';

export function primaryReasons(statistics: CellStatistics, rules: DisclosureRules): PrimaryReason[] {
  if (statistics.unknownContributors === 0) return [];
  const reasons: PrimaryReason[] = [];
  const rest = unknownTotal(statistics);
  const x1 = largestContributionsSum(statistics, 1);
  const x2 = largestContributionsSum(statistics, 2) - x1;
  if (rules.frequency && statistics.unknownContributors < rules.frequency.minContributors) reasons.push('frequency');
  if (rules.pPercent && x1 > 0 && rest - x1 - x2 < (rules.pPercent.p / 100) * x1) reasons.push('p-percent');
  if (rules.pq && x1 > 0 && rest - x1 - x2 < (rules.pq.p / rules.pq.q) * x1) reasons.push('pq');
  if (rules.dominance.some(({ n, k }) => largestContributionsSum(statistics, n) > (k / 100) * rest))
    reasons.push('dominance');
  return reasons;
}
