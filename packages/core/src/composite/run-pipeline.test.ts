import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../intake/sheet-grid.ts';
import { CompositeError } from './composite-error.ts';
import { createFramework } from './framework.ts';
import { parsePipelineDefinition } from './pipeline-definition.ts';
import { readDataTable } from './read-data-table.ts';
import { readMetaTable } from './read-meta-table.ts';
import { runPipeline, type PipelineResult } from './run-pipeline.ts';
import type { CompositeInput } from './step-context.ts';

const metaGrid: CellValue[][] = [
  ['Level', 'iCode', 'Direction', 'Weight', 'Parent', 'Type', 'Denominator'],
  [1, 'A', 1, 1, 'P1', 'Indicator', 'Pop'],
  [1, 'B', -1, 1, 'P1', 'Indicator', null],
  [1, 'C', 1, 2, 'P2', 'Indicator', null],
  [1, 'D', 1, 1, 'P2', 'Indicator', null],
  [2, 'P1', 1, 1, 'Index', 'Aggregate', null],
  [2, 'P2', 1, 1, 'Index', 'Aggregate', null],
  [3, 'Index', 1, null, null, 'Aggregate', null],
  [null, 'Region', null, null, null, 'Group', null],
  [null, 'Pop', null, null, null, 'Denominator', null],
];
const dataRows: CellValue[][] = [
  ['U1', 'north', 10, 20, 1, 5, 2],
  ['U2', 'north', 20, 80, 2, 6, null],
  ['U3', 'south', 0, 30, 3, 7, 4],
  ['U4', 'south', 40, null, 4, 8, 6],
  ['U5', 'south', 50, 100, null, null, null],
];

function input(rows: CellValue[][] = dataRows): CompositeInput {
  const framework = createFramework(readMetaTable(metaGrid).rows);
  const reading = readDataTable([['uCode', 'Region', 'Pop', 'A', 'B', 'C', 'D'], ...rows], framework);
  return { framework, units: reading.units, data: reading.data };
}

const run = (steps: unknown[], data?: CellValue[][]) => runPipeline(input(data), parsePipelineDefinition({ steps }));
const column = (result: PipelineResult, stage: string, code: string) =>
  result.stages.find((candidate) => candidate.name === stage)?.data.columns.get(code);

describe('runPipeline', () => {
  it('denominates by META Denominator; a zero denominator gives missing with a message; overrides win', () => {
    const result = run([
      { step: 'denominate' },
      { step: 'denominate', name: 'Plain', from: 'Raw', denominators: { A: null } },
    ]);
    expect(column(result, 'Denominated', 'A')).toEqual([2, 4, null, null, 2]);
    expect(result.stages[1]?.messages.map((message) => [message.code, message.uCode])).toEqual([
      ['denominator_zero', 'U3'],
    ]);
    expect(column(result, 'Plain', 'A')).toEqual([20, 80, 30, null, 100]);
  });

  it('imputes by group mean and by row, reporting every filled cell', () => {
    const result = run([
      { step: 'impute', method: 'group-mean', group: 'Region' },
      { step: 'impute', name: 'ByRow', from: 'Raw', method: 'row-mean', level: 2 },
    ]);
    expect(column(result, 'Imputed', 'A')).toEqual([20, 80, 30, 65, 100]);
    expect(column(result, 'Imputed', 'D')).toEqual([2, 2, 4, 6, 5]);
    const imputed = result.stages[1]?.details;
    expect(imputed?.step === 'impute' && imputed.imputed.length).toBe(5);
    // U4 in P1: B = 4 is its best (direction −1 → scaled 0 of range 1..4 → (−4+4)/3 = 0); A back-scaled to 20.
    expect(column(result, 'ByRow', 'A')?.[3]).toBeCloseTo(20, 12);
  });

  it('screens units by data availability, with include and exclude; an unknown unit is an error', () => {
    const result = run([{ step: 'screen', threshold: 0.75, include: ['U5'], exclude: ['U1'] }]);
    expect(result.final.data.unitCodes).toEqual(['U2', 'U3', 'U4', 'U5']);
    const details = result.final.details;
    expect(details.step === 'screen' && details.units.map((unit) => unit.availability)).toEqual([
      1, 0.75, 1, 0.75, 0.25,
    ]);
    expect(() => run([{ step: 'screen', exclude: ['U9'] }])).toThrow(CompositeError);
  });

  it('normalises with per-indicator methods and directions, and aggregates with overrides per level and group', () => {
    const result = run([
      { step: 'normalise', method: { type: 'min-max', range: [1, 11] }, indicators: { D: 'rank' } },
      {
        step: 'aggregate',
        levels: { 3: 'geometric-mean' },
        groups: { P2: { type: 'generalised-mean', p: 1 } },
        weights: { C: 1 },
      },
    ]);
    const b = column(result, 'Normalised', 'B') ?? [];
    [11, 1 + 20 / 3, 1 + 10 / 3, 1].forEach((value, index) => expect(b[index]).toBeCloseTo(value, 12));
    expect(b[4]).toBeNull();
    expect(column(result, 'Normalised', 'D')).toEqual([1, null, 2, 3, null]);
    const p2 = column(result, 'Aggregated', 'P2') ?? [];
    expect(p2[0]).toBeCloseTo((1 + 1) / 2, 12);
    const index = column(result, 'Aggregated', 'Index') ?? [];
    const p1 = column(result, 'Aggregated', 'P1') ?? [];
    expect(index[0]).toBeCloseTo(Math.sqrt((p1[0] ?? NaN) * (p2[0] ?? NaN)), 12);
    expect(p2[4]).toBeNull();
    expect(result.final.messages.map((message) => [message.code, message.iCode])).toEqual([
      ['aggregate_missing', 'P2'],
    ]);
    expect(index[4]).toBeCloseTo(p1[4] ?? NaN, 12);
  });

  it('refuses a geometric mean over a zero, naming the aggregate and unit', () => {
    expect(() => run([{ step: 'normalise' }, { step: 'aggregate', method: 'geometric-mean' }])).toThrow(/P1 \/ U\d/);
  });

  it('treats outliers per indicator, skipping indicators set to none or with fewer than 4 values', () => {
    const result = run([{ step: 'treat', indicators: { A: 'none' } }]);
    const details = result.final.details;
    expect(details.step === 'treat' && details.indicators.map((indicator) => indicator.iCode)).toEqual(['B', 'C']);
    expect(result.final.messages.map((message) => [message.code, message.iCode])).toEqual([['too_few_values', 'D']]);
  });

  it('is deterministic and leaves its input unchanged', () => {
    const source = input();
    const before = JSON.stringify([...source.data.columns]);
    const definition = parsePipelineDefinition({
      steps: [{ step: 'impute' }, { step: 'normalise' }, { step: 'aggregate' }],
    });
    const first = runPipeline(source, definition);
    const second = runPipeline(source, definition);
    expect(JSON.stringify([...source.data.columns])).toBe(before);
    expect(second.stages.map((stage) => [...stage.data.columns])).toEqual(
      first.stages.map((stage) => [...stage.data.columns]),
    );
  });

  it('property: aggregates of data min-maxed to [0, 100] with arithmetic means stay within [0, 100]', () => {
    const cell = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 6 });
    const unit = fc.tuple(cell, cell, cell, cell);
    fc.assert(
      fc.property(fc.array(unit, { minLength: 3, maxLength: 12 }), (units) => {
        const rows = units.map((values, index) => [`U${index}`, 'north', 1, ...values]);
        const result = run([{ step: 'normalise' }, { step: 'aggregate' }], rows);
        for (const code of ['P1', 'P2', 'Index'])
          for (const value of column(result, 'Aggregated', code) ?? [])
            if (value !== null) expect(value >= -1e-9 && value <= 100 + 1e-9).toBe(true);
      }),
    );
  });
});
