/**
 * Enterprise rows written in bulk inside a bulk transaction (large imports): COPY into the tables, or
 * into a temporary table that is then merged, instead of one INSERT per enterprise.
 */
import { sql } from 'kysely';
import type { CopyRows } from '../db/bulk-transaction.ts';
import { findEnterprisesByUscc, type EnterpriseYearRow } from './enterprise.repository.ts';
import type { Queryable } from './queryable.ts';

export async function copyEnterprisesWithNames(
  db: Queryable,
  copyRows: CopyRows,
  rows: readonly {
    uscc: string;
    reportingUnitId: string;
    usccWarning: string | null;
    name: string;
    validFrom: string;
  }[],
): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  await copyRows(
    'enterprise',
    ['uscc', 'reporting_unit_id', 'uscc_warning'],
    rows.map((row) => [row.uscc, row.reportingUnitId, row.usccWarning]),
  );
  const ids = new Map(
    (
      await findEnterprisesByUscc(
        db,
        rows.map((row) => row.uscc),
      )
    ).map((row) => [row.uscc, row.id]),
  );
  await copyRows(
    'enterprise_name',
    ['enterprise_id', 'reporting_unit_id', 'name', 'valid_from'],
    rows.map((row) => [ids.get(row.uscc)!, row.reportingUnitId, row.name, row.validFrom]),
  );
  return ids;
}

/** Upserts enterprise-years through a temporary table; a null attribute leaves what is stored. */
export async function copyEnterpriseYears(
  db: Queryable,
  copyRows: CopyRows,
  rows: readonly EnterpriseYearRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`create temporary table incoming_enterprise_year (like enterprise_year) on commit drop`.execute(db);
  await copyRows(
    'incoming_enterprise_year',
    ['enterprise_id', 'year', 'reporting_unit_id', 'industry_code', 'above_scale', 'in_production'],
    rows.map((row) => [
      row.enterpriseId,
      row.year,
      row.reportingUnitId,
      row.industryCode,
      row.aboveScale,
      row.inProduction,
    ]),
  );
  await sql`
    insert into enterprise_year as y (enterprise_id, year, reporting_unit_id, industry_code, above_scale, in_production)
    select enterprise_id, year, reporting_unit_id, industry_code, above_scale, in_production from incoming_enterprise_year
    on conflict (enterprise_id, year) do update set
      reporting_unit_id = excluded.reporting_unit_id,
      industry_code = coalesce(excluded.industry_code, y.industry_code),
      above_scale = coalesce(excluded.above_scale, y.above_scale),
      in_production = coalesce(excluded.in_production, y.in_production)`.execute(db);
  await sql`drop table incoming_enterprise_year`.execute(db);
}

/** Serialises registering new enterprises across imports until the transaction ends. */
export async function lockEnterpriseRegistration(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('enterprise-registration', 0))`.execute(db);
}
