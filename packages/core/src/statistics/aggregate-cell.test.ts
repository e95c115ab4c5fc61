import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_CELL, mergeCells, type AggregateCell } from './aggregate-cell.ts';

const cell = (values: number[], bases: (number | null)[]): AggregateCell => {
  const withBase = values.filter((_, index) => bases[index] !== null);
  const presentBases = bases.filter((base): base is number => base !== null);
  return {
    value: String(values.reduce((total, value) => total + value, 0)),
    valueWithBase: String(withBase.reduce((total, value) => total + value, 0)),
    base: presentBases.length === 0 ? null : String(presentBases.reduce((total, value) => total + value, 0)),
    contributors: values.length,
    reportedBase: presentBases.length,
    derivedBase: 0,
  };
};

describe('mergeCells', () => {
  it('adds sums and counts', () => {
    const merged = mergeCells([cell([5, 1], [4, null]), cell([-9, 3], [2, 2])]);
    expect(merged).toEqual({
      value: '0',
      valueWithBase: '-1',
      base: '8',
      contributors: 4,
      reportedBase: 3,
      derivedBase: 0,
    });
  });

  it('merging the parts equals the cell of the union (property)', () => {
    const contributor = fc.record({
      value: fc.integer({ min: -1000, max: 1000 }),
      base: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(contributor, { maxLength: 6 }), { maxLength: 5 }), (groups) => {
        const parts = groups.map((group) =>
          cell(
            group.map((c) => c.value),
            group.map((c) => c.base),
          ),
        );
        const all = groups.flat();
        const union = cell(
          all.map((c) => c.value),
          all.map((c) => c.base),
        );
        expect(mergeCells(parts)).toEqual(union);
      }),
    );
  });

  it('the merge of nothing is the empty cell', () => {
    expect(mergeCells([])).toEqual(EMPTY_CELL);
  });
});
