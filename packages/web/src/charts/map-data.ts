/**
 * The county map's GeoJSON (GET /geo/330400.json: the shipped map or the official file the server is given),
 * fetched once per page load and shared: the cockpit starts the fetch while the chart code is still loading,
 * and echarts-basic-setup registers the same data. A failed fetch is forgotten, so a later attempt tries again.
 */
let loading: Promise<unknown> | null = null;

export function fetchJiaxingMap(): Promise<unknown> {
  loading ??= fetch('/geo/330400.json')
    .then((response) => {
      if (!response.ok) throw new Error(`地图数据无法加载 (map data not available): ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
