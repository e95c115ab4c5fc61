/** The score waterfall: floating steps from the running sum, penalties downwards, the total last. */
import { describe, expect, it } from 'vitest';
import { scoreWaterfallOption, waterfallBars } from './score-waterfall.ts';

describe('waterfallBars', () => {
  it('floats each step on the running sum and draws a penalty downwards', () => {
    expect(
      waterfallBars([
        { label: '亩均税收', points: 30 },
        { label: '亩均增加值', points: 20.456 },
        { label: '排放', points: null },
        { label: '扣分', points: -5 },
      ]),
    ).toEqual([
      { base: 0, height: 30, points: 30 },
      { base: 30, height: 20.46, points: 20.46 },
      { base: 50.46, height: 0, points: 0 },
      { base: 45.46, height: 5, points: -5 },
    ]);
  });
});

describe('scoreWaterfallOption', () => {
  it('ends with the total bar and labels the steps with their sign', () => {
    const option = scoreWaterfallOption(
      [
        { label: '亩均税收', points: 60 },
        { label: '加分', points: 5 },
      ],
      65,
      'zh',
    ) as {
      xAxis: { data: string[] };
      series: { data: (number | { value: number; label: { formatter: string } })[] }[];
    };
    expect(option.xAxis.data).toEqual(['亩均税收', '加分', '总分']);
    expect(option.series[0]!.data).toEqual([0, 60, 0]);
    const visible = option.series[1]!.data as { value: number; label: { formatter: string } }[];
    expect(visible.map((bar) => [bar.value, bar.label.formatter])).toEqual([
      [60, '+60.0'],
      [5, '+5.0'],
      [65, '65.00'],
    ]);
  });

  it('marks an unscored indicator and a missing total with a dash', () => {
    const option = scoreWaterfallOption([{ label: 'tax per mu', points: null }], null, 'en') as {
      xAxis: { data: string[] };
      series: { data: { value: number; label: { formatter: string } }[] }[];
    };
    expect(option.xAxis.data).toEqual(['tax per mu', 'Total']);
    expect(option.series[1]!.data.map((bar) => bar.label.formatter)).toEqual(['—', '—']);
  });
});
