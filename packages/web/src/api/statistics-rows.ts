/** Rows of GET /api/statistics/clusters and /api/statistics/units (statistics.routes.ts), shared by the pages. */
import type { Bilingual } from '../i18n/language.tsx';

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
