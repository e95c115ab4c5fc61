import { describe, expect, it } from 'vitest';
import { imputeColumn, imputeColumnByGroup, imputeRows } from './impute-values.ts';

describe('imputation rules', () => {
  it('fills a column with the mean or median of its present values and leaves present values alone', () => {
    expect(imputeColumn([1, null, 2, 6], 'mean')).toEqual([1, 3, 2, 6]);
    expect(imputeColumn([1, null, 2, 6], 'median')).toEqual([1, 2, 2, 6]);
    expect(imputeColumn([null, null], 'mean')).toEqual([null, null]);
  });

  it('fills within groups; a unit without a group and a group without values stay missing', () => {
    const groups = ['a', 'a', 'b', 'b', null, 'c'];
    expect(imputeColumnByGroup([1, null, 10, null, null, null], groups, 'mean')).toEqual([1, 1, 10, 10, null, null]);
    expect(imputeColumnByGroup([1, 3, 8, null, 5, null], [...groups.slice(0, 5), 'a'], 'median')).toEqual([
      1, 3, 8, 8, 5, 2,
    ]);
  });

  it('fills a unit from its own other indicators, scaled to [0, 1] with directions and scaled back', () => {
    // Column 1 spans 0–10, column 2 (less is better) spans 100–200: the unit at 5 (half way) gets 150.
    const filled = imputeRows(
      [
        [0, 10, 5],
        [200, 100, null],
      ],
      [1, -1],
      'mean',
      true,
    );
    expect(filled).toEqual([
      [0, 10, 5],
      [200, 100, 150],
    ]);
    expect(
      imputeRows(
        [
          [1, 3],
          [null, 7],
        ],
        [1, 1],
        'mean',
        false,
      ),
    ).toEqual([
      [1, 3],
      [1, 7],
    ]);
  });
});
