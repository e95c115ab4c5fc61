/**
 * Ranking a group and putting each unit in a class (初评等级). Rank is the competition rank (1, 2, 2, 4) by total in
 * the whole group. Percentile classes are taken within the group or each segment, over the units not vetoed
 * (a veto forces its class and takes no share): the k-th class ends at position round(upTo_k × n) with the scheme's
 * rounding of the count, computed exactly. Units that tie (same total and tie-break scores) form one block; a
 * block across a cut-off gets the better class (favourable) or the worse (unfavourable).
 */
import { decimalOf, integerPart, multiplyDecimals } from './exact-decimal.ts';
import type { Classification, PercentileClassification, ThresholdClassification } from './scheme-classification.ts';

export interface RankEntry {
  unitId: string;
  /** The total the scheme ranks on (rounded or raw). */
  key: number;
  /** Scores of the tie-break indicators, in order (missing = -Infinity). */
  tieKeys: readonly number[];
  segmentId: string | null;
  vetoClass: string | null;
}

export interface Placement {
  rank: number;
  rankedCount: number;
  /** Position among the units classified together (null for a vetoed unit); tied units share the first. */
  position: number | null;
  poolSize: number | null;
  positionShare: number | null;
  classId: string;
}

const compareEntries = (a: RankEntry, b: RankEntry): number => {
  if (a.key !== b.key) return b.key - a.key;
  for (let i = 0; i < a.tieKeys.length; i++) if (a.tieKeys[i] !== b.tieKeys[i]) return b.tieKeys[i]! - a.tieKeys[i]!;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
};
const tied = (a: RankEntry, b: RankEntry) => a.key === b.key && a.tieKeys.every((k, i) => k === b.tieKeys[i]);

/** Last position (1-based) of each class for a pool of n units; non-decreasing, the last is n. */
export function classBoundaries(classification: PercentileClassification, n: number): number[] {
  let previous = 0;
  return classification.cutoffs.map((cut, index) => {
    if (index === classification.cutoffs.length - 1) return n;
    const exact = multiplyDecimals(decimalOf(cut.upTo), decimalOf(n));
    const count = Number(integerPart(exact, classification.countRounding));
    previous = Math.min(n, Math.max(previous, count));
    return previous;
  });
}

/**
 * Both the total and the threshold are doubles, and comparing doubles orders them exactly as their shortest decimals
 * (what the bureau reads and wrote), so a plain comparison is exact here.
 */
function thresholdClass(classification: ThresholdClassification, key: number): string {
  return classification.thresholds.find((t) => t.minScore === null || key >= t.minScore)!.class;
}

export function classifyGroup(entries: readonly RankEntry[], classification: Classification): Placement[] {
  const n = entries.length;
  const order = entries.map((_, i) => i).sort((a, b) => compareEntries(entries[a]!, entries[b]!));
  const rank = new Array<number>(n);
  order.forEach((index, i) => {
    const previous = order[i - 1];
    rank[index] = previous !== undefined && entries[previous]!.key === entries[index]!.key ? rank[previous]! : i + 1;
  });
  const perSegment = classification.method === 'percentile' && classification.within === 'segment';
  const pools = new Map<string, number[]>();
  for (const index of order) {
    const entry = entries[index]!;
    if (entry.vetoClass !== null) continue;
    const key = perSegment ? (entry.segmentId ?? '') : '';
    const pool = pools.get(key);
    if (pool) pool.push(index);
    else pools.set(key, [index]);
  }
  const placements: Placement[] = entries.map((entry, index) => ({
    rank: rank[index]!,
    rankedCount: n,
    position: null,
    poolSize: null,
    positionShare: null,
    classId: entry.vetoClass ?? '',
  }));
  for (const pool of pools.values()) {
    const size = pool.length;
    const bounds = classification.method === 'percentile' ? classBoundaries(classification, size) : [];
    const classAt = (position: number) =>
      classification.method === 'percentile'
        ? classification.cutoffs[bounds.findIndex((b) => position <= b)]!.class
        : '';
    for (let start = 0; start < size;) {
      let end = start;
      while (end + 1 < size && tied(entries[pool[end + 1]!]!, entries[pool[start]!]!)) end++;
      const blockClass =
        classification.method === 'percentile'
          ? classAt(classification.ties.policy === 'favourable' ? start + 1 : end + 1)
          : null;
      for (let i = start; i <= end; i++) {
        const placement = placements[pool[i]!]!;
        placement.position = start + 1;
        placement.poolSize = size;
        placement.positionShare = (start + 1) / size;
        placement.classId =
          blockClass ?? thresholdClass(classification as ThresholdClassification, entries[pool[i]!]!.key);
      }
      start = end + 1;
    }
  }
  return placements;
}
