/** The class distribution chart: one stack per class in scheme order, unrated last and only when present. */
import { describe, expect, it } from 'vitest';
import { classDistributionOption, type UnitClassCounts } from './class-distribution.ts';

const rows: UnitClassCounts[] = [
  { unit: '330402', name: { zh: '南湖区', en: 'Nanhu District' }, counts: { A: 3, B: 5, D: 1 }, unrated: 2 },
  { unit: '330411', name: { zh: '秀洲区', en: 'Xiuzhou District' }, counts: { B: 4, C: 2 }, unrated: 0 },
];

describe('classDistributionOption', () => {
  it('stacks the classes per unit with zero where a unit has none, unrated last', () => {
    const option = classDistributionOption(rows, ['A', 'B', 'C', 'D'], 'zh') as {
      xAxis: { data: string[] };
      series: { name: string; stack: string; data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['南湖区', '秀洲区']);
    expect(option.series.map((entry) => [entry.name, entry.data])).toEqual([
      ['A类', [3, 0]],
      ['B类', [5, 4]],
      ['C类', [0, 2]],
      ['D类', [1, 0]],
      ['不定等级', [2, 0]],
    ]);
    expect(new Set(option.series.map((entry) => entry.stack))).toEqual(new Set(['classes']));
  });

  it('leaves out the unrated stack when every enterprise has a class, and speaks English', () => {
    const option = classDistributionOption([rows[1]!], ['A', 'B'], 'en') as {
      xAxis: { data: string[] };
      series: { name: string }[];
    };
    expect(option.xAxis.data).toEqual(['Xiuzhou District']);
    expect(option.series.map((entry) => entry.name)).toEqual(['Class A', 'Class B']);
  });
});
