/**
 * What a run produces: per enterprise its status, indicators (value, baseline, weight, score), rules applied with
 * their evidence, totals, rank, position and initial class (初评等级); per group the baselines and class counts;
 * and the run itself, which keeps its scheme, inputs and a digest so that it can be recomputed exactly.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { AppliedRule } from './apply-rules.ts';
import type { IndicatorBaseline } from './compute-baselines.ts';
import type { EvaluationInput } from './evaluation-input.ts';
import type { EvaluationScheme } from './evaluation-scheme.ts';
import type { MissingCause } from './indicator-value.ts';
import type { MissingPolicy } from './scheme-indicator.ts';

export interface IndicatorResult {
  indicatorId: string;
  /** In the indicator's unit; null when missing. */
  value: number | null;
  missingCause: MissingCause | null;
  /** The policy that gave the score when the value is missing. */
  missingPolicy: MissingPolicy['policy'] | null;
  baseline: number | null;
  range: { min: number; max: number } | null;
  weight: number;
  /** The weight after an excluded indicator's weight was spread over the others. */
  effectiveWeight: number;
  /** null when the indicator was excluded. */
  score: number | null;
  capped: boolean;
  floored: boolean;
}

export interface EvaluationResult {
  enterpriseId: string;
  uscc: string;
  name: string;
  reportingUnitId: string;
  /** The evaluated unit: the enterprise's id, or members' ids joined by "+" when merged on a shared parcel. */
  unitId: string;
  mergedWith: string[];
  status: 'rated' | 'unrated' | 'excluded';
  reason: { code: string; text: BilingualName } | null;
  groupId: string | null;
  segmentId: string | null;
  /** The unit's quantities in canonical units (null = missing). */
  quantities: Record<string, number | null>;
  indicators: IndicatorResult[];
  rules: AppliedRule[];
  indicatorTotal: number | null;
  bonus: number;
  penalty: number;
  rawTotal: number | null;
  total: number | null;
  rank: number | null;
  rankedCount: number | null;
  position: number | null;
  poolSize: number | null;
  positionShare: number | null;
  initialClass: string | null;
  vetoed: boolean;
}

export interface GroupSummary {
  groupId: string;
  baselines: IndicatorBaseline[];
  /** Mean score per indicator over rated units with a value (what group_mean_score gives). */
  meanScores: Record<string, number | null>;
  rated: number;
  unrated: number;
  classCounts: Record<string, number>;
}

export interface EvaluationRun {
  format: 'observatory/evaluation-run@1';
  engineVersion: number;
  schemeId: string;
  schemeVersion: number;
  year: number;
  scheme: EvaluationScheme;
  input: EvaluationInput;
  groups: GroupSummary[];
  results: EvaluationResult[];
  excluded: number;
  issues: string[];
  schemeDigest: string;
  inputDigest: string;
  /** Digest of the canonical JSON of everything above. */
  digest: string;
}
