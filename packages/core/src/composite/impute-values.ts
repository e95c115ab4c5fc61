/**
 * Imputation rules on vectors: fill the missing values of a column with a statistic of its present values
 * (COINr i_mean, i_median), the same within each group of units (i_mean_grp, i_median_grp; units without a
 * group are left as they are), or fill each unit's missing values from its own present values across a set
 * of indicators (impute_by = "row"), optionally after scaling each column to [0, 1] with its direction and
 * scaling back afterwards. Present values never change. What cannot be filled stays null.
 */
import { finiteOrNull, type Value } from './dataset.ts';
import { maximum, mean, median, minimum, presentValues } from './descriptive-statistics.ts';
import type { Direction } from './framework.ts';

export type ImputeStatistic = 'mean' | 'median';

const statistic = (kind: ImputeStatistic, values: readonly number[]) =>
  kind === 'mean' ? mean(values) : median(values);

export function imputeColumn(values: readonly Value[], kind: ImputeStatistic): Value[] {
  const fill = finiteOrNull(statistic(kind, presentValues(values)));
  return values.map((value) => value ?? fill);
}

export function imputeColumnByGroup(
  values: readonly Value[],
  groups: readonly (string | null)[],
  kind: ImputeStatistic,
): Value[] {
  const members = new Map<string, number[]>();
  values.forEach((value, index) => {
    const group = groups[index] ?? null;
    if (group === null) return;
    const list = members.get(group) ?? [];
    if (value !== null) list.push(value);
    members.set(group, list);
  });
  const fills = new Map([...members].map(([group, list]) => [group, finiteOrNull(statistic(kind, list))]));
  return values.map((value, index) => {
    const group = groups[index] ?? null;
    return value ?? (group === null ? null : (fills.get(group) ?? null));
  });
}

/** Row-wise imputation over `columns` (each one value per unit), with each column's direction. */
export function imputeRows(
  columns: readonly (readonly Value[])[],
  directions: readonly Direction[],
  kind: ImputeStatistic,
  normaliseFirst: boolean,
): Value[][] {
  const scales = columns.map((values, column) => {
    const direction = directions[column] ?? 1;
    const present = presentValues(values).map((value) => value * direction);
    return { direction, low: minimum(present), high: maximum(present) };
  });
  const scaled = columns.map((values, column) => {
    const { direction, low, high } = scales[column] ?? { direction: 1, low: NaN, high: NaN };
    if (!normaliseFirst) return [...values];
    return values.map((value) => (value === null ? null : finiteOrNull((value * direction - low) / (high - low))));
  });
  const unitCount = columns[0]?.length ?? 0;
  const filled = columns.map((values) => [...values]);
  for (let unit = 0; unit < unitCount; unit++) {
    const row = presentValues(scaled.map((values) => values[unit] ?? null));
    const fill = statistic(kind, row);
    columns.forEach((values, column) => {
      if (values[unit] !== null) return;
      const { direction, low, high } = scales[column] ?? { direction: 1, low: NaN, high: NaN };
      const back = normaliseFirst ? (fill * (high - low) + low) * direction : fill;
      const target = filled[column];
      if (target !== undefined) target[unit] = finiteOrNull(back);
    });
  }
  return filled;
}
