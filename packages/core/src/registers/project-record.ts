/**
 * The rows of a project list (重大工业项目 / 技改项目) as project records: code and name (required, the code
 * once per file), construction type from its vocabulary, investments in 元, land in 亩, expected output and
 * tax, and every milestone planned and actual. Checks: an unknown 建设性质 or a repeated code is an error;
 * completed investment above the planned total and a start before the signing are warnings.
 */
import { intakeIssue, type IntakeIssue } from '../intake/intake-issue.ts';
import { constructionTypeOf, type ConstructionType } from './construction-type.ts';
import type { RegisterExtraction, RegisterRow } from './extract-register-rows.ts';
import { PROJECT_MILESTONES, type MilestoneDates, type ProjectMilestone } from './project-milestone.ts';

export interface ProjectRecord {
  sheetRow: number;
  uscc: string | null;
  usccWarning: string | null;
  enterpriseName: string | null;
  reportingUnitText: string | null;
  industryCode: string | null;
  code: string;
  name: string;
  clusterText: string | null;
  constructionType: ConstructionType | null;
  status: string | null;
  plannedTotalYuan: number | null;
  plannedAnnualYuan: number | null;
  completedYuan: number | null;
  landMu: number | null;
  expectedOutputYuan: number | null;
  expectedTaxYuan: number | null;
  milestones: Record<ProjectMilestone, MilestoneDates>;
}

const textOf = (row: RegisterRow, key: string) => {
  const value = row.fields[key];
  return typeof value === 'string' ? value : value === undefined ? null : String(value);
};
const amountOf = (row: RegisterRow, key: string) => {
  const value = row.fields[key];
  return typeof value === 'number' ? value : null;
};

function toRecord(row: RegisterRow, label: (key: string) => string | null): [ProjectRecord | null, IntakeIssue[]] {
  const issues: IntakeIssue[] = [];
  const code = textOf(row, 'code');
  const name = textOf(row, 'name');
  if (code === null)
    issues.push(
      intakeIssue('value_missing', { row: row.sheetRow, column: label('code') }, missing('项目代码', 'project code')),
    );
  if (name === null)
    issues.push(
      intakeIssue('value_missing', { row: row.sheetRow, column: label('name') }, missing('项目名称', 'project name')),
    );
  const typeText = textOf(row, 'construction_type');
  const constructionType = typeText === null ? null : constructionTypeOf(typeText);
  if (typeText !== null && constructionType === null)
    issues.push(
      intakeIssue(
        'construction_type_unknown',
        { row: row.sheetRow, column: label('construction_type') },
        { text: typeText },
      ),
    );
  const milestones = Object.fromEntries(
    PROJECT_MILESTONES.map((milestone) => [
      milestone,
      { planned: textOf(row, `${milestone}_planned`), actual: textOf(row, `${milestone}_actual`) },
    ]),
  ) as Record<ProjectMilestone, MilestoneDates>;
  const plannedTotalYuan = amountOf(row, 'planned_total');
  const completedYuan = amountOf(row, 'completed');
  if (plannedTotalYuan !== null && completedYuan !== null && completedYuan > plannedTotalYuan)
    issues.push(
      intakeIssue(
        'investment_above_planned',
        { row: row.sheetRow, column: label('completed') },
        { completed: completedYuan, planned: plannedTotalYuan },
      ),
    );
  const { actual: signing } = milestones.signing;
  const { actual: start } = milestones.start;
  if (signing !== null && start !== null && start < signing)
    issues.push(
      intakeIssue('start_before_signing', { row: row.sheetRow, column: label('start_actual') }, { start, signing }),
    );
  if (code === null || name === null || issues.some((issue) => issue.severity === 'error')) return [null, issues];
  return [
    {
      sheetRow: row.sheetRow,
      uscc: row.uscc,
      usccWarning: row.usccWarning,
      enterpriseName: row.name,
      reportingUnitText: row.reportingUnitText,
      industryCode: row.industryCode,
      code,
      name,
      clusterText: textOf(row, 'cluster'),
      constructionType,
      status: textOf(row, 'status'),
      plannedTotalYuan,
      plannedAnnualYuan: amountOf(row, 'planned_annual'),
      completedYuan,
      landMu: amountOf(row, 'land'),
      expectedOutputYuan: amountOf(row, 'expected_output'),
      expectedTaxYuan: amountOf(row, 'expected_tax'),
      milestones,
    },
    issues,
  ];
}

const missing = (fieldZh: string, fieldEn: string) => ({ fieldZh, fieldEn });

/** Project records of an extraction, with the issues of each row; a row with an error is left out and counted. */
export function projectRecords(extraction: RegisterExtraction) {
  const label = (key: string) => extraction.labels[key] ?? null;
  const records: ProjectRecord[] = [];
  const issues: IntakeIssue[] = [];
  const firstRowOf = new Map<string, number>();
  let rowsRejected = 0;
  for (const row of extraction.rows) {
    const [record, rowIssues] = toRecord(row, label);
    const earlier = record ? firstRowOf.get(record.code) : undefined;
    if (record && earlier !== undefined)
      rowIssues.push(
        intakeIssue(
          'duplicate_row',
          { row: row.sheetRow, column: label('code') },
          { otherRow: earlier, key: record.code },
        ),
      );
    issues.push(...rowIssues);
    if (!record || earlier !== undefined) {
      rowsRejected++;
      continue;
    }
    firstRowOf.set(record.code, row.sheetRow);
    records.push(record);
  }
  return { records, issues, rowsRejected };
}
