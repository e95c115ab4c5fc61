/** Rows of GET /api/statistics/clusters and /api/statistics/units (statistics.routes.ts), as the pages use them. */
import type { Bilingual } from '../../i18n/language.tsx';

export interface ClusterStatisticsRow {
  cluster: string;
  name: Bilingual;
  parent: string | null;
  depth: number;
  value: number | null;
  monthValue: number | null;
  base: number | null;
  yoy: number | null;
  derived: boolean;
  share: number | null;
  pull: number | null;
  contribution: number | null;
  rank: number | null;
  enterprises: number | null;
  suppressed: boolean;
}

export interface UnitStatisticsRow {
  unit: string;
  name: Bilingual;
  value: number | null;
  base: number | null;
  yoy: number | null;
  derived: boolean;
  share: number | null;
  pull: number | null;
  rankByValue: number | null;
  rankByGrowth: number | null;
  suppressed: boolean;
}

/** The page address of a cluster, keeping the period and audience chosen. */
export function clusterPath(system: string, cluster: string, query: Record<string, string | null>): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) parameters.set(key, value);
  const text = parameters.toString();
  return `/clusters/${encodeURIComponent(system)}/${encodeURIComponent(cluster)}${text ? `?${text}` : ''}`;
}
