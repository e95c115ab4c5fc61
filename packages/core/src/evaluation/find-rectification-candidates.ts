/**
 * Candidates for the rectification register (高耗低效企业整治, DOMAIN.md §6), from the runs of consecutive years:
 * an enterprise is listed when, in the latest year, its class is one the group's `rectification.classes` names (D),
 * or when its 亩均税收 (evaluation tax / net land) was under the group's floor (规上 10万元/亩, 规下 3万) in each of
 * the last `years` years. The floor test is exact: tax < floor × land on decimals. Each reason carries its evidence.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { EvaluationResult, EvaluationRun } from './evaluation-result.ts';
import { compareDecimals, decimalOf, multiplyDecimals } from './exact-decimal.ts';

export type RectificationReason =
  | { code: 'class'; classId: string; text: BilingualName }
  | {
      code: 'tax_per_mu_below_floor';
      years: { year: number; tax: number; landMu: number; floor: number }[];
      text: BilingualName;
    };

export interface RectificationCandidate {
  enterpriseId: string;
  uscc: string;
  name: string;
  reportingUnitId: string;
  year: number;
  groupId: string;
  classId: string | null;
  reasons: RectificationReason[];
}

type Rectification = NonNullable<EvaluationRun['scheme']['groups'][number]['rectification']>;

function rectificationOf(run: EvaluationRun, result: EvaluationResult): Rectification | null {
  return run.scheme.groups.find((g) => g.id === result.groupId)?.rectification ?? null;
}

function belowFloor(result: EvaluationResult, rule: Rectification, year: number) {
  const tax = result.quantities[rule.taxQuantity] ?? null;
  const land = result.quantities[rule.landQuantity] ?? null;
  if (tax === null || land === null || land <= 0) return null;
  const below = compareDecimals(decimalOf(tax), multiplyDecimals(decimalOf(rule.taxPerMuFloor), decimalOf(land))) < 0;
  return below ? { year, tax, landMu: land, floor: rule.taxPerMuFloor } : null;
}

export function findRectificationCandidates(
  runs: readonly EvaluationRun[],
  finalClasses: Readonly<Record<number, Readonly<Record<string, string>>>> = {},
): RectificationCandidate[] {
  if (runs.length === 0) return [];
  const latest = runs.reduce((a, b) => (b.year > a.year ? b : a));
  const byYear = new Map(
    runs.map((run) => [run.year, { run, results: new Map(run.results.map((r) => [r.enterpriseId, r])) }]),
  );
  const candidates: RectificationCandidate[] = [];
  for (const result of latest.results) {
    const rule = rectificationOf(latest, result);
    if (result.status !== 'rated' || rule === null) continue;
    const classId = finalClasses[latest.year]?.[result.enterpriseId] ?? result.initialClass;
    const reasons: RectificationReason[] = [];
    if (classId !== null && rule.classes.includes(classId))
      reasons.push({
        code: 'class',
        classId,
        text: { zh: `亩均评价 ${classId} 类`, en: `evaluated class ${classId}` },
      });
    const evidence = [];
    for (let k = 0; k < rule.years; k++) {
      const run = byYear.get(latest.year - k)?.run;
      const earlier = byYear.get(latest.year - k)?.results.get(result.enterpriseId);
      const hit = run && earlier ? belowFloor(earlier, rectificationOf(run, earlier) ?? rule, run.year) : null;
      if (hit === null) break;
      evidence.push(hit);
    }
    if (evidence.length === rule.years) {
      const floor = rule.taxPerMuFloor / 10000;
      reasons.push({
        code: 'tax_per_mu_below_floor',
        years: evidence.reverse(),
        text: {
          zh: `连续 ${rule.years} 年亩均税收低于 ${floor} 万元/亩`,
          en: `tax per mu under ${floor} 万元/亩 for ${rule.years} years running`,
        },
      });
    }
    if (reasons.length > 0)
      candidates.push({
        enterpriseId: result.enterpriseId,
        uscc: result.uscc,
        name: result.name,
        reportingUnitId: result.reportingUnitId,
        year: latest.year,
        groupId: result.groupId!,
        classId,
        reasons,
      });
  }
  return candidates;
}
