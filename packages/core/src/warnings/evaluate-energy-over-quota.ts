/**
 * energy_over_quota: a subject's energy use (吨标煤, tce) is over the quota the rule gives for it, or its
 * energy per 万元 of output is over the rule's ceiling; the ladder grades the excess in % (strictly over).
 * Subjects without a quota are not evaluated; a rule whose quotas match no subject is not evaluable.
 */
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  fixed,
  missingData,
  notEvaluable,
  type RuleOutcome,
  type SkippedSubject,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface EnergyInput {
  /** Energy in tce and output in 元 of the period (null when missing). */
  subjects: readonly { subject: WarningSubject; energy: number | null; output: number | null }[];
}

export function evaluateEnergyOverQuota(rule: WarningRule, input: EnergyInput): RuleOutcome {
  const { quotas, intensityCeiling } = rule.parameters;
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  let checked = 0;
  for (const { subject, energy, output } of input.subjects) {
    const quota = quotas?.[subject.id];
    if (quota === undefined && intensityCeiling === undefined) continue;
    checked++;
    if (energy === null || (quota === undefined && (output === null || output <= 0))) {
      skipped.push(missingData(subject, { zh: '能耗或产值', en: 'energy use or output' }));
      continue;
    }
    const usesQuota = quota !== undefined;
    const measured = usesQuota ? energy : energy / (output! / 10_000);
    const limit = usesQuota ? quota : intensityCeiling!;
    const excessPercent = ((measured - limit) / limit) * 100;
    const grade = gradeSeverity(excessPercent, rule.severity, 'gt');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject,
      severity: grade.severity,
      figures: usesQuota
        ? { energyTce: energy, quotaTce: quota, excessPercent, thresholdPercent: grade.threshold }
        : {
            energyTce: energy,
            output: output,
            tcePer10kYuan: measured,
            ceiling: limit,
            excessPercent,
            thresholdPercent: grade.threshold,
          },
      message: usesQuota
        ? {
            zh: `能耗${fixed(energy, 0)}吨标煤，超出限额${fixed(excessPercent)}%`,
            en: `energy use ${fixed(energy, 0)} tce, ${fixed(excessPercent)}% over quota`,
          }
        : {
            zh: `单位产值能耗${fixed(measured, 3)}吨标煤/万元，超出上限${fixed(excessPercent)}%`,
            en: `energy per output ${fixed(measured, 3)} tce per 10k yuan, ${fixed(excessPercent)}% over the ceiling`,
          },
    });
  }
  if (checked === 0)
    return notEvaluable(rule, { zh: '规则未给出任何适用对象的限额', en: 'the rule gives no quota for any subject' });
  return evaluated(rule, findings, skipped);
}
