/**
 * Which ECharts parts an option needs: the basic set (bar, map and scatter series on a grid or the geo map, with
 * tooltips) or all parts. Anything not known to be basic counts as needing all, so a chart never misses a part.
 */
import type { EChartsCoreOption } from 'echarts/core';

const BASIC_SERIES = new Set(['bar', 'map', 'scatter']);
const BASIC_KEYS = new Set([
  'animation',
  'aria',
  'backgroundColor',
  'color',
  'geo',
  'grid',
  'series',
  'textStyle',
  'tooltip',
  'xAxis',
  'yAxis',
]);
const SERIES_MARKS = ['markLine', 'markPoint', 'markArea'];

export function needsAllChartParts(option: EChartsCoreOption): boolean {
  if (Object.keys(option).some((key) => !BASIC_KEYS.has(key))) return true;
  const series = option.series;
  const list: unknown[] = Array.isArray(series) ? series : series === undefined ? [] : [series];
  return list.some((entry) => {
    if (typeof entry !== 'object' || entry === null) return true;
    const record = entry as Record<string, unknown>;
    return !BASIC_SERIES.has(String(record.type)) || SERIES_MARKS.some((mark) => record[mark] !== undefined);
  });
}

/** The ECharts module with the parts `option` needs registered. */
export function loadChartParts(option: EChartsCoreOption) {
  return needsAllChartParts(option) ? import('./echarts-setup.ts') : import('./echarts-basic-setup.ts');
}
