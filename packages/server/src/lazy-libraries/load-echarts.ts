/**
 * ECharts for drawing charts on the server, imported on first use and kept: it costs ~740 ms to import and
 * only the bulletin draws charts. The first load registers the chart types and components that
 * `BulletinChartOption` (reports/bulletin/render-chart-svg.ts) allows, and the SVG renderer.
 */
import type * as ECharts from 'echarts/core';

let loading: Promise<typeof ECharts> | undefined;

async function importAndRegister(): Promise<typeof ECharts> {
  const [echarts, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  echarts.use([
    charts.BarChart,
    charts.LineChart,
    components.GridComponent,
    components.LegendComponent,
    components.MarkLineComponent,
    components.TitleComponent,
    renderers.SVGRenderer,
  ]);
  return echarts;
}

export function loadECharts(): Promise<typeof ECharts> {
  loading ??= importAndRegister();
  return loading;
}
