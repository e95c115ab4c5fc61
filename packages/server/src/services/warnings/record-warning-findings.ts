/**
 * Stores what a run found, in one transaction that serialises runs: a finding for a rule and subject without
 * an unclosed warning opens one; with one, it is seen again (a higher severity raises it, recorded as an
 * event; a lower one keeps the higher); an unclosed warning of an evaluated rule whose subject no longer meets
 * the condition is marked cleared (never closed: a person closes it with a note). Subjects that could not be
 * evaluated keep their warnings as they are; a run of an earlier period clears nothing.
 */
import {
  severityRank,
  type RuleOutcome,
  type Severity,
  type WarningFinding,
  type WarningRule,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  insertWarning,
  insertWarningEvent,
  listUnclosedWarnings,
  lockWarningRuns,
  markWarningCleared,
  updateWarningSeen,
} from '../../repositories/warnings.repository.ts';
import type { StatisticsPeriod } from '../statistics/refresh-statistics.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';

export interface RecordedCounts {
  opened: number;
  raised: number;
  seenAgain: number;
  cleared: number;
}

const subjectKey = (ruleId: string, kind: string, id: string) => `${ruleId}|${kind}|${id}`;
const order = (period: StatisticsPeriod) => period.year * 100 + period.month;

/** unit-of-subject → unit:<id> (or city when the subject has no unit); other owners as written. */
export const resolveOwner = (rule: WarningRule, finding: WarningFinding) =>
  rule.owner !== 'unit-of-subject'
    ? rule.owner
    : finding.subject.reportingUnitId === null
      ? 'city'
      : `unit:${finding.subject.reportingUnitId}`;

export async function recordWarningFindings(
  db: Kysely<DatabaseSchema>,
  input: {
    ruleSetId: number;
    rules: readonly WarningRule[];
    outcomes: readonly RuleOutcome[];
    period: StatisticsPeriod;
    actor: string;
  },
): Promise<RecordedCounts> {
  const { period, actor } = input;
  const rules = new Map(input.rules.map((rule) => [rule.id, rule]));
  const evaluated = input.outcomes.filter((outcome) => outcome.evaluable);
  return db.transaction().execute(async (trx) => {
    await lockWarningRuns(trx);
    const unclosed = await listUnclosedWarnings(
      trx,
      evaluated.map((outcome) => outcome.ruleId),
    );
    const existing = new Map(unclosed.map((row) => [subjectKey(row.rule_id, row.subject_kind, row.subject_id), row]));
    const counts: RecordedCounts = { opened: 0, raised: 0, seenAgain: 0, cleared: 0 };
    const stillHolding = new Set<string>();
    for (const outcome of evaluated) {
      const rule = rules.get(outcome.ruleId)!;
      const ruleDigest = digestOf(rule);
      for (const skipped of outcome.skipped)
        stillHolding.add(subjectKey(rule.id, skipped.subject.kind, skipped.subject.id));
      for (const finding of outcome.findings) {
        const key = subjectKey(rule.id, finding.subject.kind, finding.subject.id);
        stillHolding.add(key);
        const row = existing.get(key);
        const seen = {
          ruleDigest,
          ruleSetId: input.ruleSetId,
          periodYear: period.year,
          periodMonth: period.month,
          severity: finding.severity,
          figures: finding.figures,
          messageZh: finding.message.zh,
          messageEn: finding.message.en,
        };
        if (!row) {
          const id = await insertWarning(trx, {
            ...seen,
            ruleId: rule.id,
            kind: rule.kind,
            subjectKind: finding.subject.kind,
            subjectId: finding.subject.id,
            subjectNameZh: finding.subject.name.zh,
            subjectNameEn: finding.subject.name.en,
            reportingUnitId: finding.subject.reportingUnitId,
            owner: resolveOwner(rule, finding),
          });
          await insertWarningEvent(trx, {
            warningId: id,
            action: 'opened',
            actor,
            details: { severity: finding.severity, period, figures: finding.figures },
          });
          counts.opened++;
          continue;
        }
        if (order(period) < order({ year: row.period_year, month: row.period_month })) continue;
        const before = row.severity as Severity;
        const raised = severityRank[finding.severity] > severityRank[before];
        if (raised || finding.severity === before) await updateWarningSeen(trx, row.id, seen);
        else
          await updateWarningSeen(trx, row.id, {
            ...seen,
            severity: before,
            figures: row.figures,
            messageZh: row.message_zh,
            messageEn: row.message_en,
          });
        if (raised) {
          await insertWarningEvent(trx, {
            warningId: row.id,
            action: 'severity_raised',
            actor,
            details: { from: before, to: finding.severity, period, figures: finding.figures },
          });
          counts.raised++;
        } else counts.seenAgain++;
        if (row.cleared_at !== null)
          await insertWarningEvent(trx, {
            warningId: row.id,
            action: 'condition_returned',
            actor,
            details: { period },
          });
      }
    }
    for (const row of unclosed) {
      const key = subjectKey(row.rule_id, row.subject_kind, row.subject_id);
      if (stillHolding.has(key) || row.cleared_at !== null) continue;
      if (order(period) < order({ year: row.period_year, month: row.period_month })) continue;
      await markWarningCleared(trx, row.id);
      await insertWarningEvent(trx, { warningId: row.id, action: 'cleared', actor, details: { period } });
      counts.cleared++;
    }
    return counts;
  });
}
