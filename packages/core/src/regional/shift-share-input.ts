/**
 * What every shift-share method reads: one region's industry vector at the base and the current period and
 * the reference economy's ("nation") vectors at the same two periods, all in the same industry order, plus
 * the helpers the methods share. r = region, n = reference; 1 = base, 2 = current; capitals are totals.
 *
 * Conventions shared by the methods: the expected current value of a cell that grew at its industry's
 * reference rate is E_i = r1_i · n2_i / n1_i, with E_i = 0 when r1_i = 0 (whatever the reference did) and
 * null when r1_i > 0 but n1_i = 0 (only possible when the reference is not the sum of the regions).
 */
import { RegionalDataError, vectorSum } from './matrix.ts';

export interface ShiftShareInput {
  readonly regionBase: readonly number[];
  readonly regionCurrent: readonly number[];
  readonly referenceBase: readonly number[];
  readonly referenceCurrent: readonly number[];
}

export interface ShiftShareTotals {
  regionBase: number;
  regionCurrent: number;
  referenceBase: number;
  referenceCurrent: number;
  /** N2 / N1; null when N1 = 0. */
  referenceGrowthFactor: number | null;
}

/** Refuses vectors of different lengths or with cells that are not finite and ≥ 0. */
export function checkShiftShareInput(input: ShiftShareInput): void {
  const lengths = [input.regionBase, input.regionCurrent, input.referenceBase, input.referenceCurrent].map(
    (vector) => vector.length,
  );
  if (lengths.some((length) => length !== lengths[0]))
    throw new RegionalDataError(
      `偏离-份额分析的向量长度不一致 ${lengths.join('/')} (shift-share vectors differ in length)`,
    );
  for (const vector of Object.values(input) as (readonly number[])[])
    if (vector.some((value) => !Number.isFinite(value) || value < 0))
      throw new RegionalDataError('偏离-份额分析的值应为非负有限数 (shift-share values must be finite and ≥ 0)');
}

export function shiftShareTotals(input: ShiftShareInput): ShiftShareTotals {
  const [regionBase, regionCurrent, referenceBase, referenceCurrent] = [
    input.regionBase,
    input.regionCurrent,
    input.referenceBase,
    input.referenceCurrent,
  ].map(vectorSum) as [number, number, number, number];
  const referenceGrowthFactor = referenceBase === 0 ? null : referenceCurrent / referenceBase;
  return { regionBase, regionCurrent, referenceBase, referenceCurrent, referenceGrowthFactor };
}

/** current / base; null when base = 0. */
export const growthFactor = (base: number, current: number): number | null => (base === 0 ? null : current / base);

/** E_i = r1_i · n2_i / n1_i: the region's current value had industry i grown at its reference rate. */
export function expectedCurrent(input: ShiftShareInput, i: number): number | null {
  const regionBase = input.regionBase[i]!;
  if (regionBase === 0) return 0;
  const factor = growthFactor(input.referenceBase[i]!, input.referenceCurrent[i]!);
  return factor === null ? null : regionBase * factor;
}

/** Σ of values that may be null: null as soon as one is. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
