/**
 * What the primary rules look at in one cell, seen by a given audience. Contributions are first summed
 * per owner (enterprises of one owner, or records of one contributor without an owner, count as ONE
 * contributor), then split into what the audience already knows (its own enterprises) and the rest.
 * Rules are applied to the unknown rest only: an intruder subtracts what it knows from the total.
 *
 * Sampling weights (GaussSuppression's two methods):
 * - `default`: the cell total is weighted (Σ w·v), the largest contributions are unweighted values;
 * - `tau-argus`: a contributor with weight w counts as w equal contributors (fractional w counts in
 *   part), so the largest contributions are read from that replicated list. Owner grouping is refused
 *   with it: a replicated population unit has no owner.
 */
import { DisclosureError } from './disclosure-error.ts';

export interface Contribution {
  /** The enterprise (or record) that reported the value. */
  contributorId: string;
  /** Contributors with the same owner count as one (enterprise group, 企业集团). */
  ownerId?: string | null;
  value: number;
  /** Sampling weight; 1 when absent. */
  weight?: number | null;
}

export type WeightingMethod = 'default' | 'tau-argus';

/** One unknown contributor as the dominance rules rank it: `multiplicity` copies of `value`. */
export interface RankedContribution {
  /** `o:` + owner id, or `c:` + contributor id for a contributor without owner. */
  group: string;
  value: number;
  multiplicity: number;
  /** Its part of the cell total (Σ w·v of its unknown contributions). */
  weightedValue: number;
}

export interface CellStatistics {
  /** The published value: Σ w·v over all contributions. */
  total: number;
  /** Contributors after owner grouping (unweighted). */
  contributors: number;
  /** The part of the total the audience knows (its own enterprises). */
  knownTotal: number;
  /** Contributors with at least one enterprise the audience does not know. */
  unknownContributors: number;
  /** The unknown contributors, largest first. */
  unknownRanked: readonly RankedContribution[];
}

export interface SummariseOptions {
  weighting?: WeightingMethod;
  /** Contributor ids the audience knows or is entitled to. */
  known?: ReadonlySet<string>;
}

function checkContribution(contribution: Contribution): number {
  const { contributorId, value, weight } = contribution;
  if (!Number.isFinite(value) || value < 0)
    throw new DisclosureError(
      'invalid_contribution',
      `贡献者 ${contributorId} 的数值 ${value} 无效：须为非负有限数 (contributor ${contributorId}: value must be finite and non-negative)`,
    );
  const w = weight ?? 1;
  if (!Number.isFinite(w) || w <= 0)
    throw new DisclosureError(
      'invalid_contribution',
      `贡献者 ${contributorId} 的权重 ${w} 无效：须为正数 (contributor ${contributorId}: weight must be positive)`,
    );
  return w;
}

export function summariseCell(contributions: readonly Contribution[], options: SummariseOptions = {}): CellStatistics {
  const weighting = options.weighting ?? 'default';
  const known = options.known ?? new Set<string>();
  const groups = new Map<string, { unknownValue: number; unknownWeighted: number; unknown: boolean; weight: number }>();
  let total = 0;
  let knownTotal = 0;
  for (const contribution of contributions) {
    const weight = checkContribution(contribution);
    const isKnown = known.has(contribution.contributorId);
    total += weight * contribution.value;
    if (isKnown) knownTotal += weight * contribution.value;
    let key = `c:${contribution.contributorId}`;
    if (weighting === 'tau-argus') {
      if (contribution.ownerId != null)
        throw new DisclosureError(
          'invalid_contribution',
          'tau-argus 加权不能与所有者分组同时使用 (tau-argus weighting cannot be combined with owner grouping)',
        );
      if (groups.has(key))
        throw new DisclosureError(
          'invalid_contribution',
          `tau-argus 加权要求每个贡献者只有一条记录：${contribution.contributorId} (tau-argus weighting needs one record per contributor)`,
        );
    } else if (contribution.ownerId != null) key = `o:${contribution.ownerId}`;
    const group = groups.get(key) ?? { unknownValue: 0, unknownWeighted: 0, unknown: false, weight };
    if (!isKnown) {
      group.unknown = true;
      group.unknownValue += contribution.value;
      group.unknownWeighted += weight * contribution.value;
    }
    groups.set(key, group);
  }
  const unknownGroups = [...groups].filter(([, group]) => group.unknown);
  return {
    total,
    contributors: groups.size,
    knownTotal,
    unknownContributors: unknownGroups.length,
    unknownRanked: unknownGroups
      .map(([key, group]) => ({
        group: key,
        value: group.unknownValue,
        multiplicity: weighting === 'tau-argus' ? group.weight : 1,
        weightedValue: group.unknownWeighted,
      }))
      .sort((a, b) => b.value - a.value || (a.group < b.group ? -1 : 1)),
  };
}

/** x1 + … + xn of the unknown contributors, each counted `multiplicity` times (fractions in part). */
export function largestContributionsSum(statistics: CellStatistics, n: number): number {
  let remaining = n;
  let sum = 0;
  for (const { value, multiplicity } of statistics.unknownRanked) {
    if (remaining <= 0) break;
    const taken = Math.min(multiplicity, remaining);
    sum += taken * value;
    remaining -= taken;
  }
  return sum;
}

/** The part of the cell the audience does not know: the total an intruder attacks. */
export const unknownTotal = (statistics: CellStatistics): number => statistics.total - statistics.knownTotal;

/** Share of the n largest unknown contributions in the unknown total; 0 for an empty rest. */
export function dominanceShare(statistics: CellStatistics, n: number): number {
  const rest = unknownTotal(statistics);
  return rest > 0 ? largestContributionsSum(statistics, n) / rest : 0;
}
