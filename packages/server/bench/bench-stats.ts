/**
 * npm run bench:stats — full-history statistics from the product's own path against a plain GROUP BY over the
 * raw facts, measured in the same run. Data: N enterprises (default 100,000) × M months (default 36, 2022-01 to
 * 2024-12) of 规上工业总产值 with 上年同期, spread over Jiaxing's 9 units and industry codes of every cluster
 * system, loaded straight into the tables (the import path has its own benchmark).
 *  - baseline: one GROUP BY (month × unit) over current observations of 规上 enterprises;
 *  - product, cold: the kept statistics rebuilt from nothing (memberships of 3 years × every system, 36 months of
 *    aggregates), then every system's cluster table for every month and the city series;
 *  - product, warm: the same reads from the kept aggregates (what the dashboard and the bulletin do);
 *  - the refresh after an import of one month (that month and the same month a year later).
 * Options: --firms N --months M --engines postgresql,pglite --repeat R. Prints a table and JSON.
 */
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { shippedRegistryDir } from '../src/data-files.ts';
import { listClusterSystems } from '../src/repositories/registry.repository.ts';
import { loadRegistryFiles } from '../src/services/registry/load-registry-files.ts';
import { computeClusterStatistics } from '../src/services/statistics/compute-cluster-statistics.ts';
import { computeTimeSeries } from '../src/services/statistics/compute-time-series.ts';
import { listDataPeriods, refreshAllStatistics } from '../src/services/statistics/refresh-statistics.ts';
import { fmt, median, timed } from './timing.ts';
import { withBenchDatabase } from './with-bench-database.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const firms = option('--firms', 100_000);
const months = option('--months', 36);
const repeat = option('--repeat', 3);
const enginesArg = process.argv.indexOf('--engines');
const engines = (enginesArg >= 0 ? process.argv[enginesArg + 1]! : 'postgresql').split(',');

const UNITS = ['330402', '330411', '330421', '330424', '330481', '330482', '330483', 'jiaxing-etdz', 'jiaxing-port'];
/** Classes that fall in 五大, 三大, 415X and 135N clusters, and some outside every cluster. */
const CODES = ['1711', '1810', '2822', '3825', '3670', '2614', '2651', '3856', '2110', '3311', '3982', '1513'];

/** Enterprises, their years, one batch per month and the observations, generated inside the database. */
async function loadFacts(database: Database): Promise<void> {
  const db = database.db;
  await sql`insert into raw_file (sha256, size_bytes, content, first_name)
            values (repeat('0', 64), 0, ''::bytea, 'bench')`.execute(db);
  await sql`insert into enterprise (uscc, reporting_unit_id)
            select '91330400' || lpad(i::text, 9, '0') || '0', (${sql.val(UNITS)}::text[])[1 + i % 9]
            from generate_series(1, ${firms}) i`.execute(db);
  const years = [...new Set(Array.from({ length: months }, (_, m) => 2022 + Math.floor(m / 12)))];
  await sql`insert into enterprise_year (enterprise_id, year, reporting_unit_id, industry_code, above_scale, in_production)
            select e.id, y, e.reporting_unit_id, (${sql.val(CODES)}::text[])[1 + e.id % 12], (e.id + y) % 17 <> 0, true
            from enterprise e cross join unnest(${sql.val(years)}::int[]) y`.execute(db);
  for (let m = 0; m < months; m++) {
    const year = 2022 + Math.floor(m / 12);
    const month = 1 + (m % 12);
    const { rows } = await sql<{ id: number }>`
      insert into import_batch (source_profile, period_year, period_month, file_sha256, file_name, status,
        rows_total, rows_accepted, rows_rejected, errors, warnings, created_by)
      values ('stats-monthly', ${year}, ${month}, repeat('0', 64), 'bench', 'committed', ${firms}, ${firms}, 0, 0, 0, 'bench')
      returning id`.execute(db);
    const batch = rows[0]!.id;
    await sql`insert into observation (batch_id, enterprise_id, reporting_unit_id, period_year, period_month, measure,
                value, base_value, sheet_row)
              select ${batch}, e.id, e.reporting_unit_id, ${year}, ${month}, 'industrial_output',
                     (1000000 + (e.id::bigint * 7919) % 90000000) * ${month}, (950000 + (e.id::bigint * 104729) % 85000000) * ${month}, e.id
              from enterprise e`.execute(db);
    await sql`insert into source_period_state (source_profile, period_year, period_month, current_batch_id, revision)
              values ('stats-monthly', ${year}, ${month}, ${batch}, 1)`.execute(db);
  }
  await sql`analyze`.execute(db);
}

async function baseline(database: Database): Promise<number> {
  const { seconds } = await timed(() =>
    sql`select o.period_year, o.period_month, o.reporting_unit_id, sum(o.value), sum(o.base_value), count(*)
        from current_observation o
        join enterprise_year ey on ey.enterprise_id = o.enterprise_id and ey.year = o.period_year and ey.above_scale
        where o.measure = 'industrial_output'
        group by 1, 2, 3`.execute(database.db),
  );
  return seconds;
}

/** Every system's cluster table for every month, and the city's series over the whole range. */
async function readHistory(database: Database): Promise<void> {
  const db = database.db;
  const periods = (await listDataPeriods(db)).filter((period) => period.month > 0);
  for (const system of await listClusterSystems(db))
    for (const period of periods)
      await computeClusterStatistics(db, { systemId: system.id, measure: 'industrial_output', ...period });
  await computeTimeSeries(db, { measure: 'industrial_output', from: periods[0]!, to: periods.at(-1)! });
}

interface EngineResult {
  engine: string;
  baseline: number;
  cold: number;
  warm: number;
  incremental: number;
}

async function runEngine(engine: string): Promise<EngineResult> {
  return withBenchDatabase(engine, async (database) => {
    await loadRegistryFiles(database.db, shippedRegistryDir);
    const load = await timed(() => loadFacts(database));
    console.error(`${engine}: ${firms} enterprises × ${months} months loaded in ${fmt(load.seconds, 1)} s`);
    const baselines: number[] = [];
    const colds: number[] = [];
    const warms: number[] = [];
    const refreshes: number[] = [];
    const incrementals: number[] = [];
    for (let run = 0; run < repeat; run++) {
      baselines.push(await baseline(database));
      await database.db.deleteFrom('aggregate_state').execute();
      await database.db.deleteFrom('membership_state').execute();
      const refresh = await timed(() => refreshAllStatistics(database.db));
      const firstRead = await timed(() => readHistory(database));
      refreshes.push(refresh.seconds);
      colds.push(refresh.seconds + firstRead.seconds);
      warms.push((await timed(() => readHistory(database))).seconds);
      // After an import of one month (its 规上 set unchanged): that month and the same month a year later.
      const last = (await listDataPeriods(database.db)).at(-1)!;
      await database.db
        .deleteFrom('aggregate_state')
        .where('period_year', 'in', [last.year, last.year - 1])
        .where('period_month', '=', last.month)
        .execute();
      incrementals.push((await timed(() => refreshAllStatistics(database.db))).seconds);
      console.error(
        `${engine} run ${run + 1}: baseline ${fmt(baselines.at(-1)!)} s, cold ${fmt(colds.at(-1)!)} s (refresh ${fmt(refreshes.at(-1)!)} s), warm ${fmt(warms.at(-1)!)} s`,
      );
    }
    return {
      engine,
      baseline: median(baselines),
      cold: median(colds),
      warm: median(warms),
      incremental: median(incrementals),
    };
  });
}

const results: EngineResult[] = [];
for (const engine of engines) results.push(await runEngine(engine));
console.log(`\nfull-history statistics, ${firms} enterprises × ${months} months (medians of ${repeat})`);
console.log(
  '| engine | GROUP BY (baseline) | product, cold | ratio | product, warm | ratio | refresh after one import |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of results)
  console.log(
    `| ${r.engine} | ${fmt(r.baseline)} s | ${fmt(r.cold)} s | ${fmt(r.baseline / r.cold, 3)} | ${fmt(r.warm)} s | ${fmt(r.baseline / r.warm, 3)} | ${fmt(r.incremental)} s |`,
  );
console.log(JSON.stringify({ firms, months, repeat, results }));
