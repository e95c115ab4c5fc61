/**
 * Statistics tables: cluster memberships per system and year, leaf aggregates per month, their freshness, and
 * the statistics bureau's official growth rates. The aggregate SQL is the one place where observations are
 * summed for the dashboard and the bulletin.
 */
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

/** Serialises refreshes and holds off writers of the inputs until the refresh commits. */
export async function lockStatisticsInputs(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('observatory.statistics.refresh'))`.execute(db);
  await sql`lock table source_period_state, enterprise_year, cluster, catalogue_entry, cluster_assignment_override in share mode`.execute(
    db,
  );
}

export async function listMembershipStates(db: Queryable, years: readonly number[]) {
  if (years.length === 0) return [];
  return db.selectFrom('membership_state').selectAll().where('year', 'in', years).execute();
}

export async function listAggregateStates(db: Queryable, years: readonly number[]) {
  if (years.length === 0) return [];
  return db.selectFrom('aggregate_state').selectAll().where('period_year', 'in', years).execute();
}

export async function replaceMemberships(
  db: Queryable,
  systemId: string,
  year: number,
  members: ReadonlyMap<number, string>,
): Promise<void> {
  await db.deleteFrom('cluster_membership').where('system_id', '=', systemId).where('year', '=', year).execute();
  // One statement over two arrays: 100,000 members insert in a fraction of a second.
  const entries = [...members];
  await sql`insert into cluster_membership (system_id, year, enterprise_id, cluster_id)
            select ${systemId}, ${year}::integer, enterprise_id, cluster_id
            from unnest(${entries.map(([enterpriseId]) => enterpriseId)}::integer[],
                        ${entries.map(([, clusterId]) => clusterId)}::text[]) as member(enterprise_id, cluster_id)`.execute(
    db,
  );
  await db
    .insertInto('membership_state')
    .values({ system_id: systemId, year, members: members.size })
    .onConflict((conflict) =>
      conflict.columns(['system_id', 'year']).doUpdateSet({ members: members.size, computed_at: new Date() }),
    )
    .execute();
}

/**
 * Recomputes the leaf aggregates of one month: per system × most specific cluster × reporting unit, and the
 * city's 规上 total per unit (system and cluster '*'). Only 规上 enterprises of that year count; each
 * enterprise's 上年同期 is its own report's, or else its stored value of the same month a year before
 * (counted as derived).
 */
export async function recomputeMonthAggregates(db: Queryable, year: number, month: number): Promise<number> {
  await db
    .deleteFrom('statistic_aggregate')
    .where('period_year', '=', year)
    .where('period_month', '=', month)
    .execute();
  const result = await sql`
    insert into statistic_aggregate (system_id, cluster_id, reporting_unit_id, period_year, period_month, measure,
      value, value_with_base, base, contributors, reported_base, derived_base)
    with firm as (
      select o.enterprise_id, o.reporting_unit_id, o.measure, sum(o.value) as value, sum(o.base_value) as reported_base
      from current_observation o
      join enterprise_year ey on ey.enterprise_id = o.enterprise_id and ey.year = o.period_year and ey.above_scale
      where o.period_year = ${year} and o.period_month = ${month}
      group by o.enterprise_id, o.reporting_unit_id, o.measure
    ), prior as (
      select o.enterprise_id, o.measure, sum(o.value) as value
      from current_observation o
      where o.period_year = ${year - 1} and o.period_month = ${month}
      group by o.enterprise_id, o.measure
    ), firm_base as (
      select f.enterprise_id, f.reporting_unit_id, f.measure, f.value, f.reported_base,
             coalesce(f.reported_base, p.value) as base
      from firm f
      left join prior p on p.enterprise_id = f.enterprise_id and p.measure = f.measure
    ), scoped as (
      select '*'::text as system_id, '*'::text as cluster_id, fb.* from firm_base fb
      union all
      select m.system_id, m.cluster_id, fb.*
      from firm_base fb
      join cluster_membership m on m.enterprise_id = fb.enterprise_id and m.year = ${year}
    )
    select system_id, cluster_id, reporting_unit_id, ${year}::integer, ${month}::integer, measure,
      sum(value), coalesce(sum(value) filter (where base is not null), 0), sum(base),
      count(*)::integer,
      (count(*) filter (where reported_base is not null))::integer,
      (count(*) filter (where reported_base is null and base is not null))::integer
    from scoped
    group by system_id, cluster_id, reporting_unit_id, measure`.execute(db);
  const cells = Number(result.numAffectedRows ?? 0n);
  await db
    .insertInto('aggregate_state')
    .values({ period_year: year, period_month: month, cells })
    .onConflict((conflict) =>
      conflict.columns(['period_year', 'period_month']).doUpdateSet({ cells, computed_at: new Date() }),
    )
    .execute();
  return cells;
}

export interface AggregateFilter {
  measure: string;
  years: readonly number[];
  months?: readonly number[] | undefined;
  /** A system's leaf cells, or '*' for the city totals. */
  systemId: string;
  reportingUnitId?: string | undefined;
}

export async function listLeafAggregates(db: Queryable, filter: AggregateFilter) {
  let query = db
    .selectFrom('statistic_aggregate')
    .selectAll()
    .where('measure', '=', filter.measure)
    .where('period_year', 'in', filter.years)
    .where('system_id', '=', filter.systemId);
  if (filter.months) query = query.where('period_month', 'in', filter.months);
  if (filter.reportingUnitId) query = query.where('reporting_unit_id', '=', filter.reportingUnitId);
  return query.execute();
}

/** 规上 members of a system in a year with their cluster and unit. */
export async function listAboveScaleMembers(db: Queryable, systemId: string, year: number) {
  return db
    .selectFrom('cluster_membership as m')
    .innerJoin('enterprise_year as ey', (join) =>
      join.onRef('ey.enterprise_id', '=', 'm.enterprise_id').onRef('ey.year', '=', 'm.year'),
    )
    .select(['m.enterprise_id', 'm.cluster_id', 'ey.reporting_unit_id'])
    .where('m.system_id', '=', systemId)
    .where('m.year', '=', year)
    .where('ey.above_scale', '=', true)
    .execute();
}

/** Each 规上 enterprise's current value of a measure and period (Σ over sources), for concentration. */
export async function listFirmValues(db: Queryable, measure: string, year: number, month: number) {
  return db
    .selectFrom('current_observation as o')
    .innerJoin('enterprise_year as ey', (join) =>
      join.onRef('ey.enterprise_id', '=', 'o.enterprise_id').onRef('ey.year', '=', 'o.period_year'),
    )
    .select((eb) => ['o.enterprise_id', 'o.reporting_unit_id', eb.fn.sum<string>('o.value').as('value')])
    .where('o.measure', '=', measure)
    .where('o.period_year', '=', year)
    .where('o.period_month', '=', month)
    .where('ey.above_scale', '=', true)
    .groupBy(['o.enterprise_id', 'o.reporting_unit_id'])
    .execute();
}

export async function listOfficialGrowthRates(db: Queryable, measure: string, year: number, month: number) {
  return db
    .selectFrom('official_growth_rate')
    .selectAll()
    .where('measure', '=', measure)
    .where('period_year', '=', year)
    .where('period_month', '=', month)
    .execute();
}

export interface OfficialGrowthRateRecord {
  measure: string;
  scope: string;
  year: number;
  month: number;
  rate: string;
  source: string;
  recordedBy: string;
}

export async function upsertOfficialGrowthRate(db: Queryable, record: OfficialGrowthRateRecord): Promise<void> {
  const row = {
    measure: record.measure,
    scope: record.scope,
    period_year: record.year,
    period_month: record.month,
    rate: record.rate,
    source: record.source,
    recorded_by: record.recordedBy,
  };
  await db
    .insertInto('official_growth_rate')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['measure', 'scope', 'period_year', 'period_month'])
        .doUpdateSet({ rate: row.rate, source: row.source, recorded_by: row.recorded_by, recorded_at: new Date() }),
    )
    .execute();
}

/** Source periods that have current data (a committed, not rolled back batch). */
export async function listCurrentSourcePeriods(db: Queryable) {
  return db
    .selectFrom('source_period_state')
    .select(['period_year', 'period_month'])
    .where('current_batch_id', 'is not', null)
    .distinct()
    .execute();
}

/** Whether any current data came from the synthetic demo data set (imported by the actor 'demo'). */
export async function hasDemoData(db: Queryable): Promise<boolean> {
  const row = await db
    .selectFrom('import_batch')
    .select('id')
    .where('created_by', '=', 'demo')
    .where('status', '=', 'committed')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export interface MembershipTransition {
  /** The cluster this year (null: not a 规上 member this year). */
  now_cluster: string | null;
  before_cluster: string | null;
  now_unit: string | null;
  before_unit: string | null;
  enterprises: number;
}

/**
 * Recounts the 规上 members of a system (or, with '*', the city's 规上 set) this year and last per (cluster now,
 * cluster before, unit now, unit before); null where the enterprise was not a 规上 member. Memberships of both
 * years must be current.
 */
export async function replaceMembershipTransitions(db: Queryable, systemId: string, year: number): Promise<void> {
  const members = (memberYear: number) =>
    systemId === '*'
      ? sql`select ey.enterprise_id, '*'::text as cluster_id, ey.reporting_unit_id
            from enterprise_year ey where ey.year = ${memberYear} and ey.above_scale`
      : sql`select m.enterprise_id, m.cluster_id, ey.reporting_unit_id
            from cluster_membership m
            join enterprise_year ey on ey.enterprise_id = m.enterprise_id and ey.year = m.year and ey.above_scale
            where m.system_id = ${systemId} and m.year = ${memberYear}`;
  await db.deleteFrom('membership_transition').where('system_id', '=', systemId).where('year', '=', year).execute();
  await sql`
    insert into membership_transition (system_id, year, now_cluster, before_cluster, now_unit, before_unit, enterprises)
    select ${systemId}, ${year}::integer, now.cluster_id, before.cluster_id, now.reporting_unit_id,
           before.reporting_unit_id, count(*)::integer
    from (${members(year)}) now
    full outer join (${members(year - 1)}) before on before.enterprise_id = now.enterprise_id
    group by 3, 4, 5, 6`.execute(db);
}

/** The kept transitions of a system (or '*', the city) and year. */
export async function listMembershipTransitions(
  db: Queryable,
  systemId: string,
  year: number,
): Promise<MembershipTransition[]> {
  return db
    .selectFrom('membership_transition')
    .select(['now_cluster', 'before_cluster', 'now_unit', 'before_unit', 'enterprises'])
    .where('system_id', '=', systemId)
    .where('year', '=', year)
    .execute();
}

/** The first year with any 规上 enterprise, or null. */
export async function findFirstDataYear(db: Queryable): Promise<number | null> {
  const row = await db
    .selectFrom('enterprise_year')
    .select((eb) => eb.fn.min<number>('year').as('year'))
    .where('above_scale', '=', true)
    .executeTakeFirst();
  return row?.year ?? null;
}

/**
 * The freshness marks of a system's year and a month's aggregates, as text: together they change whenever an
 * input of that month's firm values or of the year's memberships changes (the triggers of 0005 delete them, a
 * refresh writes new ones). null when either is missing (statistics not current).
 */
export async function findStatisticsStamp(
  db: Queryable,
  systemId: string,
  year: number,
  month: number,
): Promise<string | null> {
  const [aggregate, membership] = await Promise.all([
    db
      .selectFrom('aggregate_state')
      .select(sql<string>`computed_at::text`.as('stamp'))
      .where('period_year', '=', year)
      .where('period_month', '=', month)
      .executeTakeFirst(),
    db
      .selectFrom('membership_state')
      .select(sql<string>`computed_at::text`.as('stamp'))
      .where('system_id', '=', systemId)
      .where('year', '=', year)
      .executeTakeFirst(),
  ]);
  return aggregate && membership ? `${aggregate.stamp}|${membership.stamp}` : null;
}

/**
 * The version of every kept statistic: all freshness marks (months' aggregates, systems' years of memberships)
 * and the latest official growth rate, as one text. Any import, revision, rollback, enterprise-year change,
 * registry load or recorded official rate changes it.
 */
export async function findStatisticsVersion(db: Queryable): Promise<string> {
  const row = await sql<{ version: string }>`
    select
      (select coalesce(string_agg(period_year || '-' || period_month || '@' || computed_at::text, ','
                                  order by period_year, period_month), '') from aggregate_state)
      || '|' ||
      (select coalesce(string_agg(system_id || ':' || year || '@' || computed_at::text, ','
                                  order by system_id, year), '') from membership_state)
      || '|' ||
      (select coalesce(max(recorded_at)::text, '') || '#' || count(*) from official_growth_rate)
      as version`.execute(db);
  return row.rows[0]!.version;
}
