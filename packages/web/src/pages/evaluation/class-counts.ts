/**
 * Counting a run's results per reporting unit and final class (the class distribution), the classes present in
 * scheme order (A, B, C, D, then any other id alphabetically), and the lowest total seen in each class of a group
 * (the cut-off a city-wide reader sees in the results).
 */
import type { Bilingual } from '../../i18n/language.tsx';
import type { UnitClassCounts } from '../../charts/options/class-distribution.ts';
import type { EvaluationResultRow } from './evaluation-types.ts';

const USUAL_ORDER = ['A', 'B', 'C', 'D'];

export function classesIn(rows: readonly Pick<EvaluationResultRow, 'finalClass'>[]): string[] {
  const present = new Set(rows.map((row) => row.finalClass).filter((value): value is string => value !== null));
  const usual = USUAL_ORDER.filter((id) => present.has(id));
  const others = [...present].filter((id) => !USUAL_ORDER.includes(id)).sort();
  return [...usual, ...others].length > 0 ? [...usual, ...others] : USUAL_ORDER;
}

export interface UnitClassRow extends UnitClassCounts {
  rated: number;
  excluded: number;
  total: number;
}

/** One row per unit that has results, in the order of `unitOrder` (unknown units last, by id). */
export function classCountsByUnit(
  rows: readonly EvaluationResultRow[],
  unitName: (id: string) => Bilingual,
  unitOrder: readonly string[] = [],
): UnitClassRow[] {
  const byUnit = new Map<string, UnitClassRow>();
  for (const row of rows) {
    let entry = byUnit.get(row.reportingUnit);
    if (!entry) {
      entry = {
        unit: row.reportingUnit,
        name: unitName(row.reportingUnit),
        counts: {},
        unrated: 0,
        rated: 0,
        excluded: 0,
        total: 0,
      };
      byUnit.set(row.reportingUnit, entry);
    }
    entry.total += 1;
    if (row.status === 'rated') {
      entry.rated += 1;
      if (row.finalClass) entry.counts[row.finalClass] = (entry.counts[row.finalClass] ?? 0) + 1;
    } else if (row.status === 'unrated') entry.unrated += 1;
    else entry.excluded += 1;
  }
  const position = (unit: string) => {
    const index = unitOrder.indexOf(unit);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...byUnit.values()].sort(
    (left, right) => position(left.unit) - position(right.unit) || left.unit.localeCompare(right.unit),
  );
}

/** Per class of one group: the lowest and highest total among its rated results (initial class). */
export function observedCutOffs(
  rows: readonly EvaluationResultRow[],
  groupId: string | null,
): { classId: string; lowest: number; highest: number; count: number }[] {
  const ranges = new Map<string, { lowest: number; highest: number; count: number }>();
  for (const row of rows) {
    if (row.groupId !== groupId || row.status !== 'rated' || row.total === null || !row.initialClass) continue;
    const range = ranges.get(row.initialClass) ?? { lowest: row.total, highest: row.total, count: 0 };
    range.lowest = Math.min(range.lowest, row.total);
    range.highest = Math.max(range.highest, row.total);
    range.count += 1;
    ranges.set(row.initialClass, range);
  }
  return classesIn([...ranges.keys()].map((finalClass) => ({ finalClass })))
    .filter((classId) => ranges.has(classId))
    .map((classId) => ({ classId, ...ranges.get(classId)! }));
}
