/**
 * Cluster industrial investment growth (GET /api/projects/investment-growth): one bar per cluster (percent, a
 * cluster without a base has no bar), coloured by whether it meets the target, with the ≥ 15 % target as a
 * dashed mark line.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface ClusterGrowth {
  cluster: { id: string; name: Bilingual };
  growth: number | null;
}

export function projectGrowthOption(
  rows: readonly ClusterGrowth[],
  targetPercent: number,
  language: Language,
): EChartsCoreOption {
  const zh = language === 'zh';
  const nameOf = (name: Bilingual) => (zh ? name.zh : name.en || name.zh);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '—') },
    grid: { left: 56, right: 24, top: 32, bottom: 40 },
    xAxis: { type: 'category', data: rows.map((row) => nameOf(row.cluster.name)) },
    yAxis: { type: 'value', name: '%' },
    series: [
      {
        name: zh ? '工业投资增速' : 'Investment growth',
        type: 'bar',
        data: rows.map((row) =>
          row.growth === null
            ? null
            : {
                value: round(row.growth),
                itemStyle: { color: row.growth >= targetPercent ? '#1d4f91' : '#d68910' },
              },
        ),
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#c0392b' },
          label: { formatter: zh ? `目标 ${targetPercent}%` : `Target ${targetPercent}%` },
          data: [{ yAxis: targetPercent }],
        },
      },
    ],
  };
}
