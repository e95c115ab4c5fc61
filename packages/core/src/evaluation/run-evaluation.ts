/**
 * Running an evaluation: scheme + inputs → every enterprise's indicators, scores, total, rank, position and initial
 * class, the unrated with their reasons, per-group baselines, and a digest over all of it (canonical JSON hashed
 * with SHA-256 unless another digest function is given). Pure: the same scheme and inputs give the same run and
 * digest, whatever order the enterprises came in; `verifyEvaluationRun` recomputes a stored run to prove it.
 */
import { canonicalJson } from './canonical-json.ts';
import type { EvaluationResult, EvaluationRun, GroupSummary } from './evaluation-result.ts';
import { normaliseEvaluationInput, type EvaluationInputDocument } from './evaluation-input.ts';
import type { EvaluationScheme, EvaluationSchemeDocument } from './evaluation-scheme.ts';
import { decimalToNumber } from './exact-decimal.ts';
import { requireEvaluationScheme } from './parse-evaluation-scheme.ts';
import { prepareEvaluation, type PreparedUnit } from './prepare-evaluation.ts';
import { scoreEvaluation, type UnitScore } from './score-evaluation.ts';
import { sha256Hex } from './sha256.ts';

export const EVALUATION_ENGINE_VERSION = 1;

export interface RunOptions {
  /** Digest of a text; SHA-256 (hex) by default. */
  digest?: (text: string) => string;
}

function resultsOf(unit: PreparedUnit, score: UnitScore | undefined): EvaluationResult[] {
  const quantities = Object.fromEntries(
    [...unit.quantities].map(([id, value]) => [id, value === null ? null : decimalToNumber(value)]),
  );
  const placement = score?.placement;
  return unit.unit.members.map((member) => ({
    enterpriseId: member.enterpriseId,
    uscc: member.uscc,
    name: member.name,
    reportingUnitId: member.reportingUnitId,
    unitId: unit.unit.unitId,
    mergedWith: unit.unit.members.filter((m) => m !== member).map((m) => m.enterpriseId),
    status: unit.status,
    reason: unit.reason,
    groupId: unit.group?.id ?? null,
    segmentId: unit.segmentId,
    quantities,
    indicators:
      score?.indicators ??
      unit.values.map((value, i) => ({
        indicatorId: unit.group!.indicators[i]!.id,
        value: value.value,
        missingCause: value.cause,
        missingPolicy: null,
        baseline: null,
        range: null,
        weight: unit.group!.indicators[i]!.weight,
        effectiveWeight: 0,
        score: null,
        capped: false,
        floored: false,
      })),
    rules: unit.rules.applied,
    indicatorTotal: score?.indicatorTotal ?? null,
    bonus: score?.bonus ?? 0,
    penalty: score?.penalty ?? 0,
    rawTotal: score?.rawTotal ?? null,
    total: score?.total ?? null,
    rank: placement?.rank ?? null,
    rankedCount: placement?.rankedCount ?? null,
    position: placement?.position ?? null,
    poolSize: placement?.poolSize ?? null,
    positionShare: placement?.positionShare ?? null,
    initialClass: placement?.classId ?? null,
    vetoed: unit.rules.vetoClass !== null,
  }));
}

export function runEvaluation(
  schemeDocument: EvaluationScheme | EvaluationSchemeDocument,
  inputDocument: EvaluationInputDocument,
  options: RunOptions = {},
): EvaluationRun {
  const digest = options.digest ?? sha256Hex;
  const scheme = requireEvaluationScheme(schemeDocument);
  const input = normaliseEvaluationInput(inputDocument);
  const issues: string[] = [];
  if (input.year !== scheme.year)
    issues.push(`输入年份 ${input.year} 与方案年份 ${scheme.year} 不同 (input year differs from the scheme's)`);
  const prepared = prepareEvaluation(scheme, input);
  const { scores, groups } = scoreEvaluation(prepared);
  const results = prepared.units
    .flatMap((unit) => resultsOf(unit, scores.get(unit)))
    .sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));
  const summaries: GroupSummary[] = groups.map(({ group, baselines, meanScores, rated }) => {
    const classCounts: Record<string, number> = {};
    for (const unit of rated) {
      const classId = scores.get(unit)!.placement.classId;
      classCounts[classId] = (classCounts[classId] ?? 0) + 1;
    }
    group.indicators.forEach((indicator, i) => {
      if (meanScores[i] === null && indicator.missing.policy === 'group_mean_score' && rated.length > 0)
        issues.push(
          `${group.id}.${indicator.id}: 无企业有数据，均值得分按 0 计 (no firm has data; mean score taken as 0)`,
        );
    });
    return {
      groupId: group.id,
      baselines,
      meanScores: Object.fromEntries(group.indicators.map((indicator, i) => [indicator.id, meanScores[i] ?? null])),
      rated: rated.length,
      unrated: prepared.units.filter((u) => u.group === group && u.status === 'unrated').length,
      classCounts,
    };
  });
  const body = {
    format: 'observatory/evaluation-run@1' as const,
    engineVersion: EVALUATION_ENGINE_VERSION,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    year: scheme.year,
    scheme,
    input,
    groups: summaries,
    results,
    excluded: prepared.units.filter((u) => u.status === 'excluded').length,
    issues,
    schemeDigest: digest(canonicalJson(scheme)),
    inputDigest: digest(canonicalJson(input)),
  };
  return { ...body, digest: digest(canonicalJson(body)) };
}

export interface RunVerification {
  /** The stored digest matches the stored content (nothing was altered). */
  intact: boolean;
  /** Recomputing from the stored scheme and inputs gives the same digest. */
  reproducible: boolean;
  recomputedDigest: string;
}

export function verifyEvaluationRun(run: EvaluationRun, options: RunOptions = {}): RunVerification {
  const digest = options.digest ?? sha256Hex;
  const { digest: stored, ...body } = run;
  const recomputed = runEvaluation(run.scheme, run.input, options);
  return {
    intact: digest(canonicalJson(body)) === stored,
    reproducible: recomputed.digest === stored,
    recomputedDigest: recomputed.digest,
  };
}
