/**
 * Starts loading ECharts and the county map while the cockpit's figures are still being computed by the server,
 * so the map is drawn as soon as its data arrives (otherwise the chart code is fetched only after the data).
 * Failures are left to EChart, which shows them when it loads the same modules.
 */
export function preloadMap(): void {
  void import('../../charts/echarts-setup.ts').then((setup) => setup.ensureJiaxingMap()).catch(() => {});
}
