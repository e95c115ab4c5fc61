/**
 * The cockpit's cluster ranking: the top-level clusters of a system as horizontal bars by 1–N月 value, largest
 * first, each labelled with its value and comparable growth ("1304.2亿元  +5.7%"). A withheld cluster (disclosure
 * control) has no bar and its name is marked '（x）'. Each bar carries its cluster id so a click opens the cluster page.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { growth, measureValue, MISSING_MARK, SUPPRESSED_MARK } from '../../format/display.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface RankedCluster {
  cluster: string;
  name: Bilingual;
  depth: number;
  value: number | null;
  yoy: number | null;
  suppressed: boolean;
}

export interface RankingBarDatum {
  /** In 亿元 for the bar length; null for a withheld or missing value. */
  value: number | null;
  id: string;
  name: string;
}

export function rankingBarOption(
  rows: readonly RankedCluster[],
  language: Language,
  measure = 'industrial_output',
): EChartsCoreOption {
  const zh = language === 'zh';
  const ordered = rows
    .filter((row) => row.depth === 0)
    .sort((left, right) => {
      const a = left.suppressed ? null : left.value;
      const b = right.suppressed ? null : right.value;
      return (b ?? -Infinity) - (a ?? -Infinity);
    });
  const nameOf = (row: RankedCluster) => {
    const text = zh ? row.name.zh : row.name.en || row.name.zh;
    if (row.suppressed) return `${text}（${SUPPRESSED_MARK}）`;
    return row.value === null ? `${text}（${MISSING_MARK}）` : text;
  };
  const caption = (row: RankedCluster) =>
    row.suppressed ? SUPPRESSED_MARK : `${measureValue(measure, row.value, language)}  ${growth(row.yoy)}`;
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 150, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 190, overflow: 'truncate' },
      data: ordered.map(nameOf),
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        cursor: 'pointer',
        itemStyle: { color: '#1d4f91', borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: '#1f2933' },
        data: ordered.map((row) => {
          const shown = row.suppressed || row.value === null ? null : Number((row.value / 1e8).toFixed(2));
          return {
            value: shown,
            id: row.cluster,
            name: nameOf(row),
            label: { formatter: caption(row) },
            tooltip: { formatter: `${nameOf(row)}: ${caption(row)}` },
          };
        }),
      },
    ],
  };
}
