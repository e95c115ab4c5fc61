/**
 * The rectification bulletin's chart: one stacked bar per reporting unit, its cases by status (摸排 … 销号, 不予认定),
 * units in the bulletin's order; the tooltip lists each status's count.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface BulletinBarRow {
  name: Bilingual;
  byStatus: Record<string, number>;
}

export function rectificationBulletinOption(
  rows: readonly BulletinBarRow[],
  statuses: readonly { id: string; name: Bilingual; colour: string }[],
  language: Language,
): EChartsCoreOption {
  const label = (name: Bilingual) => (language === 'zh' ? name.zh : name.en || name.zh);
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: statuses.map((status) => label(status.name)) },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((row) => label(row.name)),
      axisLabel: { interval: 0, width: 72, overflow: 'break', lineHeight: 14 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: statuses.map((status) => ({
      type: 'bar',
      stack: 'cases',
      name: label(status.name),
      itemStyle: { color: status.colour },
      data: rows.map((row) => row.byStatus[status.id] ?? 0),
    })),
  };
}
