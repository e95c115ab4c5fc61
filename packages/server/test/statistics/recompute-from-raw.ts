/**
 * An independent recomputation of cluster values straight from the raw facts (current observations of 规上
 * enterprises, each assigned by the catalogue and overrides), without the kept aggregates: what the
 * aggregates must always equal. Values are Σ in 元 (null for a cluster nobody reported to), per cluster for
 * the city and per reporting unit.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { assignClusters } from '../../src/services/statistics/assign-clusters.ts';

export async function recomputeFromRaw(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  measure: string,
  year: number,
  month: number,
  /** The units to report; every unit with data when absent. */
  onlyUnits?: readonly string[],
) {
  const { rows } = await sql<{ enterprise_id: number; reporting_unit_id: string; value: string }>`
    select o.enterprise_id, o.reporting_unit_id, sum(o.value) as value
    from current_observation o
    join enterprise_year ey on ey.enterprise_id = o.enterprise_id and ey.year = o.period_year and ey.above_scale
    where o.measure = ${measure} and o.period_year = ${year} and o.period_month = ${month}
    group by o.enterprise_id, o.reporting_unit_id`.execute(db);
  const assignments = await assignClusters(db, systemId, year);
  const clusterIds = (await db.selectFrom('cluster').select('id').where('system_id', '=', systemId).execute()).map(
    (cluster) => cluster.id,
  );
  const add = (totals: Record<string, number | null>, key: string, value: number) => {
    totals[key] = Math.round(((totals[key] ?? 0) + value) * 100) / 100;
  };
  const empty = () => Object.fromEntries(clusterIds.map((id) => [id, null])) as Record<string, number | null>;
  let city: number | null = null;
  const clusters = empty();
  const units: Record<string, Record<string, number | null>> = {};
  for (const row of rows) {
    const value = Number(row.value);
    city = Math.round(((city ?? 0) + value) * 100) / 100;
    const leaf = assignments.clusterOf.get(row.enterprise_id);
    if (leaf === undefined) continue;
    const unit = (units[row.reporting_unit_id] ??= empty());
    for (const clusterId of assignments.chainOf(leaf)) {
      add(clusters, clusterId, value);
      add(unit, clusterId, value);
    }
  }
  const wanted = onlyUnits ?? Object.keys(units);
  return {
    city,
    clusters,
    units: Object.fromEntries(wanted.map((unit) => [unit, units[unit] ?? empty()])),
  };
}
