/** The shapes of the warnings API (GET /api/warnings, POST …/run, GET /api/warnings/rules). */
import type { Bilingual } from '../../i18n/language.tsx';

export type WarningSeverity = 'red' | 'orange' | 'yellow';
export type WarningStatus = 'open' | 'acknowledged' | 'closed';

export interface Warning {
  id: number;
  ruleId: string;
  ruleDigest: string;
  kind: string;
  subject: { kind: string; id: string; name: Bilingual };
  reportingUnitId: string | null;
  period: string;
  severity: WarningSeverity;
  figures: Record<string, unknown>;
  message: Bilingual;
  owner: string;
  status: WarningStatus;
  openedAt: string;
  lastSeenAt: string;
  clearedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  closeNote: string | null;
}

export interface WarningList {
  lastRun: { action: string; actor: string; at: string; details: Record<string, unknown> } | null;
  warnings: Warning[];
}

export interface WarningRunSummary {
  period: { year: number; month: number } | null;
  ruleSetDigest: string;
  opened: number;
  raised: number;
  seenAgain: number;
  cleared: number;
  rules: {
    ruleId: string;
    kind: string;
    evaluable: boolean;
    reason: Bilingual | null;
    findings: number;
    skipped: number;
  }[];
}

export interface WarningRuleSet {
  digest: string;
  source: string;
  loadedAt: string;
  rules: Record<string, unknown>[];
}

export interface ReportingUnit {
  id: string;
  name: Bilingual;
}
