/**
 * The waterfall of one enterprise's evaluation score: each indicator's points (and the bonus, the penalty) as a
 * step from the running sum, ending in the total. A floating bar is an invisible base bar plus a visible one, the
 * usual ECharts waterfall; negative steps (penalties) are drawn downwards from the running sum. Without a total
 * (an unrated result) the last bar is the sum of the scored steps, labelled —.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { decimal } from '../../format/display.ts';
import type { Language } from '../../i18n/language.tsx';

export interface WaterfallStep {
  label: string;
  /** Points added (negative: taken away); null when the indicator was not scored. */
  points: number | null;
}

const round = (value: number) => Number(value.toFixed(2));

/** The base and the visible height of every step, then the total; unscored steps take no room. */
export function waterfallBars(steps: readonly WaterfallStep[]): { base: number; height: number; points: number }[] {
  let running = 0;
  return steps.map((step) => {
    const points = step.points ?? 0;
    const base = points >= 0 ? running : running + points;
    running += points;
    return { base: round(base), height: round(Math.abs(points)), points: round(points) };
  });
}

export function scoreWaterfallOption(
  steps: readonly WaterfallStep[],
  total: number | null,
  language: Language,
): EChartsCoreOption {
  const zh = language === 'zh';
  const bars = waterfallBars(steps);
  const sum = bars.reduce((running, bar) => running + bar.points, 0);
  const totalValue = round(total ?? sum);
  const labels = [...steps.map((step) => step.label), zh ? '总分' : 'Total'];
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 16, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: zh ? '得分' : 'Points' },
    series: [
      {
        name: 'base',
        type: 'bar',
        stack: 'waterfall',
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        data: [...bars.map((bar) => bar.base), 0],
      },
      {
        name: zh ? '得分' : 'Points',
        type: 'bar',
        stack: 'waterfall',
        label: { show: true, position: 'top' },
        data: [
          ...bars.map((bar, index) => ({
            value: bar.height,
            label: {
              formatter: steps[index]!.points === null ? '—' : `${bar.points >= 0 ? '+' : ''}${decimal(bar.points, 1)}`,
            },
            itemStyle: { color: bar.points < 0 ? '#c0392b' : steps[index]!.points === null ? '#aab4c0' : '#1d4f91' },
          })),
          {
            value: totalValue,
            label: { formatter: total === null ? '—' : decimal(totalValue, 2) },
            itemStyle: { color: '#1e8449' },
          },
        ],
      },
    ],
  };
}
