/**
 * A run's list as an .xlsx. `public`: the published list (公布名单) of a published run — per rated enterprise its
 * USCC, name, county, group and final class, nothing confidential; refused (conflict) before publication.
 * `full`: everything per enterprise for the bureau (any status). The list is built as data here (the stored
 * results with their final classes, the run JSON's indicators and rules, the counties, re-grades and appeals) and
 * drawn by the renderers in reports/evaluation.
 */
import { indicatorUnitLabel, type EvaluationResult } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listRunAppeals, listRunRegrades } from '../../repositories/evaluation-export.repository.ts';
import { listEvaluationResults } from '../../repositories/evaluation.repository.ts';
import { findRegion, listReportingUnits } from '../../repositories/region.repository.ts';
import type { EvaluationListDocument, EvaluationListRow } from '../../reports/evaluation/evaluation-list.ts';
import { renderFullListXlsx } from '../../reports/evaluation/render-full-list-xlsx.ts';
import { renderPublicListXlsx } from '../../reports/evaluation/render-public-list-xlsx.ts';
import { requireRunDocument } from './evaluation-guards.ts';

export type EvaluationListVersion = 'public' | 'full';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

const appealText: Record<string, string> = {
  open: '申诉中 open',
  accepted: '已采纳 accepted',
  rejected: '未采纳 rejected',
};

function rulesText(rules: EvaluationResult['rules']): string {
  return rules
    .map((rule) => {
      const effect =
        rule.kind === 'veto' ? `否决→${rule.forceClass}` : `${rule.kind === 'bonus' ? '+' : '−'}${rule.points}`;
      const refs = rule.evidence.map((fact) => fact.id).filter((id) => id !== null);
      return `${rule.ruleId} ${effect}${refs.length > 0 ? ` [${refs.join('，')}]` : ''}`;
    })
    .join('；');
}

export async function buildEvaluationList(db: Kysely<DatabaseSchema>, runId: number): Promise<EvaluationListDocument> {
  const { record, run } = await requireRunDocument(db, runId);
  const [rows, units, regrades, appeals, region] = await Promise.all([
    listEvaluationResults(db, runId, { kind: 'all' }),
    listReportingUnits(db),
    listRunRegrades(db, runId),
    listRunAppeals(db, runId),
    run.scheme.region === null ? undefined : findRegion(db, run.scheme.region),
  ]);
  const unitOf = new Map(units.map((unit, index) => [unit.id, { name: unit.name_zh, order: index }]));
  const resultOf = new Map(run.results.map((result) => [result.enterpriseId, result]));
  const usccOf = new Map(run.results.map((result) => [result.enterpriseId, result.uscc]));
  const latest = <T extends { enterprise_id: number }>(list: readonly T[]) =>
    new Map(list.map((item) => [item.enterprise_id, item]));
  const regradeOf = latest(regrades);
  const appealOf = latest(appeals);
  const listRows: EvaluationListRow[] = rows.map((row) => {
    const result = resultOf.get(String(row.enterprise_id));
    const unit = unitOf.get(row.reporting_unit_id);
    const appeal = appealOf.get(row.enterprise_id);
    return {
      uscc: row.uscc,
      name: result?.name ?? row.uscc,
      reportingUnitId: row.reporting_unit_id,
      reportingUnitName: unit?.name ?? row.reporting_unit_id,
      reportingUnitOrder: unit?.order ?? Number.MAX_SAFE_INTEGER,
      groupId: row.group_id,
      segmentId: result?.segmentId ?? null,
      status: row.status as EvaluationListRow['status'],
      mergedWith: (result?.mergedWith ?? []).map((id) => usccOf.get(id) ?? id),
      values: Object.fromEntries((result?.indicators ?? []).map((i) => [i.indicatorId, i.value])),
      scores: Object.fromEntries((result?.indicators ?? []).map((i) => [i.indicatorId, i.score])),
      bonus: row.status === 'rated' ? (result?.bonus ?? null) : null,
      penalty: row.status === 'rated' ? (result?.penalty ?? null) : null,
      rules: rulesText(result?.rules ?? []),
      total: row.total === null ? null : Number(row.total),
      rank: row.rank,
      percentile: row.percentile === null ? null : Number(row.percentile),
      initialClass: row.initial_class,
      finalClass: row.final_class,
      regradeReason: regradeOf.get(row.enterprise_id)?.reason ?? null,
      appeal: appeal
        ? `${appealText[appeal.status] ?? appeal.status}${appeal.decision_reason ? `：${appeal.decision_reason}` : ''}`
        : null,
      reason:
        row.unrated_reason === null
          ? null
          : { code: row.unrated_reason, zh: row.unrated_reason_zh ?? '', en: row.unrated_reason_en ?? '' },
    };
  });
  return {
    runId,
    status: record.status,
    year: run.year,
    schemeId: run.schemeId,
    schemeVersion: run.schemeVersion,
    schemeName: run.scheme.name,
    regionName: region?.name_zh ?? null,
    publishedOn: record.published_at === null ? null : chinaDate(record.published_at),
    generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    digest: run.digest,
    totalDecimals: run.scheme.rounding.totalDecimals,
    classes: run.scheme.classes.map((c) => ({ id: c.id, name: c.name })),
    groups: run.scheme.groups.map((group) => ({
      id: group.id,
      name: group.name,
      indicators: group.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        unitLabel: indicatorUnitLabel(i),
        decimals: i.decimals,
      })),
    })),
    rows: listRows,
  };
}

export async function exportEvaluationList(
  db: Kysely<DatabaseSchema>,
  runId: number,
  version: EvaluationListVersion,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const document = await buildEvaluationList(db, runId);
  if (version === 'public') {
    if (document.status !== 'published')
      throw new AppError(
        'conflict',
        `评价批次 ${runId} 尚未发布（状态 ${document.status}），不能导出公布名单 (run ${runId} is ${document.status}; the public list exists only for a published run)`,
      );
    return {
      fileName: `${document.year}年度亩均效益综合评价结果公布名单_批次${runId}.xlsx`,
      bytes: await renderPublicListXlsx(document),
    };
  }
  return {
    fileName: `${document.year}年度亩均效益综合评价完整清单_批次${runId}.xlsx`,
    bytes: await renderFullListXlsx(document),
  };
}
