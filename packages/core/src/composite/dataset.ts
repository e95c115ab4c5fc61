/**
 * A data set of the composite engine: units (rows, by uCode) × columns (indicators and aggregates, by iCode).
 * A missing value is null, never 0 and never NaN; steps turn non-finite results into null and say so.
 * Data sets are values: helpers return new ones and never change their input.
 */
import { CompositeError } from './composite-error.ts';

export type Value = number | null;

export interface Dataset {
  readonly unitCodes: readonly string[];
  /** Columns in order (Map order), each with one value per unit. */
  readonly columns: ReadonlyMap<string, readonly Value[]>;
}

/** What each unit brings besides its indicator values: name, group labels and denominators (iData columns). */
export interface UnitInfo {
  code: string;
  name: string | null;
  groups: ReadonlyMap<string, string | null>;
  denominators: ReadonlyMap<string, Value>;
}

/** A finite number stays, anything else (NaN, ±Infinity) becomes null. */
export const finiteOrNull = (value: number): Value => (Number.isFinite(value) ? value : null);

export function createDataset(unitCodes: readonly string[], columns: Iterable<[string, readonly Value[]]>): Dataset {
  const map = new Map<string, readonly Value[]>();
  for (const [code, values] of columns) {
    if (values.length !== unitCodes.length)
      throw new CompositeError(
        `列 ${code} 有 ${values.length} 个值，应为 ${unitCodes.length} 个 (column ${code} has ${values.length} values for ${unitCodes.length} units)`,
      );
    map.set(code, values);
  }
  return { unitCodes, columns: map };
}

export function datasetColumn(dataset: Dataset, code: string): readonly Value[] {
  const values = dataset.columns.get(code);
  if (values === undefined) throw new CompositeError(`数据集中没有列 ${code} (the data set has no column ${code})`);
  return values;
}

/** A copy with `updates` replacing columns of the same code in place and new codes appended. */
export function withColumns(dataset: Dataset, updates: ReadonlyMap<string, readonly Value[]>): Dataset {
  const columns = new Map(dataset.columns);
  for (const [code, values] of updates) columns.set(code, values);
  return createDataset(dataset.unitCodes, columns);
}

/** A copy with only the units whose `keep` entry is true. */
export function keepUnits(dataset: Dataset, keep: readonly boolean[]): Dataset {
  const pick = <T>(values: readonly T[]) => values.filter((_, index) => keep[index] === true);
  return createDataset(
    pick(dataset.unitCodes),
    [...dataset.columns].map(([code, values]) => [code, pick(values)] as [string, readonly Value[]]),
  );
}

/** The codes among `codes` that are columns of the data set, in the order of `codes`. */
export function presentCodes(dataset: Dataset, codes: readonly string[]): string[] {
  return codes.filter((code) => dataset.columns.has(code));
}
