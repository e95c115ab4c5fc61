/** The shape GET /api/targets answers (targets.routes.ts). Values in the target's canonical unit (元, 元/亩, ratio, count). */
import type { Bilingual } from '../../i18n/language.tsx';

export type TargetSource = 'statistics' | 'register' | 'manual' | 'unavailable';

export interface ManualActual {
  year: number;
  value: number;
  sourceText: string;
  recordedBy: string;
  recordedAt: string;
}

export interface SystemTarget {
  targetId: string;
  clusterId: string | null;
  clusterName: Bilingual | null;
  name: Bilingual;
  indicator: string;
  reading: 'count' | 'yearly' | 'rate' | 'level';
  section: { id: string; order: number; name: Bilingual };
  targetYear: number;
  deadline: string;
  writtenValue: number;
  writtenUnit: string;
  targetValue: number;
  unit: string;
  actualYear: number | null;
  actualValue: number | null;
  progress: number | null;
  requiredAnnualGrowth: number | null;
  actualAnnualGrowth: number | null;
  projectedValue: number | null;
  onTrack: boolean | null;
  source: TargetSource;
  basis: Bilingual | null;
  unavailable: Bilingual | null;
  owner: string | null;
  document: string | null;
  manual: ManualActual | null;
}

export interface SystemTargets {
  systemId: string;
  systemName: Bilingual;
  year: number;
  targets: SystemTarget[];
}
