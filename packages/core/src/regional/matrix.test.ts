import { describe, expect, it } from 'vitest';
import {
  industryTotals,
  RegionalDataError,
  regionIndustryMatrix,
  regionTotals,
  selfReferencedEconomy,
  sharesOf,
  splitReferenceRow,
} from './matrix.ts';

const matrix = regionIndustryMatrix(
  ['A', 'B', 'X'],
  ['I1', 'I2'],
  [
    [1, 3],
    [2, 4],
    [30, 70],
  ],
);

describe('regionIndustryMatrix', () => {
  it.each([
    { name: 'no region', args: [[], ['I1'], []], message: /至少需要一个地区/ },
    { name: 'empty region name', args: [[' '], ['I1'], [[1]]], message: /名称为空/ },
    { name: 'duplicate industry', args: [['A'], ['I1', 'I1'], [[1, 2]]], message: /名称重复 "I1"/ },
    { name: 'row count', args: [['A', 'B'], ['I1'], [[1]]], message: /行数 1 ≠ 地区数 2/ },
    { name: 'ragged row', args: [['A'], ['I1', 'I2'], [[1]]], message: /地区 "A" 有 1 个值，应为 2/ },
    { name: 'negative cell', args: [['A'], ['I1'], [[-1]]], message: /地区 "A" 行业 "I1" 的值 -1/ },
    { name: 'NaN cell (a missing value is never 0)', args: [['A'], ['I1'], [[Number.NaN]]], message: /NaN/ },
  ] as const)('refuses $name', ({ args, message }) => {
    const [regions, industries, values] = args as unknown as [string[], string[], number[][]];
    expect(() => regionIndustryMatrix(regions, industries, values)).toThrow(RegionalDataError);
    expect(() => regionIndustryMatrix(regions, industries, values)).toThrow(message);
  });

  it('adds up rows and columns', () => {
    expect(regionTotals(matrix)).toEqual([4, 6, 100]);
    expect(industryTotals(matrix)).toEqual([33, 77]);
    expect(sharesOf([1, 3])).toEqual([0.25, 0.75]);
    expect(sharesOf([0, 0])).toBeNull();
  });
});

describe('reference economy', () => {
  it('is the column sums by default', () => {
    expect(selfReferencedEconomy(matrix).reference).toEqual([33, 77]);
    expect(splitReferenceRow(matrix).matrix).toBe(matrix);
  });

  it('is a named row, taken out of the regions', () => {
    const economy = splitReferenceRow(matrix, 'X');
    expect(economy.reference).toEqual([30, 70]);
    expect(economy.matrix.regions).toEqual(['A', 'B']);
    expect(economy.matrix.values).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('refuses an unknown reference row, or one that leaves no region', () => {
    expect(() => splitReferenceRow(matrix, 'Y')).toThrow(/参照地区 "Y" 不在矩阵中/);
    const single = regionIndustryMatrix(['X'], ['I1'], [[1]]);
    expect(() => splitReferenceRow(single, 'X')).toThrow(/至少需要一个地区/);
  });
});
