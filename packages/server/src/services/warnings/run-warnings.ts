/**
 * A warning run: every enabled rule of the current rule set evaluated for a period (default: the latest month
 * with data), on figures computed from the store, and the findings recorded (open, raise, clear). A rule that
 * cannot be evaluated (its inputs do not exist, a system not in the registry) says why in the summary; it never
 * passes silently and never stops the other rules. The run itself is an event of the trail.
 */
import { evaluateWarningRule, notEvaluable, type BilingualName, type RuleOutcome } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertWarningEvent } from '../../repositories/warnings.repository.ts';
import { listDataPeriods, type StatisticsPeriod } from '../statistics/refresh-statistics.ts';
import { requirePeriod } from '../statistics/statistics-query.ts';
import { buildWarningInput } from './build-warning-input.ts';
import { currentWarningRules } from './load-warning-rules.ts';
import { recordWarningFindings, type RecordedCounts } from './record-warning-findings.ts';

export interface WarningRunSummary extends RecordedCounts {
  period: StatisticsPeriod | null;
  ruleSetDigest: string;
  rules: {
    ruleId: string;
    kind: string;
    evaluable: boolean;
    reason: BilingualName | null;
    findings: number;
    skipped: number;
  }[];
}

/** The latest month for which some source has data. */
export async function latestDataMonth(db: Kysely<DatabaseSchema>): Promise<StatisticsPeriod | null> {
  const monthly = (await listDataPeriods(db)).filter((period) => period.month > 0);
  return monthly[monthly.length - 1] ?? null;
}

const errorText = (error: unknown): BilingualName => {
  const text = error instanceof Error ? error.message : String(error);
  return error instanceof AppError ? { zh: text, en: text } : { zh: `计算出错：${text}`, en: `failed: ${text}` };
};

export async function runWarnings(
  db: Kysely<DatabaseSchema>,
  options: { period?: StatisticsPeriod | undefined; actor: string },
): Promise<WarningRunSummary> {
  const ruleSet = await currentWarningRules(db, options.actor);
  if (options.period) {
    requirePeriod(options.period.year, options.period.month);
    if (options.period.month === 0)
      throw new AppError('validation_failed', '预警按月运行，请写作 YYYY-MM (warnings run on a month: YYYY-MM)');
  }
  const period = options.period ?? (await latestDataMonth(db));
  const none = { opened: 0, raised: 0, seenAgain: 0, cleared: 0 };
  if (period === null) return { period, ruleSetDigest: ruleSet.digest, rules: [], ...none };
  const enabled = ruleSet.rules.filter((rule) => rule.enabled);
  const outcomes: RuleOutcome[] = [];
  for (const rule of enabled) {
    try {
      outcomes.push(evaluateWarningRule(rule, await buildWarningInput(db, rule, period)));
    } catch (error) {
      outcomes.push(notEvaluable(rule, errorText(error)));
    }
  }
  const counts = await recordWarningFindings(db, {
    ruleSetId: ruleSet.id,
    rules: enabled,
    outcomes,
    period,
    actor: options.actor,
  });
  const summary: WarningRunSummary = {
    period,
    ruleSetDigest: ruleSet.digest,
    rules: outcomes.map((outcome) => ({
      ruleId: outcome.ruleId,
      kind: enabled.find((rule) => rule.id === outcome.ruleId)!.kind,
      evaluable: outcome.evaluable,
      reason: outcome.reason,
      findings: outcome.findings.length,
      skipped: outcome.skipped.length,
    })),
    ...counts,
  };
  await insertWarningEvent(db, { warningId: null, action: 'run', actor: options.actor, details: { ...summary } });
  return summary;
}
