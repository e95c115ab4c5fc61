/**
 * The fixed-base series of the cluster index (base year = 100), pure. For a unit u (a cluster, the system's
 * clusters together, the city), an indicator i with value x(t) in year t and x(t₀) in the base year:
 *   ratio rule (levels):        r = x(t)/x(t₀), or x(t₀)/x(t) when less is better (direction −1);
 *   difference rule (rates %):  r = 1 + d·(x(t) − x(t₀))/100, d the direction (100 + the change in points);
 * then index(t) = 100 × the definition's aggregation (weighted arithmetic mean by default) of the r over the
 * framework: indicators → dimensions → index, weights re-spread over what is present. An indicator the unit lacks
 * in the base year (or whose base is ≤ 0 for the ratio rule) is left out of every year of that unit; one missing
 * in a later year is left out of that year. In the base year every r is 1, so every index is 100.
 */
import {
  createDataset,
  runPipeline,
  type CompositeMessage,
  type PipelineDefinition,
  type UnitInfo,
} from '@observatory/core';
import type { IndicatorTable } from './build-indicator-table.ts';
import type { IndexDefinition, IndicatorDefinition } from './index-definition-schema.ts';
import { indexCode, indexFramework, indicatorsOf } from './index-framework.ts';

export interface SeriesPoint {
  year: number;
  index: number | null;
  dimensions: { id: string; value: number | null }[];
}

export interface SeriesUnit {
  unit: string;
  kind: 'cluster' | 'system' | 'city';
  points: SeriesPoint[];
}

export interface FixedBaseSeries {
  baseYear: number;
  units: SeriesUnit[];
  /** Indicators left out for a unit because its base value is missing or not positive. */
  excluded: { unit: string; indicator: string }[];
  messages: CompositeMessage[];
}

/** The relative r of one indicator value against its base (null when it cannot be formed). */
export function relativeToBase(
  indicator: IndicatorDefinition,
  value: number | null,
  base: number | null,
): number | null {
  if (value === null || base === null) return null;
  if (indicator.seriesRule === 'difference') return 1 + (indicator.direction * (value - base)) / 100;
  if (!(base > 0)) return null;
  if (indicator.direction === 1) return value >= 0 ? value / base : null;
  return value > 0 ? base / value : null;
}

/** A unit of the series and how to read its value of the indicator in column `column` of a year's table. */
interface UnitRef {
  unit: string;
  kind: SeriesUnit['kind'];
  valueIn: (table: IndicatorTable, column: number) => number | null;
}

function unitsOf(table: IndicatorTable): UnitRef[] {
  return [
    ...table.clusters.map((cluster) => ({
      unit: cluster.id,
      kind: 'cluster' as const,
      valueIn: (t: IndicatorTable, i: number) => {
        const index = t.clusters.findIndex((candidate) => candidate.id === cluster.id);
        return index < 0 ? null : (t.columns[i]?.clusters[index] ?? null);
      },
    })),
    { unit: 'system', kind: 'system', valueIn: (t, i) => t.columns[i]?.system ?? null },
    { unit: 'city', kind: 'city', valueIn: (t, i) => t.columns[i]?.city ?? null },
  ];
}

/** The aggregation of the series: the definition's (last) aggregate step, run on the relatives × 100. */
function aggregateOnly(definition: IndexDefinition): PipelineDefinition {
  const step = [...definition.steps].reverse().find((candidate) => candidate.step === 'aggregate')!;
  return { name: definition.id, steps: [{ ...step, from: undefined, name: undefined }] };
}

export function fixedBaseSeries(
  definition: IndexDefinition,
  base: IndicatorTable,
  years: readonly IndicatorTable[],
): FixedBaseSeries {
  const indicators = indicatorsOf(definition).map(({ indicator }) => indicator);
  const units = unitsOf(base);
  const excluded: FixedBaseSeries['excluded'] = [];
  const unitCodes: string[] = [];
  const columns = new Map<string, (number | null)[]>(indicators.map((indicator) => [indicator.id, []]));
  for (const ref of units) {
    const keep = indicators.map((indicator, i) => {
      const ok = relativeToBase(indicator, ref.valueIn(base, i), ref.valueIn(base, i)) !== null;
      if (!ok && indicator.source.kind !== 'pool_count' && indicator.source.kind !== 'project_investment')
        excluded.push({ unit: ref.unit, indicator: indicator.id });
      return ok;
    });
    for (const table of years) {
      unitCodes.push(`${ref.unit}@${table.period.year}`);
      indicators.forEach((indicator, i) => {
        const relative = keep[i] ? relativeToBase(indicator, ref.valueIn(table, i), ref.valueIn(base, i)) : null;
        columns.get(indicator.id)!.push(relative === null ? null : 100 * relative);
      });
    }
  }
  const unitInfo: UnitInfo[] = unitCodes.map((code) => ({
    code,
    name: null,
    groups: new Map(),
    denominators: new Map(),
  }));
  const result = runPipeline(
    { framework: indexFramework(definition), units: unitInfo, data: createDataset(unitCodes, columns) },
    aggregateOnly(definition),
  );
  const final = result.final.data;
  const at = (code: string, row: number) => final.columns.get(code)?.[row] ?? null;
  let row = 0;
  const seriesUnits = units.map((ref) => ({
    unit: ref.unit,
    kind: ref.kind,
    points: years.map((table) => {
      const point = {
        year: table.period.year,
        index: at(indexCode, row),
        dimensions: definition.dimensions.map((dimension) => ({ id: dimension.id, value: at(dimension.id, row) })),
      };
      row++;
      return point;
    }),
  }));
  return {
    baseYear: base.period.year,
    units: seriesUnits,
    excluded,
    messages: result.stages.flatMap((s) => s.messages),
  };
}
