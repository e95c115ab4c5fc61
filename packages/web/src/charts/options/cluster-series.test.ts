/** The cluster series chart: bars in 亿元, growth in % on the second axis, missing months left empty. */
import { describe, expect, it } from 'vitest';
import { clusterSeriesOption } from './cluster-series.ts';

const points = [
  { year: 2024, month: 1, value: null, growth: null },
  { year: 2024, month: 2, value: 32_210_462_000, growth: 0.0405 },
  { year: 2024, month: 3, value: 57_070_399_000, growth: -0.012 },
];

describe('clusterSeriesOption', () => {
  it('draws 1–N月 values in 亿元 and growth in per cent on a second axis', () => {
    const option = clusterSeriesOption(points, 'zh') as {
      xAxis: { data: string[] };
      yAxis: { name: string }[];
      series: { type: string; yAxisIndex: number; data: (number | null)[] }[];
    };
    expect(option.xAxis.data).toEqual(['2024年1月', '2024年1-2月', '2024年1-3月']);
    expect(option.yAxis.map((axis) => axis.name)).toEqual(['亿元', '%']);
    expect(option.series.map((series) => [series.type, series.yAxisIndex, series.data])).toEqual([
      ['bar', 0, [null, 322.1, 570.7]],
      ['line', 1, [null, 4.05, -1.2]],
    ]);
  });

  it('formats tooltips through the display formatters', () => {
    const option = clusterSeriesOption(points, 'zh') as {
      series: { tooltip: { valueFormatter: (value: unknown) => string } }[];
    };
    expect(option.series[0]!.tooltip.valueFormatter(322.1)).toBe('322.1亿元');
    expect(option.series[1]!.tooltip.valueFormatter(4.05)).toBe('+4.1%');
    expect(option.series[1]!.tooltip.valueFormatter(null)).toBe('—');
  });

  it('labels months in English', () => {
    const option = clusterSeriesOption(points, 'en') as { xAxis: { data: string[] }; legend: { data: string[] } };
    expect(option.xAxis.data[0]).toMatch(/2024/);
    expect(option.xAxis.data[0]).not.toMatch(/年/);
    expect(option.legend.data).toEqual(['Year to date (100 million yuan)', 'Comparable growth (%)']);
  });
});
