/**
 * The bulletin's charts as ECharts options, pure functions of the document: a system's clusters (bars of the
 * 1–N月 value in 亿元, a line of growth), the reporting units' ranking, and progress towards targets. Numbers
 * and labels are the bureau's table forms (core `format`), so a chart says what the tables say; a withheld
 * cluster has no bar and "x" after its name. render-chart-svg.ts draws them.
 */
import {
  displayUnitOfMeasure,
  formatGrowthSigned,
  formatInDisplayUnit,
  formatMonthRange,
  formatPercentTable,
  formatPercentText,
  SUPPRESSED_MARK,
  type BulletinDocument,
  type BulletinPeriod,
  type BulletinSystemSection,
  type BulletinTargetRow,
} from '@observatory/core';
import type { BulletinChartOption } from './render-chart-svg.ts';

export const CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const COLORS = { value: '#2f5597', growth: '#c55a11', onTrack: '#548235', behind: '#c55a11', unknown: '#8c8c8c' };

/** 现代纺织产业集群 → 现代纺织: the axis names the clusters, the title says they are clusters. */
export function shortClusterName(name: string): string {
  return name.replace(/(?:产业)?集群$/u, '') || name;
}

const base = (title: string): BulletinChartOption => ({
  animation: false,
  textStyle: { fontFamily: CHART_FONT },
  title: { text: title, left: 'center', top: 4, textStyle: { fontSize: 14, fontWeight: 'bold' } },
});

/** Bars of each top-level cluster's value, a line of its growth (right axis, %). */
export function clusterChartOption(section: BulletinSystemSection, period: BulletinPeriod): BulletinChartOption {
  const unit = displayUnitOfMeasure(section.measure);
  const clusters = section.rows.filter((row) => row.depth === 0);
  const valueName = `${formatMonthRange(period.month)}（${unit.name.zh}）`;
  const bars = clusters.map((row) => {
    if (row.value.value === null || row.value.suppressed !== undefined) return '-';
    const text = formatInDisplayUnit(row.value.value, unit);
    return { value: Number(text), label: { formatter: text } };
  });
  const growth = clusters.map((row) => {
    if (row.growth.value === null || row.value.suppressed !== undefined) return '-';
    return {
      value: Number((row.growth.value * 100).toFixed(1)),
      label: { formatter: formatGrowthSigned(row.growth.value) },
    };
  });
  return {
    ...base(`${section.name.zh}${section.measureName.zh}`),
    legend: { bottom: 0, data: [valueName, '增长（%）'] },
    grid: { left: 64, right: 56, top: 52, bottom: 72 },
    xAxis: {
      type: 'category',
      data: clusters.map((row) =>
        row.value.suppressed === undefined
          ? shortClusterName(row.name.zh)
          : `${shortClusterName(row.name.zh)}（${SUPPRESSED_MARK}）`,
      ),
      axisLabel: { interval: 0, fontSize: 11, width: 96, overflow: 'break' },
    },
    yAxis: [
      { type: 'value', name: unit.name.zh },
      { type: 'value', name: '%', splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: valueName,
        data: bars,
        barMaxWidth: 40,
        itemStyle: { color: COLORS.value },
        label: { show: true, position: 'insideTop', fontSize: 10, color: '#ffffff' },
      },
      {
        type: 'line',
        name: '增长（%）',
        yAxisIndex: 1,
        data: growth,
        itemStyle: { color: COLORS.growth },
        label: { show: true, position: 'top', fontSize: 10, color: COLORS.growth },
      },
    ],
  };
}

/** Horizontal bars of the reporting units' values, largest on top, labelled with value and growth. */
export function unitRankingChartOption(document: BulletinDocument): BulletinChartOption {
  const { measure, measureName, rows } = document.unitRanking;
  const unit = displayUnitOfMeasure(measure);
  const published = rows.filter((row) => row.value.value !== null && row.value.suppressed === undefined);
  return {
    ...base(`各区县${measureName.zh}（${formatMonthRange(document.period.month)}，${unit.name.zh}）`),
    grid: { left: 128, right: 120, top: 40, bottom: 16 },
    xAxis: { type: 'value', name: unit.name.zh },
    yAxis: {
      type: 'category',
      inverse: true,
      data: published.map((row) => row.unit.name.zh),
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: published.map((row) => {
          const text = formatInDisplayUnit(row.value.value as number, unit);
          const growth = row.growth.value === null ? '' : `（${formatGrowthSigned(row.growth.value)}）`;
          return { value: Number(text), label: { formatter: `${text}${growth}` } };
        }),
        barMaxWidth: 18,
        itemStyle: { color: COLORS.value },
        label: { show: true, position: 'right', fontSize: 10 },
      },
    ],
  };
}

function progressColor(target: BulletinTargetRow): string {
  if (target.onTrack === null) return COLORS.unknown;
  return target.onTrack ? COLORS.onTrack : COLORS.behind;
}

/** Horizontal bars of each target's progress (%), a line at 100 %; green on track, orange behind. */
export function targetProgressChartOption(targets: BulletinTargetRow[]): BulletinChartOption {
  const shown = targets.filter((target) => target.progress !== null);
  return {
    ...base('目标完成进度（%）'),
    grid: { left: 176, right: 64, top: 40, bottom: 16 },
    xAxis: { type: 'value', name: '%' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((target) => `${target.name.zh}（${target.targetYear}）`),
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((target) => ({
          value: Number(formatPercentTable(target.progress as number)),
          label: { formatter: formatPercentText(target.progress as number) },
          itemStyle: { color: progressColor(target) },
        })),
        barMaxWidth: 18,
        label: { show: true, position: 'right', fontSize: 10 },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ xAxis: 100 }],
          label: { formatter: '目标', position: 'start' },
          lineStyle: { type: 'dashed', color: '#595959' },
        },
      },
    ],
  };
}
