/**
 * A region × industry matrix (rows regions, columns industries) of one non-negative extensive quantity:
 * employment, output, value added. Every regional measure in this folder reads one. Cells are finite and
 * ≥ 0; a missing cell is refused when the matrix is built, never read as 0.
 *
 * The reference economy ("nation") is the column sums of the regions unless a row of the table is named as
 * the reference (`splitReferenceRow`): then that row is taken out of the regions and used as is, so the
 * regions need not add up to it (a county against its province, Göttingen against Germany).
 */

export interface RegionIndustryMatrix {
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  /** values[r][i]: region r, industry i. */
  readonly values: readonly (readonly number[])[];
}

/** A matrix of regions together with the industry totals of the economy they are measured against. */
export interface RegionalEconomy {
  readonly matrix: RegionIndustryMatrix;
  /** Reference value of each industry, in the matrix's industry order. */
  readonly reference: readonly number[];
}

/** Input that no regional measure can be computed from (shape, names, cells); the message is bilingual. */
export class RegionalDataError extends RangeError {
  override name = 'RegionalDataError';
}

function duplicateOf(names: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** Builds a matrix after checking names (non-empty, unique), shape and cells (finite, ≥ 0). */
export function regionIndustryMatrix(
  regions: readonly string[],
  industries: readonly string[],
  values: readonly (readonly number[])[],
): RegionIndustryMatrix {
  if (regions.length === 0 || industries.length === 0)
    throw new RegionalDataError('矩阵至少需要一个地区和一个行业 (a matrix needs at least one region and one industry)');
  for (const [what, names] of [
    ['地区 region', regions],
    ['行业 industry', industries],
  ] as const) {
    if (names.some((name) => name.trim() === '')) throw new RegionalDataError(`${what} 名称为空 (empty name)`);
    const duplicate = duplicateOf(names);
    if (duplicate !== undefined) throw new RegionalDataError(`${what} 名称重复 "${duplicate}" (duplicate name)`);
  }
  if (values.length !== regions.length)
    throw new RegionalDataError(
      `行数 ${values.length} ≠ 地区数 ${regions.length} (row count differs from region count)`,
    );
  values.forEach((row, r) => {
    if (row.length !== industries.length)
      throw new RegionalDataError(
        `地区 "${regions[r]}" 有 ${row.length} 个值，应为 ${industries.length} (region has the wrong number of values)`,
      );
    row.forEach((value, i) => {
      if (!Number.isFinite(value) || value < 0)
        throw new RegionalDataError(
          `地区 "${regions[r]}" 行业 "${industries[i]}" 的值 ${value} 不是非负有限数 (not a finite non-negative number)`,
        );
    });
  });
  return { regions: [...regions], industries: [...industries], values: values.map((row) => [...row]) };
}

export const vectorSum = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0);

/** Each region's total over all industries. */
export const regionTotals = (matrix: RegionIndustryMatrix): number[] => matrix.values.map(vectorSum);

/** Each industry's total over all regions. */
export function industryTotals(matrix: RegionIndustryMatrix): number[] {
  return matrix.industries.map((_, i) => vectorSum(matrix.values.map((row) => row[i]!)));
}

/** The values of industry `i` in every region. */
export const industryColumn = (matrix: RegionIndustryMatrix, i: number): number[] =>
  matrix.values.map((row) => row[i]!);

/** The regions measured against their own column sums. */
export const selfReferencedEconomy = (matrix: RegionIndustryMatrix): RegionalEconomy => ({
  matrix,
  reference: industryTotals(matrix),
});

/**
 * The row named `referenceRegion` becomes the reference economy and leaves the regions; without a name the
 * reference is the column sums. Throws when the name is unknown or when no region would be left.
 */
export function splitReferenceRow(matrix: RegionIndustryMatrix, referenceRegion?: string): RegionalEconomy {
  if (referenceRegion === undefined) return selfReferencedEconomy(matrix);
  const index = matrix.regions.indexOf(referenceRegion);
  if (index < 0)
    throw new RegionalDataError(`参照地区 "${referenceRegion}" 不在矩阵中 (reference region not found in the matrix)`);
  if (matrix.regions.length < 2)
    throw new RegionalDataError('除参照地区外至少需要一个地区 (at least one region besides the reference is needed)');
  const keep = (_: unknown, r: number) => r !== index;
  return {
    matrix: {
      regions: matrix.regions.filter(keep),
      industries: matrix.industries,
      values: matrix.values.filter(keep),
    },
    reference: matrix.values[index]!,
  };
}

/** Shares of a vector in its own total; null when the total is 0 (no shares exist). */
export function sharesOf(values: readonly number[]): number[] | null {
  const total = vectorSum(values);
  return total > 0 ? values.map((value) => value / total) : null;
}
