/** The shapes the cockpit reads: unit and cluster statistics rows, target progress, warnings (summary fields). */
import type { Bilingual } from '../../i18n/language.tsx';

export type { ClusterStatisticsRow, UnitStatisticsRow } from '../../api/statistics-rows.ts';

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
