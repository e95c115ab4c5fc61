import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { economicComplexity } from './complexity-eigenvector.ts';
import { dropEmptyRowsAndColumns, methodOfReflections } from './complexity-reflections.ts';
import { eigenvectorNear, roundLikeR, symmetricEigenvalues } from './eigenvector.ts';

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`);
const input = (binary: number[][]) => ({
  regions: names('R', binary.length),
  industries: names('I', binary[0]!.length),
  binary,
});

describe('roundLikeR', () => {
  it.each([
    [0.03125, 4, 0.0312],
    [0.03135, 4, 0.0314],
    [0.41666666, 4, 0.4167],
    [2.5, 0, 2],
    [3.5, 0, 4],
    [0.125, 2, 0.12],
  ])('round(%d, %d) = %d', (value, digits, expected) => {
    expect(roundLikeR(value, digits)).toBe(expected);
  });
});

describe('eigen-solvers', () => {
  it('find the eigenvalues of a symmetric matrix and the eigenvector nearest a shift', () => {
    expect(
      symmetricEigenvalues([
        [2, 1],
        [1, 2],
      ]).map((value) => Number(value.toFixed(12))),
    ).toEqual([3, 1]);
    const v = eigenvectorNear(
      [
        [2, 1],
        [1, 2],
      ],
      0.9,
    );
    expect(Math.abs(v[0]! + v[1]!)).toBeLessThan(1e-12);
  });
});

describe('method of reflections', () => {
  it('step 0 is diversity and ubiquity; regions and industries without a 1 are dropped', () => {
    const result = methodOfReflections(
      input([
        [1, 0, 0],
        [0, 0, 0],
        [1, 1, 0],
      ]),
      0,
    );
    expect(result.regions).toEqual(['R1', 'R3']);
    expect(result.industries).toEqual(['I1', 'I2']);
    expect(result.regionComplexity).toEqual([1, 2]);
    expect(result.industryComplexity).toEqual([2, 1]);
    expect(dropEmptyRowsAndColumns(input([[0, 0]])).regions).toEqual([]);
  });

  it('from step 3 on, every step spans 0 to 100 (or is null when all are equal)', () => {
    const binary = fc.array(fc.array(fc.constantFrom(0, 1), { minLength: 4, maxLength: 4 }), {
      minLength: 3,
      maxLength: 6,
    });
    fc.assert(
      fc.property(binary, fc.integer({ min: 3, max: 21 }), (cells, steps) => {
        const values = methodOfReflections(input(cells), steps).regionComplexity;
        if (values.length === 0 || values.includes(null)) return;
        expect(Math.min(...(values as number[]))).toBeCloseTo(0, 9);
        expect(Math.max(...(values as number[]))).toBeCloseTo(100, 9);
      }),
    );
  });
});

describe('economicComplexity', () => {
  it('is null when fewer than two regions or industries are left', () => {
    expect(
      economicComplexity(
        input([
          [1, 1],
          [0, 0],
        ]),
      ).regions.values,
    ).toBeNull();
  });

  it('sums to 1 (it is divided by its sum)', () => {
    const result = economicComplexity(
      input([
        [1, 1, 1, 0],
        [1, 1, 0, 0],
        [1, 0, 0, 1],
        [0, 1, 1, 1],
      ]),
    );
    const sum = result.regions.values!.reduce((total, value) => total + value, 0);
    expect(Math.abs(sum)).toBeCloseTo(1, 9);
  });
});
