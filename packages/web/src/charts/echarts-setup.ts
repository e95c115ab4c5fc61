/**
 * Every Apache ECharts part the pages use (modular import: only these go into the bundle): the cockpit's basic
 * set (echarts-basic-setup.ts) plus lines, pies, graphs, custom series, effect markers, zoom, legends, mark lines,
 * titles and visual maps, registered on the same ECharts instance.
 */
import { CustomChart, EffectScatterChart, GraphChart, LineChart, PieChart } from 'echarts/charts';
import {
  DataZoomComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
} from 'echarts/components';
import { echarts, ensureJiaxingMap } from './echarts-basic-setup.ts';

echarts.use([
  CustomChart,
  EffectScatterChart,
  GraphChart,
  LineChart,
  PieChart,
  DataZoomComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapComponent,
]);

export { echarts, ensureJiaxingMap };
