/**
 * The pure parts of the cluster index on hand-made indicator tables (the test definition of
 * cluster-index-scenario.ts): the relative of an indicator to its base per rule and direction, the fixed-base
 * series at 100 in the base year whatever the data (property), a less-is-better indicator that lowers the index
 * when it rises (ranking and series, property), and the pool indicator without data re-spreading its weight.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { IndicatorTable } from '../../src/services/cluster-index/build-indicator-table.ts';
import { fixedBaseSeries, relativeToBase } from '../../src/services/cluster-index/fixed-base-series.ts';
import {
  parseIndexDefinition,
  type IndexDefinition,
  type IndicatorDefinition,
} from '../../src/services/cluster-index/index-definition-schema.ts';
import { rankClusterIndex } from '../../src/services/cluster-index/rank-cluster-index.ts';
import { testDefinitionYaml } from './cluster-index-scenario.ts';

const parsed = parseIndexDefinition(parseYaml(testDefinitionYaml()));
if (!parsed.definition) throw new Error(JSON.stringify(parsed.problems));
const definition: IndexDefinition = parsed.definition;
const indicatorIds = ['output', 'output_growth', 'tax_per_mu', 'energy_per_output', 'firms_over_100m', 'little_giants'];
const energy = indicatorIds.indexOf('energy_per_output');

/** A table of three clusters; rows[c] are the values of the indicators above (the pool stays missing). */
function table(year: number, rows: readonly (readonly number[])[]): IndicatorTable {
  return {
    systemId: 'sanda',
    period: { year, month: 0 },
    clusters: rows.map((_, c) => ({ id: `k${c}`, name: { zh: `集群${c}`, en: `cluster ${c}` } })),
    columns: indicatorIds.map((indicator, i) => ({
      indicator,
      clusters: rows.map((row) => (indicator === 'little_giants' ? null : (row[i] ?? null))),
      system: indicator === 'little_giants' ? null : rows.reduce((total, row) => total + (row[i] ?? 0), 0),
      city: null,
      note: null,
    })),
  };
}

const level = fc.double({ min: 0.5, max: 1000, noNaN: true });
const row = fc.tuple(
  level,
  fc.double({ min: -30, max: 30, noNaN: true }),
  level,
  level,
  fc.integer({ min: 1, max: 9 }),
);
const rows = fc.array(row, { minLength: 3, maxLength: 3 });

const indexOf = (tables: IndicatorTable, cluster: string) =>
  rankClusterIndex(definition, tables).rows.find((entry) => entry.cluster === cluster)!.index;

const indicator = (fields: Partial<IndicatorDefinition>): IndicatorDefinition => ({
  id: 'x',
  name: { zh: 'x', en: 'x' },
  direction: 1,
  weight: 1,
  scale: 1,
  seriesRule: 'ratio',
  source: { kind: 'enterprise_count' },
  ...fields,
});

describe('relativeToBase', () => {
  it.each([
    ['ratio, more is better', { direction: 1 as const }, 150, 100, 1.5],
    ['ratio, less is better', { direction: -1 as const }, 150, 100, 100 / 150],
    ['ratio, base 0', { direction: 1 as const }, 5, 0, null],
    ['ratio, less is better, value 0', { direction: -1 as const }, 0, 100, null],
    ['ratio, missing value', { direction: 1 as const }, null, 100, null],
    ['difference, more is better', { seriesRule: 'difference' as const }, 8.3, 5.1, 1 + 3.2 / 100],
    ['difference, negative rates', { seriesRule: 'difference' as const }, -4, -2, 0.98],
    ['difference, less is better', { seriesRule: 'difference' as const, direction: -1 as const }, 8, 5, 0.97],
  ])('%s', (_what, fields, value, base, expected) => {
    const relative = relativeToBase(indicator(fields), value, base);
    if (expected === null) expect(relative).toBeNull();
    else expect(relative).toBeCloseTo(expected, 12);
  });
});

describe('the fixed-base series', () => {
  it('is 100 in the base year for every cluster and the system, whatever the data', () => {
    fc.assert(
      fc.property(rows, (base) => {
        const series = fixedBaseSeries(definition, table(2023, base), [table(2023, base)]);
        for (const unit of series.units.filter((entry) => entry.kind !== 'city'))
          expect(unit.points[0]!.index).toBeCloseTo(100, 9);
        expect(series.units.find((entry) => entry.kind === 'city')!.points[0]!.index).toBeNull();
      }),
    );
  });

  it('falls when a less-is-better indicator rises, other things equal', () => {
    fc.assert(
      fc.property(rows, fc.double({ min: 0.01, max: 100, noNaN: true }), (base, rise) => {
        const later = base.map((values, c) => (c === 0 ? values.map((v, i) => (i === energy ? v + rise : v)) : values));
        const same = fixedBaseSeries(definition, table(2023, base), [table(2024, base)]);
        const worse = fixedBaseSeries(definition, table(2023, base), [table(2024, later)]);
        expect(worse.units[0]!.points[0]!.index!).toBeLessThan(same.units[0]!.points[0]!.index!);
      }),
    );
  });
});

describe('the ranking', () => {
  it('never rises when a less-is-better indicator of the cluster rises, and falls when it stays in between', () => {
    fc.assert(
      fc.property(rows, fc.double({ min: 0.01, max: 100, noNaN: true }), (values, rise) => {
        const raised = values.map((v, c) => (c === 0 ? v.map((x, i) => (i === energy ? x + rise : x)) : v));
        const before = indexOf(table(2024, values), 'k0');
        const after = indexOf(table(2024, raised), 'k0');
        if (before === null || after === null) return;
        const own = (set: readonly (readonly number[])[]) => set[0]![energy]!;
        // Values within float noise of each other (1e-9 relative) count as tied: min-max over them moves the
        // index by less than its last digit, so "falls" is asked only where there is a real gap.
        const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
        const worstBefore = values.every((other) => other[energy]! <= own(values) || near(other[energy]!, own(values)));
        const bestAfter = raised.every((other) => other[energy]! >= own(raised) || near(other[energy]!, own(raised)));
        if (worstBefore || bestAfter) expect(after).toBeLessThanOrEqual(before + 1e-9);
        else expect(after).toBeLessThan(before);
      }),
    );
  });

  it('re-spreads the weight of an indicator without data over its siblings', () => {
    const result = rankClusterIndex(
      definition,
      table(2024, [
        [1, 2, 3, 4, 1],
        [2, 3, 4, 5, 3],
        [3, 1, 2, 6, 2],
      ]),
    );
    for (const entry of result.rows) {
      const firmsOver = entry.indicators.find((value) => value.id === 'firms_over_100m')!.normalised!;
      expect(entry.dimensions.find((dimension) => dimension.id === 'quality')!.score).toBeCloseTo(firmsOver, 12);
    }
    expect(result.rows.map((entry) => entry.cluster)).toEqual(['k1', 'k2', 'k0']);
  });
});
