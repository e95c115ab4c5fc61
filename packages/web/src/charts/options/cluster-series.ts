/**
 * The monthly series chart of one cluster: 1–N月 cumulative value as bars (in the measure's display unit, 亿元 for
 * money) and the comparable growth as a line on a second axis (%). January is published together with February
 * (1-2月), so a month without a value stays an empty slot, never 0.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { cumulativePeriod, growth, measureValue } from '../../format/display.ts';
import type { Language } from '../../i18n/language.tsx';

export interface SeriesPoint {
  year: number;
  month: number;
  value: number | null;
  growth: number | null;
}

/** 亿元 per 元: bars are drawn in 亿元 so the axis reads like the bulletin. */
const HUNDRED_MILLION = 1e8;

const toYuan = (value: unknown) => (typeof value === 'number' ? value * HUNDRED_MILLION : null);

export function clusterSeriesOption(
  points: readonly SeriesPoint[],
  language: Language,
  measure = 'industrial_output',
): EChartsCoreOption {
  const zh = language === 'zh';
  const label = (point: SeriesPoint) =>
    cumulativePeriod(`${point.year}-${String(point.month).padStart(2, '0')}`, language);
  const valueName = zh ? '1-N月累计（亿元）' : 'Year to date (100 million yuan)';
  const growthName = zh ? '可比增速（%）' : 'Comparable growth (%)';
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [valueName, growthName] },
    grid: { left: 64, right: 56, top: 40, bottom: 48 },
    xAxis: {
      type: 'category',
      data: points.map(label),
      axisLabel: { rotate: points.length > 12 ? 45 : 0 },
    },
    yAxis: [
      { type: 'value', name: zh ? '亿元' : '100m yuan', splitLine: { show: true } },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      {
        name: valueName,
        type: 'bar',
        yAxisIndex: 0,
        itemStyle: { color: '#1d4f91' },
        tooltip: { valueFormatter: (value: unknown) => measureValue(measure, toYuan(value), language) },
        data: points.map((point) => (point.value === null ? null : round(point.value / HUNDRED_MILLION, 2))),
      },
      {
        name: growthName,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: '#c0392b' },
        tooltip: { valueFormatter: (value: unknown) => growth(typeof value === 'number' ? value / 100 : null) },
        data: points.map((point) => (point.growth === null ? null : round(point.growth * 100, 2))),
      },
    ],
  };
}
