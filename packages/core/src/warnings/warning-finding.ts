/**
 * What evaluating a rule gives: findings (a subject whose figures meet the rule, with the severity, the
 * numbers that triggered it and a bilingual message), the subjects that could not be evaluated (missing data,
 * never a silent pass), and whether the rule could be evaluated at all (a rule whose inputs do not exist yet
 * says so with a reason).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { Severity } from './severity-ladder.ts';
import type { WarningRule, WarningSubjectKind } from './warning-rule.ts';

export interface WarningSubject {
  kind: WarningSubjectKind;
  /** Cluster id, reporting unit id or USCC. */
  id: string;
  name: BilingualName;
  /** The reporting unit the subject belongs to (scoping); null for a cluster of the whole city. */
  reportingUnitId: string | null;
}

export type WarningFigures = Record<string, number | string | null>;

export interface WarningFinding {
  ruleId: string;
  subject: WarningSubject;
  severity: Severity;
  /** The numbers that triggered it, with the threshold passed. */
  figures: WarningFigures;
  message: BilingualName;
}

export interface SkippedSubject {
  subject: WarningSubject;
  reason: BilingualName;
}

export interface RuleOutcome {
  ruleId: string;
  evaluable: boolean;
  /** Why the rule could not be evaluated (evaluable false). */
  reason: BilingualName | null;
  findings: WarningFinding[];
  skipped: SkippedSubject[];
}

export const notEvaluable = (rule: WarningRule, reason: BilingualName): RuleOutcome => ({
  ruleId: rule.id,
  evaluable: false,
  reason,
  findings: [],
  skipped: [],
});

export const evaluated = (rule: WarningRule, findings: WarningFinding[], skipped: SkippedSubject[]): RuleOutcome => ({
  ruleId: rule.id,
  evaluable: true,
  reason: null,
  findings,
  skipped,
});

export const missingData = (subject: WarningSubject, what: BilingualName): SkippedSubject => ({
  subject,
  reason: { zh: `缺少${what.zh}`, en: `missing ${what.en}` },
});

/** Rounded for messages (figures keep full precision). */
export const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** "（全市，工业总产值，1–N月）" style context for messages. */
export const periodLabel = (rule: WarningRule): BilingualName =>
  rule.scope.period === 'month' ? { zh: '当月', en: 'month' } : { zh: '1–N月累计', en: 'year to date' };
