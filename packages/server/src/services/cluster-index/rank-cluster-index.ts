/**
 * The cluster index of one period from its indicator table, through the composite engine: the definition's
 * steps (e.g. impute, treat, normalise min-max 0–100, weighted arithmetic aggregate) on the clusters × indicators,
 * then per cluster its indicator values (raw and normalised), dimension scores with their rank among the
 * clusters, the index and its rank (competition ranking: 1, 2, 2, 4). Missing values stay missing; a dimension
 * or index aggregates the children present with their weights re-spread (the engine's rule). Pure.
 */
import {
  competitionRanks,
  createDataset,
  runPipeline,
  type BilingualName,
  type CompositeInput,
  type CompositeMessage,
  type Stage,
  type UnitInfo,
} from '@observatory/core';
import type { IndicatorTable } from './build-indicator-table.ts';
import type { IndexDefinition } from './index-definition-schema.ts';
import { indexCode, indexFramework, indexPipeline, indicatorsOf } from './index-framework.ts';

export interface ClusterIndexRow {
  cluster: string;
  name: BilingualName;
  index: number | null;
  rank: number | null;
  dimensions: { id: string; score: number | null; rank: number | null }[];
  indicators: { id: string; value: number | null; normalised: number | null }[];
}

export interface RankedClusterIndex {
  rows: ClusterIndexRow[];
  /** The engine's messages of every stage (imputed cells, untreated columns, values not computable). */
  messages: (CompositeMessage & { stage: string })[];
}

const lastStageOf = (stages: readonly Stage[], step: string) =>
  [...stages].reverse().find((stage) => stage.details.step === step);

/** The composite engine's input of an indicator table: the definition's framework and the clusters' values. */
export function compositeInputOf(definition: IndexDefinition, table: IndicatorTable): CompositeInput {
  const framework = indexFramework(definition);
  const unitCodes = table.clusters.map((cluster) => cluster.id);
  const data = createDataset(
    unitCodes,
    table.columns.map((column) => [column.indicator, column.clusters] as [string, (number | null)[]]),
  );
  const units: UnitInfo[] = table.clusters.map((cluster) => ({
    code: cluster.id,
    name: cluster.name.zh,
    groups: new Map(),
    denominators: new Map(),
  }));
  return { framework, units, data };
}

export function rankClusterIndex(definition: IndexDefinition, table: IndicatorTable): RankedClusterIndex {
  const input = compositeInputOf(definition, table);
  const { data } = input;
  const unitCodes = table.clusters.map((cluster) => cluster.id);
  const result = runPipeline(input, indexPipeline(definition));
  const final = result.final.data;
  const normalised = lastStageOf(result.stages, 'normalise')?.data ?? null;
  const column = (code: string) => final.columns.get(code) ?? unitCodes.map(() => null);
  const indexValues = column(indexCode);
  const indexRanks = competitionRanks(indexValues);
  const dimensionRanks = new Map(
    definition.dimensions.map((dimension) => [dimension.id, competitionRanks(column(dimension.id))]),
  );
  const rows = table.clusters.map((cluster, u) => ({
    cluster: cluster.id,
    name: cluster.name,
    index: indexValues[u] ?? null,
    rank: indexRanks[u] ?? null,
    dimensions: definition.dimensions.map((dimension) => ({
      id: dimension.id,
      score: column(dimension.id)[u] ?? null,
      rank: dimensionRanks.get(dimension.id)?.[u] ?? null,
    })),
    indicators: indicatorsOf(definition).map(({ indicator }) => ({
      id: indicator.id,
      value: data.columns.get(indicator.id)?.[u] ?? null,
      normalised: normalised?.columns.get(indicator.id)?.[u] ?? null,
    })),
  }));
  rows.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || unitCodes.indexOf(a.cluster) - unitCodes.indexOf(b.cluster),
  );
  const messages = result.stages.flatMap((stage) =>
    stage.messages.map((message) => ({ ...message, stage: stage.name })),
  );
  return { rows, messages };
}
