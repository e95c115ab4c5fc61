/**
 * The cockpit's map, early: the county map's data is fetched as soon as the cockpit's code runs, and the chart code
 * (prefetched by index.html, not yet run) is run once the page has asked the server for its figures, so that the
 * browser parses it while the server computes them rather than before it asks. Failures are left to EChart, which
 * shows them when it loads the same modules.
 */
import { fetchJiaxingMap } from '../../charts/map-data.ts';

export function preloadMapData(): void {
  fetchJiaxingMap().catch(() => {});
}

export function preloadChartCode(): void {
  void import('../../charts/echarts-basic-setup.ts').then((setup) => setup.ensureJiaxingMap()).catch(() => {});
}
