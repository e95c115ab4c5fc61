/**
 * The unit breakdown chart of a cluster: one bar per reporting unit (county, district, zone) with its 1–N月 value
 * in 亿元. A withheld unit gets no bar and its label says "x", so the chart never shows a confidential figure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { measureValue, SUPPRESSED_MARK } from '../../format/display.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export interface UnitBar {
  unit: string;
  name: Bilingual;
  value: number | null;
  suppressed: boolean;
}

export function unitBreakdownOption(
  rows: readonly UnitBar[],
  language: Language,
  measure = 'industrial_output',
): EChartsCoreOption {
  const zh = language === 'zh';
  const ordered = [...rows].sort((left, right) => (right.value ?? -1) - (left.value ?? -1));
  const name = (row: UnitBar) => {
    const text = zh ? row.name.zh : row.name.en || row.name.zh;
    return row.suppressed ? `${text}（${SUPPRESSED_MARK}）` : text;
  };
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 150, right: 90, top: 16, bottom: 24 },
    xAxis: { type: 'value', name: zh ? '亿元' : '100m yuan' },
    yAxis: { type: 'category', inverse: true, data: ordered.map(name) },
    series: [
      {
        type: 'bar',
        itemStyle: { color: '#1d4f91' },
        label: { show: true, position: 'right' },
        data: ordered.map((row) =>
          row.suppressed || row.value === null
            ? { value: null, name: name(row) }
            : {
                value: Number((row.value / 1e8).toFixed(2)),
                name: name(row),
                label: { formatter: measureValue(measure, row.value, language) },
                tooltip: { formatter: `${name(row)}: ${measureValue(measure, row.value, language)}` },
              },
        ),
      },
    ],
  };
}
