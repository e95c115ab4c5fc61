/** The explanation of one enterprise's result (GET /api/evaluation/runs/{id}/enterprises/{uscc}; core explain-result). */
import type { Bilingual } from '../../i18n/language.tsx';

export interface IndicatorExplanation {
  indicatorId: string;
  name: Bilingual;
  unitLabel: string;
  value: number | null;
  missingCause: string | null;
  missingPolicy: string | null;
  baseline: number | null;
  range: { min: number; max: number } | null;
  weight: number;
  effectiveWeight: number;
  score: number | null;
  maxScore: number | null;
  capped: boolean;
  floored: boolean;
}

export interface AppliedRule {
  ruleId: string;
  kind: string;
  points: number;
  forceClass: string | null;
  evidence: { tag: string; id?: string | null; date?: string | null; source?: string | null }[];
}

export interface ExplainedResult {
  enterpriseId: string;
  uscc: string;
  name: string;
  reportingUnitId: string;
  unitId: string;
  mergedWith: string[];
  status: 'rated' | 'unrated' | 'excluded';
  reason: { code: string; text: Bilingual } | null;
  groupId: string | null;
  segmentId: string | null;
  total: number | null;
  indicatorTotal: number | null;
  bonus: number;
  penalty: number;
  vetoed: boolean;
  rank: number | null;
  rankedCount: number | null;
  positionShare: number | null;
  initialClass: string | null;
}

export interface NextClassRequirement {
  classId: string;
  className: Bilingual;
  requiredTotal: number;
  strictlyAbove: boolean;
  gap: number;
  steps: { indicatorId: string; currentValue: number | null; requiredValue: number | null; feasible: boolean }[];
  quantities: { quantity: string; current: number; increase: number | null; indicators: string[] }[];
}

export interface ResultExplanation {
  result: ExplainedResult;
  className: Bilingual | null;
  indicators: IndicatorExplanation[];
  bonuses: AppliedRule[];
  penalties: AppliedRule[];
  veto: AppliedRule | null;
  nextClass: NextClassRequirement | null;
  note: Bilingual | null;
}

export interface EnterpriseEvaluation {
  runId: number;
  uscc: string;
  initialClass: string | null;
  finalClass: string | null;
  explanation: ResultExplanation;
  regrades: {
    id: number;
    fromClass: string;
    toClass: string;
    reason: string;
    requestedBy: string;
    approvedBy: string | null;
    at: string;
  }[];
  appeals: {
    id: number;
    status: string;
    reason: string;
    filedBy: string;
    filedAt: string;
    decisionReason: string | null;
    classBefore: string | null;
    classAfter: string | null;
  }[];
}
