/** The shapes the self-service page reads: the enterprise, its figures, runs, its result, appeals, corrections. */
import type { Bilingual } from '../../i18n/language.tsx';

export interface OwnEnterprise {
  uscc: string;
  name: string | null;
  nameHistory: { name: string; validFrom: string }[];
  reportingUnit: string;
  years: {
    year: number;
    reportingUnit: string;
    industryCode: string | null;
    aboveScale: boolean | null;
    inProduction: boolean | null;
  }[];
  land: { year: number; ownMu: number; rentedInMu: number; rentedOutMu: number; netMu: number };
}

export interface OwnObservation {
  measure: string;
  name: Bilingual;
  unit: string;
  period: string;
  value: string;
  baseValue: string | null;
  batchId: number;
  source: string;
  fileName: string | null;
  importedAt: string | null;
}

export interface EvaluationRunRecord {
  id: number;
  schemeId: string;
  year: number;
  status: string;
  publishedAt: string | null;
  appealDeadline: string | null;
}

export interface OwnAppeal {
  id: number;
  status: 'open' | 'awaiting_approval' | 'accepted' | 'rejected';
  reason: string;
  requestedClass: string | null;
  filedBy: string;
  filedAt: string;
  decisionReason: string | null;
  classBefore: string | null;
  classAfter: string | null;
}

export interface OwnResult {
  runId: number;
  uscc: string;
  initialClass: string | null;
  finalClass: string | null;
  explanation: {
    className?: Bilingual | null;
    result?: { total?: number | null; rank?: number | null; rankedCount?: number | null; status?: string };
    note?: Bilingual | null;
  };
  appeals: OwnAppeal[];
}

export interface CorrectionRequest {
  id: number;
  uscc: string;
  measure: string;
  measureName: Bilingual;
  period: string;
  currentValue: string | null;
  proposedValue: string;
  reason: string;
  filedBy: string;
  filedAt: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}
