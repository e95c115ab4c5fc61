/**
 * The one place that creates ECharts instances: an option drawn to an SVG string on the server (no DOM),
 * the instance disposed at once. ECharts is imported on first use (lazy-libraries/load-echarts.ts registers
 * the chart types and components below); load the renderer once, then draw any number of charts with it.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { loadECharts } from '../../lazy-libraries/load-echarts.ts';

export type BulletinChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
>;

export interface ChartSize {
  width: number;
  height: number;
}

/** Draws a chart as a standalone <svg> element of the given size in CSS pixels. */
export type ChartSvgRenderer = (option: BulletinChartOption, size?: ChartSize) => string;

/** Loads ECharts (once per process) and returns the function that draws charts with it. */
export async function loadChartSvgRenderer(): Promise<ChartSvgRenderer> {
  const echarts = await loadECharts();
  return (option, size = { width: 680, height: 300 }) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
    try {
      chart.setOption(option);
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  };
}
