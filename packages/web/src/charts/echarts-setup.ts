/**
 * The parts of Apache ECharts the cockpit uses, registered once (modular import: only these go into the bundle),
 * and the Jiaxing map fetched and registered under the name 'jiaxing' on first use.
 */
import {
  BarChart,
  CustomChart,
  EffectScatterChart,
  GraphChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
} from 'echarts/charts';
import {
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { fetchJiaxingMap } from './map-data.ts';

echarts.use([
  BarChart,
  CustomChart,
  EffectScatterChart,
  GraphChart,
  LineChart,
  MapChart,
  PieChart,
  ScatterChart,
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export { echarts };

let mapLoading: Promise<void> | null = null;

/** Registers the county map once; the server serves the shipped one or an official file (OBSERVATORY_MAP_GEOJSON). */
export function ensureJiaxingMap(): Promise<void> {
  mapLoading ??= fetchJiaxingMap()
    .then((geoJson) => {
      echarts.registerMap('jiaxing', geoJson as Parameters<typeof echarts.registerMap>[1]);
    })
    .catch((error: unknown) => {
      mapLoading = null;
      throw error;
    });
  return mapLoading;
}
