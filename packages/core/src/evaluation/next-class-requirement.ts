/**
 * The total a rated, not vetoed unit must reach for the next better class, from a finished run. Percentile
 * classes have fixed sizes, so moving up means passing the lowest unit of the better class in the same pool: its
 * total is the bar, reached with a tie when ties are favourable and exceeded when unfavourable. Threshold classes
 * have the better class's minimum score as the bar.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { EvaluationResult, EvaluationRun } from './evaluation-result.ts';

export interface ClassRequirement {
  classId: string;
  /** The bar on the ranking total (total or raw total, as the scheme ranks). */
  requiredTotal: number;
  /** True when the total must be strictly above the bar. */
  strictlyAbove: boolean;
  /** requiredTotal − current ranking total (≥ 0). */
  gap: number;
}

export type RequirementOutcome =
  { requirement: ClassRequirement; note: null } | { requirement: null; note: BilingualName };

const note = (zh: string, en: string): RequirementOutcome => ({ requirement: null, note: { zh, en } });

export function nextClassRequirement(run: EvaluationRun, result: EvaluationResult): RequirementOutcome {
  if (result.status !== 'rated' || result.initialClass === null) return note('未定等级', 'not graded');
  if (result.vetoed) return note('一票否决，分数不改变等级', 'vetoed: no score changes the class');
  const group = run.scheme.groups.find((g) => g.id === result.groupId)!;
  const classification = group.classification;
  const classes = classification.method === 'percentile' ? classification.cutoffs : classification.thresholds;
  const index = classes.findIndex((c) => c.class === result.initialClass);
  if (index <= 0) return note('已是最高等级', 'already in the top class');
  const better = classes[index - 1]!;
  const keyOf = (r: EvaluationResult) => (classification.rankOn === 'total' ? r.total! : r.rawTotal!);
  const current = keyOf(result);
  if (classification.method === 'threshold') {
    const bar = (better as { minScore: number }).minScore;
    return {
      requirement: { classId: better.class, requiredTotal: bar, strictlyAbove: false, gap: Math.max(0, bar - current) },
      note: null,
    };
  }
  const seen = new Set<string>();
  const pool = run.results.filter((r) => {
    const same =
      r.groupId === result.groupId &&
      r.status === 'rated' &&
      !r.vetoed &&
      (classification.within === 'group' || r.segmentId === result.segmentId) &&
      !seen.has(r.unitId);
    if (same) seen.add(r.unitId);
    return same;
  });
  const members = pool.filter((r) => r.initialClass === better.class);
  if (members.length === 0)
    return note(
      `本组 ${better.class} 类名额为 0，不能靠提高分数进入`,
      `class ${better.class} has no places in this pool`,
    );
  const bar = Math.min(...members.map(keyOf));
  const strictlyAbove = classification.ties.policy === 'unfavourable';
  return {
    requirement: { classId: better.class, requiredTotal: bar, strictlyAbove, gap: Math.max(0, bar - current) },
    note: null,
  };
}
