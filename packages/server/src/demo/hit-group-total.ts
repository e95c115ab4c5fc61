/**
 * Makes a group of firm-years hit a published total exactly: the months `fromMonth..toMonth` of the target
 * measure are scaled by one factor and rounded so that the group's cumulative 1..toMonth equals the target to
 * the 千元; the companion measures of the same months are scaled by the same factor (rounded), so the firms'
 * ratios hold. Earlier months stay as they are, and scaled months stay ≥ 0, so cumulative values never fall.
 */
import { scaleToTotal } from './apportion.ts';
import type { MonthlyMeasure, MonthlyStore } from './monthly-store.ts';

export interface FirmYear {
  firm: number;
  year: number;
}

export interface GroupTarget {
  /** What the step is, for progress messages and errors. */
  label: string;
  cells: readonly FirmYear[];
  measure: MonthlyMeasure;
  fromMonth: number;
  toMonth: number;
  /** Σ over the cells of the cumulative 1..toMonth, in the store's unit. */
  target: number;
  companions: readonly MonthlyMeasure[];
}

/** Applies the target and returns the factor it took (1 = the plan was already exact). */
export function hitGroupTotal(store: MonthlyStore, goal: GroupTarget): number {
  const { cells, measure, fromMonth, toMonth } = goal;
  if (cells.length === 0) throw new Error(`${goal.label}: 没有企业 (the group is empty)`);
  let fixed = 0;
  const adjustable: number[] = [];
  for (const { firm, year } of cells) {
    const months = store.months(measure, firm, year);
    months.forEach((value, k) => {
      if (k + 1 < fromMonth) fixed += value;
      else if (k + 1 <= toMonth) adjustable.push(value);
    });
  }
  const required = goal.target - fixed;
  const current = adjustable.reduce((sum, value) => sum + value, 0);
  if (required < 0 || current <= 0) {
    throw new Error(`${goal.label}: 无法达到目标 (cannot reach ${goal.target}; fixed ${fixed}, current ${current})`);
  }
  const factor = required / current;
  const scaled = scaleToTotal(adjustable, required);
  let at = 0;
  for (const { firm, year } of cells) {
    const months = store.months(measure, firm, year);
    for (let k = fromMonth - 1; k < toMonth; k += 1) months[k] = scaled[at++] ?? 0;
    store.setMonths(measure, firm, year, months);
    for (const companion of goal.companions) {
      const values = store.months(companion, firm, year);
      for (let k = fromMonth - 1; k < toMonth; k += 1) values[k] = Math.round((values[k] ?? 0) * factor);
      store.setMonths(companion, firm, year, values);
    }
  }
  return factor;
}
