import { describe, expect, it } from 'vitest';
import { createDataset } from './dataset.ts';
import { createFramework, type FrameworkRow } from './framework.ts';
import { datasetTable, hasTopAggregate, resultsColumnOrder, resultsTable } from './results-table.ts';

const node = (iCode: string, level: number, parent: string | null): FrameworkRow => ({
  iCode,
  iName: null,
  type: level === 1 ? 'Indicator' : 'Aggregate',
  level,
  direction: 1,
  weight: parent === null ? null : 1,
  parent,
  target: null,
  denominator: null,
});

const framework = createFramework([
  node('zeta', 1, 'Sust'),
  node('Tariff', 1, 'Conn'),
  node('TBTs', 1, 'Conn'),
  node('alpha', 1, 'Sust'),
  node('Sust', 2, 'Index'),
  node('Conn', 2, 'Index'),
  node('Index', 3, null),
]);

describe('results tables', () => {
  it("orders columns as COINr's full results: aggregates top-down by parent, indicators by lineage", () => {
    expect(resultsColumnOrder(framework)).toEqual(['Index', 'Sust', 'Conn', 'Tariff', 'TBTs', 'alpha', 'zeta']);
  });

  it('ranks by the top aggregate, highest first; ties share the lowest rank; missing scores come last', () => {
    const data = createDataset(
      ['U1', 'U2', 'U3', 'U4'],
      [
        ['Index', [50, null, 70, 50]],
        ['Conn', [1, 2, 3, 4]],
      ],
    );
    expect(hasTopAggregate(framework, data)).toBe(true);
    const table = resultsTable(framework, data);
    expect(table.header).toEqual(['uCode', 'Rank', 'Index', 'Conn']);
    expect(table.rows).toEqual([
      ['U3', 1, 70, 3],
      ['U1', 2, 50, 1],
      ['U4', 2, 50, 4],
      ['U2', null, null, 2],
    ]);
  });

  it('writes a stage as it is when asked, and refuses a results table before aggregation', () => {
    const data = createDataset(['U1'], [['alpha', [0.5]]]);
    expect(datasetTable(data)).toEqual({ header: ['uCode', 'alpha'], rows: [['U1', 0.5]] });
    expect(hasTopAggregate(framework, data)).toBe(false);
    expect(() => resultsTable(framework, data)).toThrow(/Index/);
  });
});
