/**
 * The checks of a register list that need stored data: the reporting unit each row names (else the one of its
 * registered enterprise) and whether the enterprise is registered. An unknown enterprise is an error unless
 * the import may create it (as for the department files); a project list may also name a firm that is not
 * registered yet (a new project company): then it is a warning and the project keeps the USCC and name as given.
 */
import { intakeIssue, reportingUnitLookup, type IntakeIssue } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findKnownEnterprises } from '../../repositories/import-enterprise.repository.ts';
import { listReportingUnits } from '../../repositories/region.repository.ts';

export interface RegisterIdentity {
  sheetRow: number;
  uscc: string | null;
  usccWarning: string | null;
  enterpriseName: string | null;
  reportingUnitText: string | null;
}

export interface ResolvedIdentity {
  enterpriseId: number | null;
  reportingUnitId: string;
  /** Register the enterprise when the batch is stored (the import was allowed to create enterprises). */
  create: boolean;
}

export async function checkRegisterIdentities(
  db: Kysely<DatabaseSchema>,
  rows: readonly RegisterIdentity[],
  context: { createEnterprises: boolean; unknownEnterprise: 'error' | 'warning'; unitColumn: string | null },
): Promise<{ resolved: Map<number, ResolvedIdentity>; issues: IntakeIssue[] }> {
  const units = await listReportingUnits(db);
  const lookupUnit = reportingUnitLookup(units.map((unit) => ({ id: unit.id, nameZh: unit.name_zh })));
  const codes = rows.flatMap((row) => (row.uscc === null ? [] : [row.uscc]));
  const known = new Map((await findKnownEnterprises(db, codes)).map((row) => [row.uscc, row]));
  const resolved = new Map<number, ResolvedIdentity>();
  const issues: IntakeIssue[] = [];
  for (const row of rows) {
    const rowIssues: IntakeIssue[] = [];
    const enterprise = row.uscc === null ? undefined : known.get(row.uscc);
    const unitId =
      row.reportingUnitText === null ? (enterprise?.reporting_unit_id ?? null) : lookupUnit(row.reportingUnitText);
    if (unitId === null)
      rowIssues.push(
        intakeIssue(
          'reporting_unit_unknown',
          { row: row.sheetRow, column: context.unitColumn },
          { name: row.reportingUnitText ?? '—' },
        ),
      );
    const create = row.uscc !== null && !enterprise && context.createEnterprises;
    if (row.uscc !== null && !enterprise && !context.createEnterprises)
      rowIssues.push(
        intakeIssue(
          'enterprise_unknown',
          { row: row.sheetRow, column: null },
          { name: row.enterpriseName ?? row.uscc },
          context.unknownEnterprise,
        ),
      );
    issues.push(...rowIssues);
    if (unitId === null || rowIssues.some((issue) => issue.severity === 'error')) continue;
    resolved.set(row.sheetRow, { enterpriseId: enterprise?.id ?? null, reportingUnitId: unitId, create });
  }
  return { resolved, issues };
}
