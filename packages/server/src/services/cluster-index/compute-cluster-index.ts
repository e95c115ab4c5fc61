/**
 * The cluster index of a period (a year, or 1–N月 as YYYY-MM) on the stored data: the definition valid in the
 * period's year (or the one named), its indicator table built from the statistics, the composite engine's
 * scores and ranks per cluster, the system's and the city's indicator values beside them, and the digests:
 * of the input (definition digest, period and indicator table) and of the result. The result is recorded in
 * index_result naming the definition version; recomputing the same input gives the same digest and the
 * stored row is reused. Clusters only: no enterprise's data leave through it.
 */
import { CompositeError, type BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { insertIndexResult } from '../../repositories/cluster-index.repository.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';
import { buildIndicatorTable, type IndicatorTable } from './build-indicator-table.ts';
import type { IndexDefinition } from './index-definition-schema.ts';
import { withEngineFailures } from './engine-failure.ts';
import { indicatorsOf } from './index-framework.ts';
import type { IndexPeriod } from './indicator-sources.ts';
import { rankClusterIndex, type ClusterIndexRow } from './rank-cluster-index.ts';
import { rankIntervals, type RankInterval } from './rank-intervals.ts';
import { resolveIndexDefinition, type ResolvedDefinition } from './resolve-index-definition.ts';

export interface ClusterIndexQuery {
  period: IndexPeriod;
  /** `id` or `id@version`; the default definition when absent. */
  definition?: string | undefined;
  computedBy: string;
}

export interface IndexResultHeader {
  definition: {
    id: string;
    version: number;
    digest: string;
    name: BilingualName;
    system: string;
    clusterLevel: number;
  };
  period: string;
  inputDigest: string;
  digest: string;
  resultId: number;
  computedAt: Date;
}

export interface ClusterIndexResult extends IndexResultHeader {
  indicators: ReturnType<typeof describeIndicators>;
  /** Each cluster with its 5–95 % rank interval (rank-intervals.ts; not part of the stored result's digest). */
  clusters: (ClusterIndexRow & { rankInterval: RankInterval | null })[];
  /** The indicators of the system's clusters together and of the city's 规上 industry (not ranked). */
  reference: { unit: 'system' | 'city'; indicators: { id: string; value: number | null }[] }[];
  messages: { stage: string; severity: string; code: string; message: string }[];
}

export const periodText = (period: IndexPeriod) =>
  period.month === 0 ? String(period.year) : `${period.year}-${String(period.month).padStart(2, '0')}`;

export function describeIndicators(definition: IndexDefinition) {
  return indicatorsOf(definition).map(({ dimension, indicator }) => ({
    id: indicator.id,
    name: indicator.name,
    dimension: dimension.id,
    unit: indicator.unit ?? null,
    direction: indicator.direction,
    weight: indicator.weight,
    source: indicator.source.kind,
  }));
}

export const definitionHeader = ({ definition, digest }: ResolvedDefinition) => ({
  id: definition.id,
  version: definition.version,
  digest,
  name: definition.name,
  system: definition.system,
  clusterLevel: definition.clusterLevel,
});

/** The input digest: what the index is computed from (the definition by its digest, the period, the table). */
export const inputDigestOf = (definitionDigest: string, tables: readonly IndicatorTable[]) =>
  digestOf({ definition: definitionDigest, tables });

/** The rank intervals, or none with a message when the engine refuses every rerun (the index itself stands). */
function intervalsOrMessage(definition: IndexDefinition, table: IndicatorTable) {
  try {
    return { intervals: rankIntervals(definition, table), message: null };
  } catch (error) {
    if (!(error instanceof CompositeError)) throw error;
    return {
      intervals: new Map<string, RankInterval>(),
      message: {
        stage: 'Uncertainty',
        severity: 'warning',
        code: 'rank_interval_unavailable',
        message: `位次区间无法计算 (no rank interval): ${error.message}`,
      },
    };
  }
}

export async function computeClusterIndex(
  db: Kysely<DatabaseSchema>,
  query: ClusterIndexQuery,
): Promise<ClusterIndexResult> {
  const resolved = await resolveIndexDefinition(db, query.definition, query.period.year);
  const { definition } = resolved;
  const table = await buildIndicatorTable(db, definition, query.period);
  const ranked = withEngineFailures(definition.id, () => rankClusterIndex(definition, table));
  const body = {
    indicators: describeIndicators(definition),
    clusters: ranked.rows,
    reference: (['system', 'city'] as const).map((unit) => ({
      unit,
      indicators: table.columns.map((column) => ({ id: column.indicator, value: column[unit] })),
    })),
    messages: [
      ...table.columns
        .filter((column) => column.note !== null)
        .map((column) => ({
          stage: 'Data',
          severity: 'info',
          code: 'source_note',
          message: `${column.indicator}：${column.note}`,
        })),
      ...ranked.messages.map(({ stage, severity, code, message }) => ({ stage, severity, code, message })),
    ],
  };
  const inputDigest = inputDigestOf(resolved.digest, [table]);
  const digest = digestOf({ definition: resolved.digest, input: inputDigest, result: body });
  const period = periodText(query.period);
  const stored = await insertIndexResult(db, {
    definitionId: definition.id,
    definitionVersion: definition.version,
    definitionDigest: resolved.digest,
    kind: 'clusters',
    period,
    inputDigest,
    digest,
    result: body,
    computedBy: query.computedBy,
  });
  const { intervals, message } = intervalsOrMessage(definition, table);
  return {
    definition: definitionHeader(resolved),
    period,
    inputDigest,
    digest,
    resultId: stored.id,
    computedAt: stored.computed_at,
    ...body,
    clusters: body.clusters.map((row) => ({ ...row, rankInterval: intervals.get(row.cluster) ?? null })),
    messages: message === null ? body.messages : [...body.messages, message],
  };
}
