/** The project progress chart option: months as slots, 万元 values, the annual plan as a line. */
import { describe, expect, it } from 'vitest';
import { projectProgressOption } from './project-progress.ts';

describe('projectProgressOption', () => {
  it('puts each list month in its slot in 万元 and marks the annual plan', () => {
    const option = projectProgressOption(
      2024,
      [
        { month: 3, completedYuan: 500_000_000, yearCompletedYuan: 100_000_000 },
        { month: 6, completedYuan: 640_000_000, yearCompletedYuan: 240_000_000 },
      ],
      400_000_000,
      'zh',
    ) as {
      series: { data: (number | null)[]; markLine?: { data: { yAxis: number }[]; label: { formatter: string } } }[];
    };
    expect(option.series[0]!.data).toEqual([
      null,
      null,
      10_000,
      null,
      null,
      24_000,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(option.series[1]!.data[5]).toBe(64_000);
    expect(option.series[0]!.markLine!.data).toEqual([{ yAxis: 40_000 }]);
    expect(option.series[0]!.markLine!.label.formatter).toBe('年度计划投资 4.0亿元');
    expect(option).toMatchSnapshot();
  });

  it('draws no plan line without a plan, in English too', () => {
    const option = projectProgressOption(2024, [], null, 'en') as { series: { markLine?: unknown }[]; legend: unknown };
    expect(option.series[0]!.markLine).toBeUndefined();
    expect(option.legend).toEqual({ top: 0, data: ['2024 completed, year to date', 'Completed since the start'] });
  });
});
