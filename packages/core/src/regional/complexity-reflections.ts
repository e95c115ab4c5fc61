/**
 * Economic complexity by the method of reflections (Hidalgo & Hausmann 2009), as EconGeo's morc (regions)
 * and mort (industries), on a binary region × industry matrix (usually binary LQ). Regions and industries
 * with no 1 are dropped first, rows before columns, as EconGeo does.
 *   step 0: k_r,0 = diversity, k_i,0 = ubiquity
 *   step n: k_r,n = mean of k_i,n−1 over the region's industries; k_i,n = mean of k_r,n−1 over its regions
 * From step 3 on, each step is rescaled to 0–100 (min → 0, max → 100) before the next, as EconGeo does; a
 * step whose values are all equal cannot be rescaled and gives null for everyone, as do the steps after it
 * (EconGeo: NaN).
 * The two sequences alternate between two orders; EconGeo's defaults are 20 steps for morc and 19 for mort
 * (econgeo_complexity.json's "mort_matHH_steps20" holds mort's default, i.e. 19 steps).
 */
import { RegionalDataError } from './matrix.ts';

export interface ReflectionInput {
  readonly regions: readonly string[];
  readonly industries: readonly string[];
  /** binary[r][i] ∈ {0, 1} */
  readonly binary: readonly (readonly number[])[];
}

export interface Reflections {
  regions: string[];
  industries: string[];
  /** k_r at the requested step, for the regions kept. */
  regionComplexity: (number | null)[];
  industryComplexity: (number | null)[];
}

/** The matrix without regions and industries that have no 1 (rows first, then columns). */
export function dropEmptyRowsAndColumns(input: ReflectionInput): ReflectionInput {
  const rows = input.binary.flatMap((row, r) => (row.some((value) => value > 0) ? [r] : []));
  const kept = rows.map((r) => input.binary[r]!);
  const columns = input.industries.flatMap((_, i) => (kept.some((row) => row[i]! > 0) ? [i] : []));
  return {
    regions: rows.map((r) => input.regions[r]!),
    industries: columns.map((i) => input.industries[i]!),
    binary: kept.map((row) => columns.map((i) => row[i]!)),
  };
}

/** Values rescaled to 0–100; all null when they are all equal or one is undefined (NaN). */
function rescaled(values: number[]): (number | null)[] {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  if (!Number.isFinite(min) || !Number.isFinite(max) || max === min) return values.map(() => null);
  return values.map((value) => ((value - min) / (max - min)) * 100);
}

export function methodOfReflections(input: ReflectionInput, steps = 20): Reflections {
  if (!Number.isSafeInteger(steps) || steps < 0)
    throw new RegionalDataError(`steps 应为非负整数，实际为 ${steps} (steps must be ≥ 0)`);
  const { regions, industries, binary } = dropEmptyRowsAndColumns(input);
  const diversity = binary.map((row) => row.reduce((sum, value) => sum + value, 0));
  const ubiquity = industries.map((_, i) => binary.reduce((sum, row) => sum + row[i]!, 0));
  let region: (number | null)[] = diversity;
  let industry: (number | null)[] = ubiquity;
  for (let step = 1; step <= steps; step++) {
    const [previousRegion, previousIndustry] = [region, industry];
    const nextRegion = binary.map(
      (row, r) => (1 / diversity[r]!) * row.reduce((sum, value, i) => sum + value * (previousIndustry[i] ?? NaN), 0),
    );
    const nextIndustry = industries.map(
      (_, i) => (1 / ubiquity[i]!) * binary.reduce((sum, row, r) => sum + row[i]! * (previousRegion[r] ?? NaN), 0),
    );
    const defined = (values: number[]) => values.map((value) => (Number.isFinite(value) ? value : null));
    region = step >= 3 ? rescaled(nextRegion) : defined(nextRegion);
    industry = step >= 3 ? rescaled(nextIndustry) : defined(nextIndustry);
  }
  return { regions: [...regions], industries: [...industries], regionComplexity: region, industryComplexity: industry };
}
