/**
 * npm run bench:evaluate — a 亩均 evaluation run end to end on PostgreSQL against one SQL query over the same
 * stored inputs, measured in the same run and database. Data: N enterprises (default 100,000), seeded, with the
 * yearly figures of the Zhejiang schemes, stored by COPY through the normal tables (synthetic-evaluation-data.ts).
 *  - product, end to end: startEvaluationRun, what `observatory evaluation run` does (build the input from the
 *    store, run the engine, store the run with its digests and one result row per enterprise);
 *  - its parts, timed separately: building the input from the store, and the pure compute (runEvaluation);
 *  - baseline: evaluation-sql.ts, one query computing indicator values, ratio-to-baseline scores with the scheme's
 *    caps, floors, missing-data policies and rounding, the weighted sum, percent_rank() and the class by CASE.
 * Repetitions are interleaved (SQL, run, build, compute; R times) and medians reported; the classes of the last SQL
 * query are compared with the engine's, enterprise by enterprise.
 * Options: --firms N --repeat R --scheme ID (default kaihua-capped) --seed S. Prints a table and JSON.
 */
import { requireEvaluationScheme, runEvaluation, type EvaluationRun } from '@observatory/core';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { findEvaluationScheme } from '../src/repositories/evaluation.repository.ts';
import { buildEvaluationInput } from '../src/services/evaluation/build-evaluation-input.ts';
import { sha256Digest } from '../src/services/evaluation/evaluation-digest.ts';
import { loadEvaluationSchemes } from '../src/services/evaluation/load-evaluation-schemes.ts';
import { startEvaluationRun } from '../src/services/evaluation/start-evaluation-run.ts';
import { compareWithEngine } from './compare-evaluation.ts';
import { evaluationSql, type SqlEvaluationRow } from './evaluation-sql.ts';
import { storeSyntheticYear, syntheticEnterprises } from './synthetic-evaluation-data.ts';
import { fmt, median, timed } from './timing.ts';
import { withBenchDatabase } from './with-bench-database.ts';

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const firms = Number(option('--firms', '100000'));
const repeat = Number(option('--repeat', '3'));
const schemeId = option('--scheme', 'kaihua-capped');
const seed = Number(option('--seed', '20221231'));

/** Deletes a benchmark run's result rows again (the run and its event stay: the trail is append-only). */
async function dropResults(database: Database, runId: number): Promise<void> {
  await database.db.deleteFrom('evaluation_result').where('run_id', '=', runId).execute();
}

const report = await withBenchDatabase('postgresql', async (database) => {
  await loadEvaluationSchemes(database.db, { loadedBy: 'bench' });
  const stored = await findEvaluationScheme(database.db, schemeId);
  if (!stored) throw new Error(`未找到评价方案 ${schemeId} (no such shipped scheme)`);
  const scheme = requireEvaluationScheme(stored.document);
  const query = evaluationSql(scheme);
  const load = await timed(() => storeSyntheticYear(database, scheme.year, syntheticEnterprises(firms, seed)));
  console.error(`${firms} enterprises (${scheme.year}) generated and stored by COPY in ${fmt(load.seconds, 1)} s`);

  const times = { sql: [] as number[], run: [] as number[], build: [] as number[], compute: [] as number[] };
  let sqlRows: SqlEvaluationRow[] = [];
  let engineRun: EvaluationRun | null = null;
  for (let r = 0; r < repeat; r++) {
    const baseline = await timed(() => sql<SqlEvaluationRow>`${sql.raw(query)}`.execute(database.db));
    sqlRows = baseline.result.rows;
    times.sql.push(baseline.seconds);
    const product = await timed(() => startEvaluationRun(database.db, { schemeId, createdBy: 'bench' }));
    times.run.push(product.seconds);
    engineRun = product.result.run;
    await dropResults(database, product.result.runId);
    const build = await timed(() => buildEvaluationInput(database.db, scheme.year));
    times.build.push(build.seconds);
    const compute = await timed(async () => runEvaluation(scheme, build.result, { digest: sha256Digest }));
    times.compute.push(compute.seconds);
    console.error(
      `run ${r + 1}: SQL ${fmt(baseline.seconds)} s, run end to end ${fmt(product.seconds)} s ` +
        `(input ${fmt(build.seconds)} s, compute ${fmt(compute.seconds)} s)`,
    );
  }
  const comparison = compareWithEngine(sqlRows, engineRun!);
  const t = {
    sql: median(times.sql),
    run: median(times.run),
    build: median(times.build),
    compute: median(times.compute),
  };
  return { firms, repeat, schemeId, seed, loadSeconds: load.seconds, medians: t, times, comparison };
});

const t = report.medians;
console.log(`\n亩均评价 ${report.schemeId}, ${firms} enterprises on PostgreSQL (medians of ${repeat})`);
console.log(
  '| SQL query (baseline) | run, end to end | ratio SQL / run | run / SQL | input from store | compute | ratio SQL / compute |',
);
console.log('|---|---|---|---|---|---|---|');
console.log(
  `| ${fmt(t.sql)} s | ${fmt(t.run)} s | ${fmt(t.sql / t.run, 3)} | ${fmt(t.run / t.sql, 1)} | ${fmt(t.build)} s | ${fmt(t.compute)} s | ${fmt(t.sql / t.compute, 3)} |`,
);
const c = report.comparison;
console.log(
  `status agrees for ${c.statusAgree} of ${c.enterprises}; of ${c.bothRated} rated by both: class agrees ${c.classAgree} ` +
    `(${fmt((100 * c.classAgree) / Math.max(1, c.bothRated), 3)} %), total ${c.totalAgree}, rank ${c.rankAgree}`,
);
for (const example of c.examples) console.log(`  differs: ${JSON.stringify(example)}`);
console.log(JSON.stringify(report));
