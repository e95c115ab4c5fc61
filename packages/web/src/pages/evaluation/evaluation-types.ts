/** The shapes the evaluation API answers with (packages/server/src/http/routes/evaluation*.routes.ts). */
import type { Bilingual } from '../../i18n/language.tsx';

export type RunStatus = 'draft' | 'in_review' | 'published';

export interface EvaluationRunRecord {
  id: number;
  schemeId: string;
  schemeVersion: number;
  year: number;
  region: string | null;
  status: RunStatus;
  digest: string;
  schemeDigest: string;
  inputDigest: string;
  createdBy: string;
  createdAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
  appealDeadline: string | null;
}

export interface EvaluationScheme {
  id: string;
  version: number;
  year: number;
  region: string | null;
  name: Bilingual;
  digest: string;
  file: string | null;
  loadedAt: string;
}

export type ResultStatus = 'rated' | 'unrated' | 'excluded';

export interface EvaluationResultRow {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  unitId: string;
  groupId: string | null;
  status: ResultStatus;
  total: number | null;
  rank: number | null;
  percentile: number | null;
  initialClass: string | null;
  finalClass: string | null;
  reason: { code: string; zh: string; en: string } | null;
}

export interface EvaluationGroupSummary {
  groupId: string;
  rated: number;
  unrated: number;
  classCounts: Record<string, number>;
}

export interface EvaluationRunDetail extends EvaluationRunRecord {
  issues: string[];
  excluded: number;
  groups: EvaluationGroupSummary[];
  results: EvaluationResultRow[];
}

export interface RunVerification {
  runId: number;
  digest: string;
  recomputedDigest: string;
  intact: boolean;
  reproducible: boolean;
  inputDigest: string;
  currentInputDigest: string;
  inputChangedSince: boolean;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

export interface EvaluationApproval {
  id: number;
  kind: 'regrade' | 'appeal';
  runId: number;
  uscc: string;
  reportingUnit: string;
  appealId: number | null;
  fromClass: string;
  toClass: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: ApprovalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export type AppealStatus = 'open' | 'awaiting_approval' | 'accepted' | 'rejected';

export interface EvaluationAppeal {
  id: number;
  runId: number;
  uscc: string;
  reportingUnit: string;
  status: AppealStatus;
  reason: string;
  requestedClass: string | null;
  filedBy: string;
  filedAt: string;
  decisionReason: string | null;
  decidedBy: string | null;
  approvedBy: string | null;
  decidedAt: string | null;
  classBefore: string | null;
  classAfter: string | null;
  pendingChange: { approvalId: number; fromClass: string; toClass: string; reason: string; requestedBy: string } | null;
}

export interface EvaluationEvent {
  id: number;
  action: string;
  actor: string;
  at: string;
  enterpriseId: number | null;
  reportingUnit: string | null;
  details: Record<string, unknown>;
}

export interface LedgerTotal {
  kind: string;
  direction: 'benefit' | 'charge' | string;
  unit: string | null;
  amount: number;
  enterprises: number;
  entries: number;
  withoutAmount: number;
}

export interface LedgerEntry {
  uscc: string;
  leverName: Bilingual;
  kind: string;
  direction: string;
}

export interface EvaluationLedger {
  runId: number;
  year: number;
  historyRuns: { runId: number; year: number }[];
  entries: LedgerEntry[];
  totals: LedgerTotal[];
}

export interface RectificationCandidate {
  enterpriseId: string;
  uscc: string;
  name: string | null;
  reportingUnitId: string;
  classId: string | null;
  reasons: { code: string; text: Bilingual }[];
}

export interface EvaluationCandidates {
  runId: number;
  year: number;
  years: number[];
  candidates: RectificationCandidate[];
}

export interface RobustnessEnterprise {
  enterpriseId: string;
  unitId: string;
  groupId: string;
  initialClass: string | null;
  stayShare: number;
  classShares: Record<string, number>;
  fragile: boolean;
}

export interface EvaluationRobustness {
  runId: number;
  options: { draws: number; weightSpread: number; baselineSpread: number; stabilityThreshold: number };
  enterprises: RobustnessEnterprise[];
  fragileCount: number;
}
