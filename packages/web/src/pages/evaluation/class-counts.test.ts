/** Class counts per unit, the classes present in order, and the observed cut-offs of a group. */
import { describe, expect, it } from 'vitest';
import { classCountsByUnit, classesIn, observedCutOffs } from './class-counts.ts';
import type { EvaluationResultRow } from './evaluation-types.ts';

const row = (
  uscc: string,
  unit: string,
  status: EvaluationResultRow['status'],
  finalClass: string | null,
  total: number | null = null,
): EvaluationResultRow => ({
  uscc,
  name: uscc,
  reportingUnit: unit,
  unitId: uscc,
  groupId: status === 'excluded' ? null : 'above',
  status,
  total,
  rank: null,
  percentile: null,
  initialClass: finalClass,
  finalClass,
  reason: null,
});

const rows = [
  row('1', '330411', 'rated', 'A', 120),
  row('2', '330402', 'rated', 'D', 40),
  row('3', '330402', 'rated', 'A', 110),
  row('4', '330402', 'unrated', null),
  row('5', '330402', 'excluded', null),
  row('6', '330411', 'rated', 'T2', 60),
];

describe('classCountsByUnit', () => {
  it('counts final classes, unrated and excluded per unit in the units’ order', () => {
    const counted = classCountsByUnit(rows, (id) => ({ zh: `单位${id}`, en: id }), ['330402', '330411']);
    expect(counted.map((entry) => [entry.unit, entry.counts, entry.unrated, entry.excluded, entry.total])).toEqual([
      ['330402', { D: 1, A: 1 }, 1, 1, 4],
      ['330411', { A: 1, T2: 1 }, 0, 0, 2],
    ]);
    expect(counted[0]!.name.zh).toBe('单位330402');
  });
});

describe('classesIn', () => {
  it('orders A–D first and other ids after; the usual four when nothing is rated', () => {
    expect(classesIn(rows)).toEqual(['A', 'D', 'T2']);
    expect(classesIn([])).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('observedCutOffs', () => {
  it('gives the lowest and highest total of each class in the group', () => {
    expect(observedCutOffs(rows, 'above')).toEqual([
      { classId: 'A', lowest: 110, highest: 120, count: 2 },
      { classId: 'D', lowest: 40, highest: 40, count: 1 },
      { classId: 'T2', lowest: 60, highest: 60, count: 1 },
    ]);
  });
});
