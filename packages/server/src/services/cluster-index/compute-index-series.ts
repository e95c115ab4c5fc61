/**
 * The fixed-base series of the cluster index (base year = 100) for whole years `from`..`to`: one definition for
 * the whole series (the version valid in `to`, or the one named), so every year is measured the same way; the
 * indicator tables of the base year and of every year from the stored statistics; the series per cluster, for
 * the system's clusters together and for the city (fixed-base-series.ts has the formula). Recorded in
 * index_result like the rankings, with input and result digests.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertIndexResult } from '../../repositories/cluster-index.repository.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';
import { buildIndicatorTable, type IndicatorTable } from './build-indicator-table.ts';
import {
  definitionHeader,
  describeIndicators,
  inputDigestOf,
  type IndexResultHeader,
} from './compute-cluster-index.ts';
import { withEngineFailures } from './engine-failure.ts';
import { fixedBaseSeries, type SeriesUnit } from './fixed-base-series.ts';
import { resolveIndexDefinition } from './resolve-index-definition.ts';

export interface IndexSeriesQuery {
  from: number;
  to: number;
  definition?: string | undefined;
  computedBy: string;
}

export interface IndexSeriesResult extends IndexResultHeader {
  baseYear: number;
  indicators: ReturnType<typeof describeIndicators>;
  clusters: { id: string; name: { zh: string; en: string } }[];
  units: SeriesUnit[];
  excluded: { unit: string; indicator: string }[];
}

const maxYears = 30;

export async function computeIndexSeries(
  db: Kysely<DatabaseSchema>,
  query: IndexSeriesQuery,
): Promise<IndexSeriesResult> {
  if (query.from > query.to)
    throw new AppError(
      'validation_failed',
      `起始年 ${query.from} 晚于结束年 ${query.to} (the series starts after it ends)`,
    );
  if (query.to - query.from >= maxYears)
    throw new AppError('validation_failed', `序列最多 ${maxYears} 年 (a series covers at most ${maxYears} years)`);
  const resolved = await resolveIndexDefinition(db, query.definition, query.to);
  const { definition } = resolved;
  if (query.from < definition.baseYear)
    throw new AppError(
      'validation_failed',
      `定基序列从基期 ${definition.baseYear} 年起 (the fixed-base series starts at the base year ${definition.baseYear})`,
    );
  const base = await buildIndicatorTable(db, definition, { year: definition.baseYear, month: 0 });
  const years: IndicatorTable[] = [];
  for (let year = query.from; year <= query.to; year++)
    years.push(year === definition.baseYear ? base : await buildIndicatorTable(db, definition, { year, month: 0 }));
  const series = withEngineFailures(definition.id, () => fixedBaseSeries(definition, base, years));
  const body = {
    baseYear: series.baseYear,
    indicators: describeIndicators(definition),
    clusters: base.clusters,
    units: series.units,
    excluded: series.excluded,
  };
  const inputDigest = inputDigestOf(resolved.digest, [base, ...years]);
  const digest = digestOf({ definition: resolved.digest, input: inputDigest, result: body });
  const period = `${query.from}..${query.to}`;
  const stored = await insertIndexResult(db, {
    definitionId: definition.id,
    definitionVersion: definition.version,
    definitionDigest: resolved.digest,
    kind: 'series',
    period,
    inputDigest,
    digest,
    result: body,
    computedBy: query.computedBy,
  });
  return {
    definition: definitionHeader(resolved),
    period,
    inputDigest,
    digest,
    resultId: stored.id,
    computedAt: stored.computed_at,
    ...body,
  };
}
