/**
 * The projects of a year as the API and later pages show them: each project's latest current row of the year
 * (amounts in 元 and 亩, milestones planned and actual, provenance) with its progress points.
 */
import { PROJECT_MILESTONES } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listProjects as listProjectRows, type ProjectFilter } from '../../repositories/project.repository.ts';

const amount = (value: string | null) => (value === null ? null : Number(value));

export async function listProjects(db: Kysely<DatabaseSchema>, filter: ProjectFilter) {
  const rows = await listProjectRows(db, filter);
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    registered: row.enterprise_id !== null,
    reportingUnit: row.reporting_unit_id,
    clusterText: row.cluster_text,
    clusterId: row.cluster_id,
    constructionType: row.construction_type,
    industryCode: row.industry_code,
    technicalRenovation: row.technical_renovation,
    status: row.status_text,
    plannedTotalYuan: amount(row.planned_total_yuan),
    plannedAnnualYuan: amount(row.planned_annual_yuan),
    completedYuan: amount(row.completed_yuan),
    landMu: amount(row.land_mu),
    expectedOutputYuan: amount(row.expected_output_yuan),
    expectedTaxYuan: amount(row.expected_tax_yuan),
    milestones: Object.fromEntries(
      PROJECT_MILESTONES.map((milestone) => [
        milestone,
        { planned: row[`${milestone}_planned`], actual: row[`${milestone}_actual`] },
      ]),
    ),
    progress: row.progress.map((point) => ({ month: point.month, completedYuan: Number(point.completedYuan) })),
    period: { year: row.period_year, month: row.period_month },
    provenance: { batchId: row.batch_id, sheetRow: row.sheet_row },
  }));
}
