/**
 * Enterprise-by-enterprise comparison of the SQL baseline's rows with the engine's run: status, group, and for
 * the enterprises both rated the total (equal after the scheme's rounding), the rank and the class; with the first
 * few differences for the report.
 */
import type { EvaluationRun } from '@observatory/core';
import type { SqlEvaluationRow } from './evaluation-sql.ts';

export interface EvaluationComparison {
  enterprises: number;
  statusAgree: number;
  groupAgree: number;
  bothRated: number;
  classAgree: number;
  totalAgree: number;
  rankAgree: number;
  examples: Record<string, unknown>[];
}

export function compareWithEngine(rows: readonly SqlEvaluationRow[], run: EvaluationRun): EvaluationComparison {
  const engine = new Map(run.results.map((result) => [Number(result.enterpriseId), result]));
  const comparison: EvaluationComparison = {
    enterprises: rows.length,
    statusAgree: 0,
    groupAgree: 0,
    bothRated: 0,
    classAgree: 0,
    totalAgree: 0,
    rankAgree: 0,
    examples: [],
  };
  for (const row of rows) {
    const result = engine.get(row.id);
    if (!result) {
      if (comparison.examples.length < 5) comparison.examples.push({ id: row.id, engine: 'absent' });
      continue;
    }
    if (result.status === row.status) comparison.statusAgree++;
    if (result.groupId === row.group_id) comparison.groupAgree++;
    if (result.status !== 'rated' || row.status !== 'rated') continue;
    comparison.bothRated++;
    const sameClass = result.initialClass === row.class;
    if (sameClass) comparison.classAgree++;
    if (result.total === row.total) comparison.totalAgree++;
    if (result.rank === row.rank) comparison.rankAgree++;
    if ((!sameClass || result.total !== row.total) && comparison.examples.length < 5)
      comparison.examples.push({
        id: row.id,
        group: row.group_id,
        engine: { total: result.total, rank: result.rank, class: result.initialClass },
        sql: { total: row.total, rank: row.rank, class: row.class },
      });
  }
  return comparison;
}
