/**
 * One run as people read it: its record (scheme, year, status, digests, who did what and when, the appeal
 * deadline), per-group summaries (baselines, class counts), the issues of the run, and every enterprise's result
 * with initial class (初评) and final class (调档后), unrated or excluded with the reason. A unit's or an
 * enterprise's scope reads published runs only, with the whole record, groups and issues (the city's standards
 * and class counts, as the published list gives them) but only the results of its own enterprises. The results
 * are read through `readRows` (over HTTP a scoped read under row-level security), the run document before it.
 */
import type { DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationResults } from '../../repositories/evaluation.repository.ts';
import { directRows, requireRunDocument, requireRunVisible, type RowReader } from './evaluation-guards.ts';
import { presentRunRecord } from './present-evaluation.ts';

export async function getEvaluationRun(
  db: Kysely<DatabaseSchema>,
  runId: number,
  scope: DataScope,
  readRows: RowReader = directRows(db),
) {
  const { record, run } = await requireRunDocument(db, runId);
  requireRunVisible(record, scope);
  const rows = await readRows((rowsDb) => listEvaluationResults(rowsDb, runId, scope));
  const names = new Map(run.results.map((result) => [result.enterpriseId, result.name]));
  return {
    ...presentRunRecord(record),
    issues: run.issues,
    excluded: run.excluded,
    groups: run.groups.map((group) => ({
      groupId: group.groupId,
      rated: group.rated,
      unrated: group.unrated,
      classCounts: group.classCounts,
      baselines: group.baselines,
    })),
    results: rows.map((row) => ({
      uscc: row.uscc,
      name: names.get(String(row.enterprise_id)) ?? null,
      reportingUnit: row.reporting_unit_id,
      unitId: row.unit_id,
      groupId: row.group_id,
      status: row.status as 'rated' | 'unrated' | 'excluded',
      total: row.total === null ? null : Number(row.total),
      rank: row.rank,
      percentile: row.percentile === null ? null : Number(row.percentile),
      initialClass: row.initial_class,
      finalClass: row.final_class,
      reason:
        row.unrated_reason === null
          ? null
          : { code: row.unrated_reason, zh: row.unrated_reason_zh!, en: row.unrated_reason_en! },
    })),
  };
}
