/**
 * The small set of Apache ECharts parts the cockpit needs (bars, the county map with its zone markers, axes,
 * tooltips, the SVG renderer), registered once, and the Jiaxing map fetched and registered under the name
 * 'jiaxing' on first use. The cockpit loads only this; echarts-setup.ts adds the other chart types for the other
 * pages on the same ECharts instance (chart-parts.ts decides which a chart needs).
 */
import { BarChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { fetchJiaxingMap } from './map-data.ts';

echarts.use([BarChart, MapChart, ScatterChart, GeoComponent, GridComponent, TooltipComponent, SVGRenderer]);

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
