/** Rows of GET /api/statistics/clusters and /api/statistics/units (statistics.routes.ts), as the pages use them. */

export type { ClusterStatisticsRow, UnitStatisticsRow } from '../../api/statistics-rows.ts';

/** The page address of a cluster, keeping the period and audience chosen. */
export function clusterPath(system: string, cluster: string, query: Record<string, string | null>): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) parameters.set(key, value);
  const text = parameters.toString();
  return `/clusters/${encodeURIComponent(system)}/${encodeURIComponent(cluster)}${text ? `?${text}` : ''}`;
}
