/**
 * Starts loading ECharts and the county map while the cockpit's figures are still being computed by the server,
 * so the map is drawn as soon as its data arrives (otherwise the chart code is fetched only after the data).
 * The map data and the chart code load side by side. Failures are left to EChart, which shows them when it
 * loads the same modules.
 */
import { fetchJiaxingMap } from '../../charts/map-data.ts';

export function preloadMap(): void {
  fetchJiaxingMap().catch(() => {});
  void import('../../charts/echarts-basic-setup.ts').then((setup) => setup.ensureJiaxingMap()).catch(() => {});
}
