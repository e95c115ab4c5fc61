/**
 * One project's monthly progress (GET /api/projects/{code}): the year's 1–N月 completed investment as bars and
 * the cumulative completed investment since the start as a line, both in 万元, with the year's planned investment
 * as a dashed mark line (none without a positive plan), so a month reads as "how far into this year's plan". A month without a list stays empty.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { money } from '../../format/display.ts';
import type { Language } from '../../i18n/language.tsx';

export interface ProjectProgressPoint {
  month: number;
  completedYuan: number;
  yearCompletedYuan: number | null;
}

const TEN_THOUSAND = 1e4;
const wan = (yuan: number | null) => (yuan === null ? null : Math.round((yuan / TEN_THOUSAND) * 10) / 10);
const toYuan = (value: unknown) => (typeof value === 'number' ? value * TEN_THOUSAND : null);

export function projectProgressOption(
  year: number,
  points: readonly ProjectProgressPoint[],
  plannedAnnualYuan: number | null,
  language: Language,
): EChartsCoreOption {
  const zh = language === 'zh';
  const months = Array.from({ length: 12 }, (_, index) => index + 1);
  const at = new Map(points.map((point) => [point.month, point]));
  const yearName = zh ? `${year}年1-N月完成投资` : `${year} completed, year to date`;
  const sinceName = zh ? '开工以来累计完成投资' : 'Completed since the start';
  const planName = zh ? '年度计划投资' : 'Planned for the year';
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => money(toYuan(value), language) },
    legend: { top: 0, data: [yearName, sinceName] },
    grid: { left: 72, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: months.map((month) => (zh ? `${month}月` : `M${month}`)) },
    yAxis: { type: 'value', name: zh ? '万元' : '10k yuan' },
    series: [
      {
        name: yearName,
        type: 'bar',
        itemStyle: { color: '#1d4f91' },
        data: months.map((month) => wan(at.get(month)?.yearCompletedYuan ?? null)),
        ...(plannedAnnualYuan === null || plannedAnnualYuan <= 0
          ? {}
          : {
              markLine: {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#d68910' },
                label: { position: 'insideEndTop', formatter: `${planName} ${money(plannedAnnualYuan, language)}` },
                data: [{ yAxis: wan(plannedAnnualYuan) }],
              },
            }),
      },
      {
        name: sinceName,
        type: 'line',
        connectNulls: false,
        itemStyle: { color: '#5f6b7a' },
        data: months.map((month) => wan(at.get(month)?.completedYuan ?? null)),
      },
    ],
  };
}
