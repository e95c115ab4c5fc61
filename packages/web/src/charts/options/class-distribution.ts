/**
 * The class distribution of an evaluation run: one stacked bar per reporting unit with its enterprises in each
 * class (A best first), then the unrated (不定等级) ones in grey. Counts only — a class count is an evaluation
 * outcome, not a confidential figure. The table beside the chart shows the same numbers.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface UnitClassCounts {
  unit: string;
  name: Bilingual;
  /** Enterprises per final class id (A, B, …). */
  counts: Record<string, number>;
  unrated: number;
}

/** Class colours as the badges: A green, B blue, C amber, D red; other ids grey-blue. */
export const CLASS_COLOURS: Record<string, string> = { A: '#1e8449', B: '#1d4f91', C: '#d68910', D: '#c0392b' };
const UNRATED_COLOUR = '#aab4c0';

export function classDistributionOption(
  rows: readonly UnitClassCounts[],
  classes: readonly string[],
  language: Language,
): EChartsCoreOption {
  const zh = language === 'zh';
  const unitName = (row: UnitClassCounts) => (zh ? row.name.zh : row.name.en || row.name.zh);
  const className = (id: string) => (zh ? `${id}类` : `Class ${id}`);
  const unratedName = zh ? '不定等级' : 'Unrated';
  const withUnrated = rows.some((row) => row.unrated > 0);
  const series = classes.map((id) => ({
    name: className(id),
    type: 'bar',
    stack: 'classes',
    barMaxWidth: 64,
    itemStyle: { color: CLASS_COLOURS[id] ?? '#5f6b7a' },
    emphasis: { focus: 'series' },
    data: rows.map((row) => row.counts[id] ?? 0),
  }));
  if (withUnrated)
    series.push({
      name: unratedName,
      type: 'bar',
      stack: 'classes',
      barMaxWidth: 64,
      itemStyle: { color: UNRATED_COLOUR },
      emphasis: { focus: 'series' },
      data: rows.map((row) => row.unrated),
    });
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: series.map((entry) => entry.name) },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map(unitName),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: zh ? '企业数（家）' : 'Enterprises', minInterval: 1 },
    series,
  };
}
