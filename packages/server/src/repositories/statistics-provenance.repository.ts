/**
 * Where a statistics cell comes from: the import batches that are current for its period (and for the same month
 * a year before, which gives the comparable base) and hold a value of its measure for at least one enterprise of
 * the cell — a 规上 enterprise of the year, optionally of one reporting unit and a cluster subtree (or any
 * cluster of a system). Batches are import metadata, never enterprise rows.
 */
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

export interface CellSourceFilter {
  measure: string;
  year: number;
  month: number;
  reportingUnitId?: string | undefined;
  /** The system whose memberships define the cell (absent: the city's whole 规上 industry). */
  systemId?: string | undefined;
  /** The clusters of the cell (a cluster and its sub-directions); absent: every cluster of the system. */
  clusterIds?: readonly string[] | undefined;
}

export interface CellSourceRow {
  batch_id: number;
  source_profile: string;
  file_name: string;
  created_at: Date;
  period_year: number;
  period_month: number;
  revision: number;
}

export async function listCellSources(db: Queryable, filter: CellSourceFilter): Promise<CellSourceRow[]> {
  const unit = filter.reportingUnitId === undefined ? sql`` : sql`and ey.reporting_unit_id = ${filter.reportingUnitId}`;
  const membership =
    filter.systemId === undefined
      ? sql``
      : sql`and exists (select 1 from cluster_membership m
                         where m.enterprise_id = o.enterprise_id and m.year = ${filter.year}
                           and m.system_id = ${filter.systemId}
                           ${filter.clusterIds === undefined ? sql`` : sql`and m.cluster_id = any(${[...filter.clusterIds]}::text[])`})`;
  const result = await sql<CellSourceRow>`
    select b.id as batch_id, s.source_profile, b.file_name, b.created_at, s.period_year, s.period_month, s.revision
    from source_period_state s
    join import_batch b on b.id = s.current_batch_id
    where s.period_month = ${filter.month}
      and s.period_year in (${filter.year}, ${filter.year - 1})
      and exists (select 1 from observation o
                  join enterprise_year ey on ey.enterprise_id = o.enterprise_id and ey.year = ${filter.year}
                   and ey.above_scale
                  where o.batch_id = b.id and o.measure = ${filter.measure}
                    and o.period_year = s.period_year and o.period_month = s.period_month
                    ${unit} ${membership})
    order by s.period_year desc, s.source_profile, b.id`.execute(db);
  return result.rows;
}
