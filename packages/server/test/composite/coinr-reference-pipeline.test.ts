/**
 * COINr's reference pipeline (build_example_coin) on the ASEM data, run from examples/index/asem-reference.yaml:
 * every stage against COINr's data set of that stage, the treatment details against Dets_Table, and the
 * results table against get_results(tab_type = "Full"), within the README's tolerance.
 */
import { parsePipelineDefinition, resultsTable, runPipeline, type PipelineResult } from '@observatory/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  asemDefinitionDocument,
  asemInput,
  coinrDir,
  compareWithReference,
  difference,
  expectedValue,
  referenceGrid,
} from './reference-files.ts';

let result: PipelineResult;
beforeAll(() => {
  result = runPipeline(asemInput(), parsePipelineDefinition(asemDefinitionDocument()));
});

describe('COINr reference pipeline on ASEM', () => {
  it('writes the stages COINr writes, in order', () => {
    expect(result.stages.map((stage) => stage.name)).toEqual([
      'Raw',
      'Denominated',
      'Imputed',
      'Screened',
      'Treated',
      'Normalised',
      'Aggregated',
    ]);
  });

  it.each(['Raw', 'Denominated', 'Imputed', 'Screened', 'Treated', 'Normalised', 'Aggregated'])(
    'reproduces the %s data set',
    (name) => {
      const stage = result.stages.find((candidate) => candidate.name === name);
      expect(stage).toBeDefined();
      const { cells, differences } = compareWithReference(stage!.data, `${coinrDir}example_coin_dset_${name}.csv`);
      expect(cells).toBeGreaterThan(2000);
      expect(differences).toEqual([]);
    },
  );

  it('reproduces the treatment details (skew, kurtosis, points winsorised, pass after)', () => {
    const treated = result.stages.find((stage) => stage.name === 'Treated')!;
    if (treated.details.step !== 'treat') throw new Error('not a treat stage');
    const byCode = new Map(treated.details.indicators.map((indicator) => [indicator.iCode, indicator]));
    const [header = [], ...rows] = referenceGrid(`${coinrDir}example_coin_treat_details.csv`);
    const column = (name: string) => header.indexOf(name);
    const problems: string[] = [];
    for (const row of rows) {
      const iCode = String(row[0]);
      const detail = byCode.get(iCode);
      const cell = (name: string) => row[column(name)] ?? null;
      const check = (what: string, actual: number | null | undefined, expected: string) => {
        const problem = difference(actual ?? null, expectedValue(cell(expected)));
        if (problem !== null) problems.push(`${iCode} ${what}: ${problem}`);
      };
      if (detail === undefined) {
        problems.push(`${iCode}: no treatment details`);
        continue;
      }
      if (String(detail.before.pass).toUpperCase() !== cell('check_SkewKurt0.Pass'))
        problems.push(`${iCode} pass before: ${detail.before.pass}`);
      check('skew before', detail.before.skew, 'check_SkewKurt0.Skew');
      check('kurtosis before', detail.before.kurtosis, 'check_SkewKurt0.Kurt');
      check('points winsorised', detail.winsorised, 'winsorise.nwin');
      check('skew after', detail.afterWinsorising?.skew, 'check_SkewKurt1.Skew');
      check('kurtosis after', detail.afterWinsorising?.kurtosis, 'check_SkewKurt1.Kurt');
      const passAfter = cell('check_SkewKurt1.Pass');
      if ((detail.afterWinsorising === null ? null : String(detail.afterWinsorising.pass).toUpperCase()) !== passAfter)
        problems.push(`${iCode} pass after: ${detail.afterWinsorising?.pass}`);
      if (detail.transform !== null) problems.push(`${iCode}: log transform applied, COINr applied none`);
    }
    expect(rows).toHaveLength(49);
    expect(problems).toEqual([]);
  });

  it('reproduces the full results table: columns, ranks, order and scores', () => {
    const table = resultsTable(asemInput().framework, result.final.data);
    const [header = [], ...rows] = referenceGrid(`${coinrDir}example_coin_results_full.csv`);
    expect(table.header).toEqual(header);
    expect(table.rows.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    const problems: string[] = [];
    rows.forEach((row, index) =>
      header.slice(1).forEach((code, column) => {
        const actual = table.rows[index]?.[column + 1];
        const problem = difference(typeof actual === 'number' ? actual : null, expectedValue(row[column + 1] ?? null));
        if (problem !== null) problems.push(`${row[0]} ${code}: ${problem}`);
      }),
    );
    expect(problems).toEqual([]);
    expect(table.rows[0]?.slice(0, 3)).toEqual(['CHE', 1, expect.closeTo(68.3837242383417, 10)]);
  });
});
