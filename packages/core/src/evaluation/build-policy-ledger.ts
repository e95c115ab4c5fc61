/**
 * The differentiated-policy ledger (差别化政策台账) of a run: for every rated enterprise, each lever its class brings
 * (the final class after 调档 where given, else the initial class), with the number of consecutive years in the
 * lever's classes (from the class history), the rate step that applies, the basis (the enterprise's own quantity,
 * e.g. its kWh) and the amount, exact and rounded to the lever's decimals. A missing basis gives no amount, never 0.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { CANONICAL_UNITS } from '../units/index.ts';
import { computeQuantities } from './compute-quantities.ts';
import type { EvaluationRun } from './evaluation-result.ts';
import { decimalOf, decimalToNumber, multiplyDecimals, roundDecimalRatio } from './exact-decimal.ts';
import type { LeverKind } from './scheme-lever.ts';
import { effectiveQuantities } from './scheme-quantity.ts';
import { buildEvaluationUnit } from './evaluation-unit.ts';

export interface ClassHistoryEntry {
  enterpriseId: string;
  year: number;
  /** The final class of that year. */
  classId: string;
}

export interface PolicyLedgerEntry {
  enterpriseId: string;
  uscc: string;
  name: string;
  reportingUnitId: string;
  year: number;
  classId: string;
  leverId: string;
  leverName: BilingualName;
  kind: LeverKind;
  direction: 'benefit' | 'charge';
  consecutiveYears: number;
  rate: number | null;
  basis: string | null;
  basisValue: number | null;
  /** Canonical units (see `unit`); null when the lever has no rate or its basis is missing. */
  amount: number | null;
  unit: (typeof CANONICAL_UNITS)[keyof typeof CANONICAL_UNITS] | null;
  origin: 'computed' | 'recorded';
  note: BilingualName | null;
}

export interface LedgerOptions {
  history?: readonly ClassHistoryEntry[];
  /** Final class (调档后等级) per enterprise id, where it differs from the initial class or is known. */
  finalClasses?: Readonly<Record<string, string>>;
}

export function buildPolicyLedger(run: EvaluationRun, options: LedgerOptions = {}): PolicyLedgerEntry[] {
  const history = new Map((options.history ?? []).map((h) => [`${h.enterpriseId}@${h.year}`, h.classId]));
  const definitions = effectiveQuantities(run.scheme.quantities);
  const enterprises = new Map(run.input.enterprises.map((e) => [e.enterpriseId, e]));
  const entries: PolicyLedgerEntry[] = [];
  for (const result of run.results) {
    const classId = options.finalClasses?.[result.enterpriseId] ?? result.initialClass;
    if (result.status !== 'rated' || classId === null) continue;
    const member = enterprises.get(result.enterpriseId)!;
    const quantities = computeQuantities(buildEvaluationUnit([member]).measures, definitions);
    for (const lever of run.scheme.levers) {
      if (!lever.classes.includes(classId)) continue;
      if (lever.groups !== null && !lever.groups.includes(result.groupId!)) continue;
      let consecutiveYears = 1;
      while (lever.classes.includes(history.get(`${result.enterpriseId}@${run.year - consecutiveYears}`) ?? ''))
        consecutiveYears++;
      const step = lever.rate?.steps.filter((s) => s.fromConsecutiveYears <= consecutiveYears).at(-1) ?? null;
      const basisValue = lever.rate ? (quantities.get(lever.rate.basis) ?? null) : null;
      const amount =
        lever.rate && step && basisValue !== null
          ? roundDecimalRatio(
              multiplyDecimals(decimalOf(step.value), basisValue),
              decimalOf(1),
              lever.rate.amountDecimals,
              'half_up',
            )
          : null;
      const note =
        lever.rate && basisValue === null
          ? { zh: `计费依据 ${lever.rate.basis} 缺失`, en: `basis ${lever.rate.basis} missing` }
          : lever.rate && !step
            ? { zh: '连续年数未达任何档次', en: 'no step applies for these consecutive years' }
            : null;
      entries.push({
        enterpriseId: result.enterpriseId,
        uscc: result.uscc,
        name: result.name,
        reportingUnitId: result.reportingUnitId,
        year: run.year,
        classId,
        leverId: lever.id,
        leverName: lever.name,
        kind: lever.kind,
        direction: lever.direction,
        consecutiveYears,
        rate: step?.value ?? null,
        basis: lever.rate?.basis ?? null,
        basisValue: basisValue === null ? null : decimalToNumber(basisValue),
        amount,
        unit: (lever.rate?.amountUnit as PolicyLedgerEntry['unit']) ?? null,
        origin: 'computed',
        note,
      });
    }
  }
  return entries;
}
