/**
 * The rank interval of the cluster index (rank-intervals.ts) on hand-made tables of the test definition: a
 * cluster best on every indicator stays first in every run, clusters that trade places between indicators get
 * wide intervals, intervals and mean ranks stay within 1 … clusters (property), and the fixed seed gives the same intervals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { IndicatorTable } from '../../src/services/cluster-index/build-indicator-table.ts';
import { parseIndexDefinition } from '../../src/services/cluster-index/index-definition-schema.ts';
import { rankIntervals } from '../../src/services/cluster-index/rank-intervals.ts';
import { testDefinitionYaml } from './cluster-index-scenario.ts';

const parsed = parseIndexDefinition(parseYaml(testDefinitionYaml()));
if (!parsed.definition) throw new Error(JSON.stringify(parsed.problems));
const definition = parsed.definition;
// output, output_growth, tax_per_mu, energy_per_output (less is better), firms_over_100m; little_giants missing
const indicatorIds = ['output', 'output_growth', 'tax_per_mu', 'energy_per_output', 'firms_over_100m', 'little_giants'];

function table(rows: readonly (readonly number[])[]): IndicatorTable {
  return {
    systemId: 'sanda',
    period: { year: 2024, month: 0 },
    clusters: rows.map((_, c) => ({ id: `k${c}`, name: { zh: `集群${c}`, en: `cluster ${c}` } })),
    columns: indicatorIds.map((indicator, i) => ({
      indicator,
      clusters: rows.map((row) => (indicator === 'little_giants' ? null : (row[i] ?? null))),
      system: null,
      city: null,
      note: null,
    })),
  };
}

describe('rank intervals of the cluster index', () => {
  it('keeps a cluster best on every indicator first in every run', () => {
    const intervals = rankIntervals(
      definition,
      table([
        [100, 20, 50, 1, 9],
        [10, 5, 10, 8, 2],
        [20, 3, 12, 9, 1],
      ]),
    );
    expect(intervals.get('k0')).toMatchObject({ low: 1, high: 1, meanRank: 1 });
    expect(intervals.get('k0')!.runs).toBe(300);
  });

  it('gives clusters that trade places between indicators an interval wider than one rank', () => {
    const intervals = rankIntervals(
      definition,
      table([
        [100, 1, 50, 5, 1],
        [10, 20, 10, 1, 9],
        [55, 10, 30, 3, 5],
      ]),
    );
    const widths = [...intervals.values()].map((interval) => interval.high - interval.low);
    expect(Math.max(...widths)).toBeGreaterThan(0);
  });

  it('stays within 1 … clusters and repeats for the same input', () => {
    const level = fc.double({ min: 0.5, max: 1000, noNaN: true });
    const row = fc.tuple(
      level,
      fc.double({ min: -30, max: 30, noNaN: true }),
      level,
      level,
      fc.integer({ min: 1, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 5 }), (rows) => {
        const intervals = rankIntervals(definition, table(rows));
        for (const interval of intervals.values()) {
          expect(interval.low).toBeGreaterThanOrEqual(1);
          expect(interval.high).toBeLessThanOrEqual(rows.length);
          expect(interval.low).toBeLessThanOrEqual(interval.high);
          expect(interval.meanRank).toBeGreaterThanOrEqual(1);
          expect(interval.meanRank).toBeLessThanOrEqual(rows.length);
        }
        expect(rankIntervals(definition, table(rows))).toEqual(intervals);
      }),
      { numRuns: 4 },
    );
  });
});
