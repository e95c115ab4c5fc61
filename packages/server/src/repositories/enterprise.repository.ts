/**
 * Enterprises and their enterprise-level tables. Every row carries the reporting unit, so reads can be
 * scoped by it: lists take the caller's data scope (data-scope-filter.ts); PostgreSQL repeats it with row-level security.
 */
import type { DataScope } from '@observatory/core';
import { inScope } from './data-scope-filter.ts';
import { escapeLike, type Queryable } from './queryable.ts';
/** Each enterprise's latest name as the derived table `n` (enterprise_id, name), to join on `n.enterprise_id`. */
export const latestEnterpriseNames = (db: Queryable) =>
  db
    .selectFrom('enterprise_name')
    .distinctOn('enterprise_id')
    .select(['enterprise_id', 'name'])
    .orderBy('enterprise_id')
    .orderBy('valid_from', 'desc')
    .as('n');

export interface NewEnterprise {
  uscc: string;
  reportingUnitId: string;
  usccWarning: string | null;
}

export async function insertEnterprise(db: Queryable, enterprise: NewEnterprise): Promise<number> {
  const { id } = await db
    .insertInto('enterprise')
    .values({
      uscc: enterprise.uscc,
      reporting_unit_id: enterprise.reportingUnitId,
      uscc_warning: enterprise.usccWarning,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findEnterpriseByUscc(db: Queryable, uscc: string) {
  return db.selectFrom('enterprise').selectAll().where('uscc', '=', uscc).executeTakeFirst();
}

export async function confirmUsccWarning(db: Queryable, enterpriseId: number, confirmedBy: string): Promise<void> {
  await db
    .updateTable('enterprise')
    .set({ uscc_confirmed_by: confirmedBy, uscc_confirmed_at: new Date() })
    .where('id', '=', enterpriseId)
    .execute();
}

export async function insertEnterpriseName(
  db: Queryable,
  row: { enterpriseId: number; reportingUnitId: string; name: string; validFrom: string },
): Promise<void> {
  await db
    .insertInto('enterprise_name')
    .values({
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      name: row.name,
      valid_from: row.validFrom,
    })
    .onConflict((conflict) => conflict.columns(['enterprise_id', 'valid_from']).doUpdateSet({ name: row.name }))
    .execute();
}

export async function listEnterpriseNames(db: Queryable, enterpriseId: number) {
  return db
    .selectFrom('enterprise_name')
    .select(['name', 'valid_from'])
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('valid_from')
    .execute();
}

export interface EnterpriseYearRow {
  enterpriseId: number;
  year: number;
  reportingUnitId: string;
  industryCode: string | null;
  aboveScale: boolean | null;
  inProduction: boolean | null;
}

export async function upsertEnterpriseYear(db: Queryable, row: EnterpriseYearRow): Promise<void> {
  const values = {
    reporting_unit_id: row.reportingUnitId,
    industry_code: row.industryCode,
    above_scale: row.aboveScale,
    in_production: row.inProduction,
  };
  await db
    .insertInto('enterprise_year')
    .values({ enterprise_id: row.enterpriseId, year: row.year, ...values })
    .onConflict((conflict) => conflict.columns(['enterprise_id', 'year']).doUpdateSet(values))
    .execute();
}

export async function listEnterpriseYears(db: Queryable, enterpriseId: number) {
  return db
    .selectFrom('enterprise_year')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('year')
    .execute();
}

export interface EnterpriseFilter {
  reportingUnitId?: string | undefined;
  /** Restricts to enterprises with attributes in this year (industry, 规上 flag). */
  year?: number | undefined;
  aboveScale?: boolean | undefined;
  industryPrefix?: string | undefined;
  /** Part of the current name or the start of the USCC. */
  search?: string | undefined;
  /** The rows the caller may see (required, so no list forgets it). */
  scope: DataScope;
  limit: number;
  offset: number;
}

/** Enterprises with their latest name and the attributes of the given year (or of their latest year). */
export async function listEnterprises(db: Queryable, filter: EnterpriseFilter) {
  const year = filter.year;
  let query = db
    .selectFrom('enterprise as e')
    .leftJoin(latestEnterpriseNames(db), (join) => join.onRef('n.enterprise_id', '=', 'e.id'))
    .leftJoin('enterprise_year as y', (join) =>
      join.onRef('y.enterprise_id', '=', 'e.id').on((eb) =>
        year === undefined
          ? eb(
              'y.year',
              '=',
              eb
                .selectFrom('enterprise_year as latest')
                .select((inner) => inner.fn.max('latest.year').as('max'))
                .whereRef('latest.enterprise_id', '=', 'e.id'),
            )
          : eb('y.year', '=', year),
      ),
    )
    .select([
      'e.id',
      'e.uscc',
      'e.reporting_unit_id',
      'e.uscc_warning',
      'n.name',
      'y.year',
      'y.industry_code',
      'y.above_scale',
      'y.in_production',
    ]);
  if (year !== undefined) query = query.where('y.year', '=', year);
  if (filter.aboveScale !== undefined) query = query.where('y.above_scale', '=', filter.aboveScale);
  if (filter.industryPrefix) query = query.where('y.industry_code', 'like', `${escapeLike(filter.industryPrefix)}%`);
  if (filter.reportingUnitId) query = query.where('e.reporting_unit_id', '=', filter.reportingUnitId);
  query = query.where((eb) => inScope(eb, filter.scope, { uscc: 'e.uscc', reportingUnitId: 'e.reporting_unit_id' }));
  if (filter.search) {
    const escaped = escapeLike(filter.search);
    query = query.where((eb) =>
      eb.or([eb('n.name', 'like', `%${escaped}%`), eb('e.uscc', 'like', `${escaped.toUpperCase()}%`)]),
    );
  }
  return query.orderBy('e.id').limit(filter.limit).offset(filter.offset).execute();
}

export interface LandParcelRow {
  enterpriseId: number;
  reportingUnitId: string;
  certificateNo: string;
  tenure: 'own' | 'rented_in' | 'rented_out';
  areaMu: string;
  counterpartUscc: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export async function insertLandParcel(db: Queryable, row: LandParcelRow): Promise<number> {
  const { id } = await db
    .insertInto('land_parcel')
    .values({
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      certificate_no: row.certificateNo,
      tenure: row.tenure,
      area_mu: row.areaMu,
      counterpart_uscc: row.counterpartUscc,
      valid_from: row.validFrom,
      valid_to: row.validTo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listLandParcels(db: Queryable, enterpriseId: number) {
  return db
    .selectFrom('current_land_parcel')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id')
    .execute();
}

export interface ClusterOverrideRow {
  enterpriseId: number;
  reportingUnitId: string;
  systemId: string;
  year: number;
  clusterId: string | null;
  reason: string;
  assignedBy: string;
}

export async function insertClusterOverride(db: Queryable, row: ClusterOverrideRow): Promise<void> {
  await db
    .insertInto('cluster_assignment_override')
    .values({
      enterprise_id: row.enterpriseId,
      reporting_unit_id: row.reportingUnitId,
      system_id: row.systemId,
      year: row.year,
      cluster_id: row.clusterId,
      reason: row.reason,
      assigned_by: row.assignedBy,
    })
    .execute();
}

/** Every override of the enterprise, oldest first: the last one per (system, year) is in force. */
export async function listClusterOverrides(db: Queryable, enterpriseId: number) {
  return db
    .selectFrom('cluster_assignment_override')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id')
    .execute();
}

/** Enterprises with these USCCs, in one query per few thousand codes. */
export async function findEnterprisesByUscc(db: Queryable, codes: readonly string[]) {
  const rows = [];
  for (let start = 0; start < codes.length; start += 5000) {
    const chunk = codes.slice(start, start + 5000);
    if (chunk.length > 0)
      rows.push(...(await db.selectFrom('enterprise').selectAll().where('uscc', 'in', chunk).execute()));
  }
  return rows;
}

/** Creates many enterprises with their first name at once; returns their ids by USCC. */
export async function insertEnterprisesWithNames(
  db: Queryable,
  rows: readonly {
    uscc: string;
    reportingUnitId: string;
    usccWarning: string | null;
    name: string;
    validFrom: string;
  }[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < rows.length; start += 2000) {
    const chunk = rows.slice(start, start + 2000);
    if (chunk.length === 0) continue;
    const inserted = await db
      .insertInto('enterprise')
      .values(
        chunk.map((row) => ({ uscc: row.uscc, reporting_unit_id: row.reportingUnitId, uscc_warning: row.usccWarning })),
      )
      .returning(['id', 'uscc'])
      .execute();
    for (const row of inserted) ids.set(row.uscc, row.id);
    await db
      .insertInto('enterprise_name')
      .values(
        chunk.map((row) => ({
          enterprise_id: ids.get(row.uscc)!,
          reporting_unit_id: row.reportingUnitId,
          name: row.name,
          valid_from: row.validFrom,
        })),
      )
      .execute();
  }
  return ids;
}

/** Upserts many enterprise-years; a null attribute leaves what is stored. */
export async function upsertEnterpriseYears(db: Queryable, rows: readonly EnterpriseYearRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    const chunk = rows.slice(start, start + 2000);
    if (chunk.length === 0) continue;
    await db
      .insertInto('enterprise_year')
      .values(
        chunk.map((row) => ({
          enterprise_id: row.enterpriseId,
          year: row.year,
          reporting_unit_id: row.reportingUnitId,
          industry_code: row.industryCode,
          above_scale: row.aboveScale,
          in_production: row.inProduction,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['enterprise_id', 'year']).doUpdateSet((eb) => ({
          reporting_unit_id: eb.ref('excluded.reporting_unit_id'),
          industry_code: eb.fn.coalesce('excluded.industry_code', 'enterprise_year.industry_code'),
          above_scale: eb.fn.coalesce('excluded.above_scale', 'enterprise_year.above_scale'),
          in_production: eb.fn.coalesce('excluded.in_production', 'enterprise_year.in_production'),
        })),
      )
      .execute();
  }
}

/** Every enterprise's attributes in one year (industry class, 规上 flag, reporting unit). */
export async function listEnterpriseYearsOf(db: Queryable, year: number) {
  return db.selectFrom('enterprise_year').selectAll().where('year', '=', year).execute();
}

/** The overrides in force for a system and year: the latest per enterprise. */
export async function listLatestOverrides(db: Queryable, systemId: string, year: number) {
  return db
    .selectFrom('cluster_assignment_override')
    .distinctOn('enterprise_id')
    .select(['enterprise_id', 'cluster_id'])
    .where('system_id', '=', systemId)
    .where('year', '=', year)
    .orderBy('enterprise_id')
    .orderBy('id', 'desc')
    .execute();
}
