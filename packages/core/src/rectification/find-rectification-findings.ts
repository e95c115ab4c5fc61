/**
 * Applies the data rules (rectification-rules.ts) to firms' stored facts: for each firm, every rule it meets in the
 * latest year with its evidence (the years and values that made it). The floor and quota tests are exact on
 * decimals: tax < floor × land; energy × 10000 > allowed × value added. A missing value never makes a finding.
 */
import { compareDecimals, decimalOf, multiplyDecimals } from '../evaluation/exact-decimal.ts';
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { RectificationRule } from './rectification-rules.ts';

export interface RectificationFirmYear {
  year: number;
  aboveScale: boolean | null;
  /** 元 (评价税收). */
  taxYuan: number | null;
  /** Net land, 亩. */
  landMu: number | null;
  /** 吨标煤. */
  energyTce: number | null;
  /** 元. */
  valueAddedYuan: number | null;
}

export interface RectificationFirmFacts {
  uscc: string;
  name: string;
  reportingUnitId: string;
  /** Final class in the latest published evaluation, if any. */
  classId: string | null;
  years: readonly RectificationFirmYear[];
}

export type RectificationEvidence =
  | { kind: 'evaluation_class'; classId: string }
  | {
      kind: 'tax_per_mu_below';
      years: { year: number; taxYuan: number; landMu: number; floorYuanPerMu: number }[];
    }
  | { kind: 'energy_over_quota'; year: number; energyTce: number; quotaTce: number; valueAddedYuan: number };

export interface RectificationFinding {
  ruleId: string;
  ruleName: BilingualName;
  evidence: RectificationEvidence;
  text: BilingualName;
}

export interface RectificationCandidateFirm {
  uscc: string;
  name: string;
  reportingUnitId: string;
  year: number;
  findings: RectificationFinding[];
}

const below = (value: number, floor: number, per: number) =>
  compareDecimals(decimalOf(value), multiplyDecimals(decimalOf(floor), decimalOf(per))) < 0;

function taxFinding(
  rule: Extract<RectificationRule, { kind: 'tax_per_mu_below' }>,
  firm: RectificationFirmFacts,
  year: number,
) {
  const evidence = [];
  for (let k = rule.years - 1; k >= 0; k--) {
    const y = firm.years.find((entry) => entry.year === year - k);
    if (!y || y.taxYuan === null || y.landMu === null || y.landMu <= 0 || y.aboveScale === null) return null;
    const floor = y.aboveScale ? rule.floors.aboveScale : rule.floors.belowScale;
    if (!below(y.taxYuan, floor, y.landMu)) return null;
    evidence.push({ year: y.year, taxYuan: y.taxYuan, landMu: y.landMu, floorYuanPerMu: floor });
  }
  const floors = [...new Set(evidence.map((e) => e.floorYuanPerMu / 10_000))].join('/');
  return {
    evidence: { kind: 'tax_per_mu_below' as const, years: evidence },
    text: {
      zh: `连续 ${rule.years} 年亩均税收低于 ${floors} 万元/亩`,
      en: `tax per 亩 under ${floors} 万元/亩 for ${rule.years} years running`,
    },
  };
}

function energyFinding(
  rule: Extract<RectificationRule, { kind: 'energy_over_quota' }>,
  firm: RectificationFirmFacts,
  year: number,
) {
  const y = firm.years.find((entry) => entry.year === year);
  if (!y || y.energyTce === null || y.valueAddedYuan === null || y.valueAddedYuan <= 0) return null;
  if (y.energyTce < rule.minEnergyTce) return null;
  const energy = multiplyDecimals(decimalOf(y.energyTce), decimalOf(10_000));
  const allowed = multiplyDecimals(decimalOf(rule.tcePerTenThousandYuan), decimalOf(y.valueAddedYuan));
  if (compareDecimals(energy, allowed) <= 0) return null;
  const quotaTce = (rule.tcePerTenThousandYuan * y.valueAddedYuan) / 10_000;
  return {
    evidence: {
      kind: 'energy_over_quota' as const,
      year,
      energyTce: y.energyTce,
      quotaTce,
      valueAddedYuan: y.valueAddedYuan,
    },
    text: {
      zh: `${year}年能耗超出限额（${rule.tcePerTenThousandYuan} 吨标煤/万元增加值）`,
      en: `${year} energy use over quota (${rule.tcePerTenThousandYuan} tce per 万元 value added)`,
    },
  };
}

function findingOf(rule: RectificationRule, firm: RectificationFirmFacts, year: number): RectificationFinding | null {
  const made =
    rule.kind === 'evaluation_class'
      ? firm.classId !== null && rule.classes.includes(firm.classId)
        ? {
            evidence: { kind: 'evaluation_class' as const, classId: firm.classId },
            text: { zh: `亩均评价 ${firm.classId} 类`, en: `evaluated class ${firm.classId}` },
          }
        : null
      : rule.kind === 'tax_per_mu_below'
        ? taxFinding(rule, firm, year)
        : energyFinding(rule, firm, year);
  return made === null ? null : { ruleId: rule.id, ruleName: rule.name, ...made };
}

/** Firms meeting at least one rule in `year`, in the order given. */
export function findRectificationFindings(
  rules: readonly RectificationRule[],
  firms: readonly RectificationFirmFacts[],
  year: number,
): RectificationCandidateFirm[] {
  const found: RectificationCandidateFirm[] = [];
  for (const firm of firms) {
    const findings = rules.flatMap((rule) => findingOf(rule, firm, year) ?? []);
    if (findings.length > 0)
      found.push({ uscc: firm.uscc, name: firm.name, reportingUnitId: firm.reportingUnitId, year, findings });
  }
  return found;
}
