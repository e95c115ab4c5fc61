/** The shapes the cockpit reads: unit and cluster statistics rows, target progress, warnings (summary fields). */
import type { Bilingual } from '../../i18n/language.tsx';

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
  rank: number | null;
  enterprises: number | null;
  suppressed: boolean;
}

export type WarningSeverity = 'red' | 'orange' | 'yellow';

export interface WarningSummary {
  id: number;
  subject: { kind: string; id: string; name: Bilingual };
  reportingUnitId: string | null;
  period: string;
  severity: WarningSeverity;
  message: Bilingual;
  status: 'open' | 'acknowledged' | 'closed';
  openedAt: string;
}

export interface WarningList {
  lastRun: { action: string; actor: string; at: string } | null;
  warnings: WarningSummary[];
}
