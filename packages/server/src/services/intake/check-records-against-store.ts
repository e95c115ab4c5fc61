/**
 * The checks that need stored data: the reporting unit each row names, its industry class, whether the
 * enterprise is registered (or may be created), and whether a cumulative value fell below last month's
 * stored cumulative. Rows with an error are dropped and counted; every problem becomes an issue.
 */
import {
  getMeasure,
  industryLevelOf,
  intakeIssue,
  reportingUnitLookup,
  type ExtractedRecord,
  type IntakeIssue,
  type SourceProfile,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findKnownEnterprises } from '../../repositories/import-enterprise.repository.ts';
import { listIndustryCodes } from '../../repositories/industry.repository.ts';
import { findCurrentValuesOfPeriod } from '../../repositories/observation.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';
import type { ImportPeriod } from './resolve-import-period.ts';

export interface CheckedRecord extends ExtractedRecord {
  enterpriseId: number | null;
  reportingUnitId: string;
}

export interface StoreCheck {
  records: CheckedRecord[];
  issues: IntakeIssue[];
  rowsRejected: number;
}

export async function checkRecordsAgainstStore(
  db: Kysely<DatabaseSchema>,
  records: readonly ExtractedRecord[],
  context: {
    profile: SourceProfile;
    period: ImportPeriod;
    createEnterprises: boolean;
    unitColumn: string | null;
    industryColumn: string | null;
  },
): Promise<StoreCheck> {
  const units = await listReportingUnits(db);
  // Both look-ups depend on the text alone, and a file repeats a handful of units and classes: once per text.
  const lookupUnit = once(reportingUnitLookup(units.map((unit) => ({ id: unit.id, nameZh: unit.name_zh }))));
  const classes = await listIndustryCodes(db, INDUSTRY_EDITION);
  const isKnownClass = once((code: string) => industryLevelOf(code) === 'class' && classes.has(code));
  const existing = new Map(
    (
      await findKnownEnterprises(
        db,
        records.map((record) => record.uscc),
      )
    ).map((row) => [row.uscc, row]),
  );
  const issues: IntakeIssue[] = [];
  const checked: CheckedRecord[] = [];
  for (const record of records) {
    const rowIssues: IntakeIssue[] = [];
    const known = existing.get(record.uscc);
    const unitId =
      record.reportingUnitText === null ? (known?.reporting_unit_id ?? null) : lookupUnit(record.reportingUnitText);
    if (unitId === null) {
      rowIssues.push(
        intakeIssue(
          'reporting_unit_unknown',
          { row: record.sheetRow, column: context.unitColumn },
          { name: record.reportingUnitText ?? '—' },
        ),
      );
    }
    if (record.industryCode !== null && !isKnownClass(record.industryCode)) {
      rowIssues.push(
        intakeIssue(
          'industry_code_unknown',
          { row: record.sheetRow, column: context.industryColumn },
          { code: record.industryCode },
        ),
      );
    }
    if (!known && !context.createEnterprises) {
      rowIssues.push(
        intakeIssue(
          'enterprise_unknown',
          { row: record.sheetRow, column: null },
          { name: record.name ?? record.uscc },
          'error',
        ),
      );
    }
    issues.push(...rowIssues);
    if (rowIssues.some((issue) => issue.severity === 'error')) continue;
    checked.push({ ...record, enterpriseId: known?.id ?? null, reportingUnitId: unitId! });
  }
  issues.push(...(await checkCumulativeDecrease(db, checked, context.profile, context.period)));
  const rowsOf = (list: readonly ExtractedRecord[]) => list.reduce((sum, record) => sum + record.rowCount, 0);
  return { records: checked, issues, rowsRejected: rowsOf(records) - rowsOf(checked) };
}

/** A 本年累计 below last month's stored 本年累计 of the same enterprise is suspicious (a warning). */
async function checkCumulativeDecrease(
  db: Kysely<DatabaseSchema>,
  records: readonly CheckedRecord[],
  profile: SourceProfile,
  period: ImportPeriod,
): Promise<IntakeIssue[]> {
  if (profile.periodicity !== 'monthly_cumulative' || period.month <= 2) return [];
  const known = records.filter((record) => record.enterpriseId !== null);
  const measures = [...new Set(known.flatMap((record) => record.values.map((value) => value.measure)))].filter(
    (code) => getMeasure(code)?.kind === 'cumulative',
  );
  const issues: IntakeIssue[] = [];
  const previousByMeasure = new Map(measures.map((measure) => [measure, new Map<number, number>()]));
  for (const row of await findCurrentValuesOfPeriod(db, measures, period.year, period.month - 1)) {
    previousByMeasure.get(row.measure)?.set(row.enterprise_id, Number(row.value));
  }
  for (const measure of measures) {
    const previousOf = previousByMeasure.get(measure)!;
    for (const record of known) {
      const value = record.values.find((candidate) => candidate.measure === measure)?.value;
      const before = previousOf.get(record.enterpriseId!);
      if (value !== undefined && before !== undefined && value < before) {
        issues.push(
          intakeIssue(
            'cumulative_decrease',
            { row: record.sheetRow, column: getMeasure(measure)!.name.zh },
            { value, previous: before },
          ),
        );
      }
    }
  }
  return issues;
}

/** `lookup` answering each text once. */
function once<T>(lookup: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (!answers.has(text)) answers.set(text, lookup(text));
    return answers.get(text)!;
  };
}
