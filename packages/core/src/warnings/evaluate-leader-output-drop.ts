/**
 * leader_output_drop: a chain leader's output falls at least y % year on year. Until the chain register exists
 * the leaders are the USCCs listed in the rule or else each cluster's top N firms by output (ties by USCC).
 * A leader without a comparable base (or with a base of 0) is not evaluable; a listed USCC absent from the
 * period's reports is reported as missing, never passed.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { gradeSeverity } from './severity-ladder.ts';
import {
  evaluated,
  fixed,
  missingData,
  type RuleOutcome,
  type SkippedSubject,
  type WarningFinding,
  type WarningSubject,
} from './warning-finding.ts';
import type { WarningRule } from './warning-rule.ts';

export interface LeaderFirm {
  /** kind 'enterprise', id the USCC. */
  subject: WarningSubject;
  value: number | null;
  base: number | null;
}

export interface LeaderOutputInput {
  clusters: readonly { clusterId: string; name: BilingualName; firms: readonly LeaderFirm[] }[];
}

function leadersOf(rule: WarningRule, input: LeaderOutputInput) {
  const listed = rule.parameters.usccs;
  const all = input.clusters.flatMap((cluster) => cluster.firms.map((firm) => ({ firm, cluster })));
  if (listed) {
    const byUscc = new Map(all.map((entry) => [entry.firm.subject.id, entry]));
    return listed.map((uscc) => byUscc.get(uscc) ?? uscc);
  }
  return input.clusters.flatMap((cluster) =>
    cluster.firms
      .filter((firm) => firm.value !== null)
      .sort((a, b) => b.value! - a.value! || a.subject.id.localeCompare(b.subject.id))
      .slice(0, rule.parameters.top)
      .map((firm) => ({ firm, cluster })),
  );
}

export function evaluateLeaderOutputDrop(rule: WarningRule, input: LeaderOutputInput): RuleOutcome {
  const findings: WarningFinding[] = [];
  const skipped: SkippedSubject[] = [];
  for (const leader of leadersOf(rule, input)) {
    if (typeof leader === 'string') {
      const subject: WarningSubject = {
        kind: 'enterprise',
        id: leader,
        name: { zh: leader, en: leader },
        reportingUnitId: null,
      };
      skipped.push(missingData(subject, { zh: '本期报表', en: "the period's report" }));
      continue;
    }
    const { firm, cluster } = leader;
    if (firm.value === null || firm.base === null || firm.base <= 0) {
      skipped.push(missingData(firm.subject, { zh: '产值或上年同期', en: 'output or its base' }));
      continue;
    }
    const dropPercent = ((firm.base - firm.value) / firm.base) * 100;
    const grade = gradeSeverity(dropPercent, rule.severity, 'gte');
    if (!grade) continue;
    findings.push({
      ruleId: rule.id,
      subject: firm.subject,
      severity: grade.severity,
      figures: {
        clusterId: cluster.clusterId,
        value: firm.value,
        base: firm.base,
        dropPercent,
        thresholdPercent: grade.threshold,
      },
      message: {
        zh: `${cluster.name.zh}龙头企业产值同比下降${fixed(dropPercent)}%`,
        en: `a leader of ${cluster.name.en}: output down ${fixed(dropPercent)}% year on year`,
      },
    });
  }
  return evaluated(rule, findings, skipped);
}
