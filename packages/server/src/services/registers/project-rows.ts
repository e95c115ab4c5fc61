/**
 * Project records of an accepted list as the rows stored for its batch: the enterprise (registered, created
 * by this import, or none), reporting unit, the cluster resolved from its name, the 技改 classification
 * (DOMAIN.md §6; the industry code of the list, else the enterprise's latest class up to the list's year),
 * amounts in 元 and 亩 as exact decimals, milestones — and one progress point per project with a completed
 * investment, at the list's month (an annual list, month 0, is read as at December).
 */
import { isTechnicalRenovation, PROJECT_MILESTONES, type ProjectRecord } from '@observatory/core';
import type { ProjectInsert, ProjectProgressInsert } from '../../repositories/project.repository.ts';
import type { ImportPeriod } from '../intake/resolve-import-period.ts';
import type { ResolvedIdentity } from './check-register-identities.ts';

export interface ProjectRowContext {
  batchId: number;
  period: ImportPeriod;
  identityOf: (record: ProjectRecord) => ResolvedIdentity;
  enterpriseIdOf: (uscc: string) => number | undefined;
  clusterOf: (text: string) => string | null;
  industryOf: (enterpriseId: number) => string | null;
}

/** The month a progress point of the list stands for. */
export const progressMonth = (period: ImportPeriod) => (period.month === 0 ? 12 : period.month);

const exact = (value: number | null) => (value === null ? null : Number(value.toPrecision(15)));

export function projectRows(records: readonly ProjectRecord[], context: ProjectRowContext) {
  const projects: ProjectInsert[] = [];
  const progress: ProjectProgressInsert[] = [];
  for (const record of records) {
    const identity = context.identityOf(record);
    const enterpriseId =
      identity.enterpriseId ?? (record.uscc === null ? undefined : context.enterpriseIdOf(record.uscc)) ?? null;
    const industryCode = record.industryCode ?? (enterpriseId === null ? null : context.industryOf(enterpriseId));
    const milestones = Object.fromEntries(
      PROJECT_MILESTONES.flatMap((milestone) => [
        [`${milestone}_planned`, record.milestones[milestone].planned],
        [`${milestone}_actual`, record.milestones[milestone].actual],
      ]),
    );
    projects.push({
      batch_id: context.batchId,
      sheet_row: record.sheetRow,
      period_year: context.period.year,
      period_month: context.period.month,
      code: record.code,
      name: record.name,
      enterprise_id: enterpriseId,
      uscc: record.uscc,
      enterprise_name: record.enterpriseName,
      reporting_unit_id: identity.reportingUnitId,
      cluster_text: record.clusterText,
      cluster_id: record.clusterText === null ? null : context.clusterOf(record.clusterText),
      construction_type: record.constructionType,
      industry_code: industryCode,
      technical_renovation: isTechnicalRenovation(industryCode, record.constructionType),
      status_text: record.status,
      planned_total_yuan: exact(record.plannedTotalYuan),
      planned_annual_yuan: exact(record.plannedAnnualYuan),
      completed_yuan: exact(record.completedYuan),
      land_mu: exact(record.landMu),
      expected_output_yuan: exact(record.expectedOutputYuan),
      expected_tax_yuan: exact(record.expectedTaxYuan),
      ...milestones,
    } as ProjectInsert);
    if (record.completedYuan !== null)
      progress.push({
        batch_id: context.batchId,
        project_code: record.code,
        period_year: context.period.year,
        period_month: progressMonth(context.period),
        completed_yuan: exact(record.completedYuan)!,
        sheet_row: record.sheetRow,
      });
  }
  return { projects, progress };
}
