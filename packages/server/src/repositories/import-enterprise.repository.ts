/**
 * Enterprise rows as a large import reads and writes them, one statement per file instead of one per
 * chunk or row: the enterprises a file names (by USCC, passed as one array) and the merge of the file's
 * enterprise-years. Both take whole columns as array parameters, so 20,000 rows are one round trip; the
 * answer comes back as one JSON document, which both engines hand over far faster than 20,000 rows.
 */
import { sql } from 'kysely';
import type { EnterpriseYearRow } from './enterprise.repository.ts';
import type { Queryable } from './queryable.ts';

export interface KnownEnterprise {
  id: number;
  uscc: string;
  reporting_unit_id: string;
}

/** The registered enterprises among `codes` (each once, in no particular order). */
export async function findKnownEnterprises(db: Queryable, codes: readonly string[]): Promise<KnownEnterprise[]> {
  if (codes.length === 0) return [];
  const result = await sql<{ rows: string }>`
    select coalesce(json_agg(json_build_array(id, uscc, reporting_unit_id)), '[]')::text as rows
    from enterprise where uscc = any(${[...new Set(codes)]}::text[])`.execute(db);
  return (JSON.parse(result.rows[0]!.rows) as [number, string, string][]).map(([id, uscc, unit]) => ({
    id,
    uscc,
    reporting_unit_id: unit,
  }));
}

/**
 * Upserts enterprise-years; a null attribute leaves what is stored. A row whose stored attributes would
 * come out the same is left untouched (it is still locked, as ON CONFLICT DO UPDATE locks every row it
 * meets), so a monthly file that changes nothing rewrites nothing.
 */
export async function mergeEnterpriseYears(db: Queryable, rows: readonly EnterpriseYearRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: EnterpriseYearRow) => T) => rows.map(pick);
  await sql`
    insert into enterprise_year as y (enterprise_id, year, reporting_unit_id, industry_code, above_scale, in_production)
    select * from unnest(
      ${column((row) => row.enterpriseId)}::integer[],
      ${column((row) => row.year)}::integer[],
      ${column((row) => row.reportingUnitId)}::text[],
      ${column((row) => row.industryCode)}::text[],
      ${column((row) => row.aboveScale)}::boolean[],
      ${column((row) => row.inProduction)}::boolean[])
    on conflict (enterprise_id, year) do update set
      reporting_unit_id = excluded.reporting_unit_id,
      industry_code = coalesce(excluded.industry_code, y.industry_code),
      above_scale = coalesce(excluded.above_scale, y.above_scale),
      in_production = coalesce(excluded.in_production, y.in_production)
    where (y.reporting_unit_id, y.industry_code, y.above_scale, y.in_production) is distinct from
      (excluded.reporting_unit_id, coalesce(excluded.industry_code, y.industry_code),
       coalesce(excluded.above_scale, y.above_scale), coalesce(excluded.in_production, y.in_production))`.execute(db);
}
