import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diversity, ubiquity } from './diversity-ubiquity.ts';
import { positiveMatrix, positiveVector } from './arbitraries.test-support.ts';
import {
  binaryLocationQuotients,
  locationQuotient,
  locationQuotients,
  locationQuotientVector,
} from './location-quotient.ts';
import { regionIndustryMatrix, regionTotals, selfReferencedEconomy, vectorSum } from './matrix.ts';

describe('locationQuotient', () => {
  it.each([
    { name: 'twice the national share', cell: [20, 100, 100, 1000], lq: 2 },
    { name: 'same share', cell: [10, 100, 100, 1000], lq: 1 },
    { name: 'absent industry', cell: [0, 100, 100, 1000], lq: 0 },
    { name: 'empty region: undefined, not 0', cell: [0, 0, 100, 1000], lq: null },
    { name: 'industry absent from the reference', cell: [5, 100, 0, 1000], lq: null },
  ])('$name', ({ cell, lq }) => {
    const [x, region, industry, total] = cell as [number, number, number, number];
    expect(locationQuotient(x, region, industry, total)).toBe(lq);
  });

  it('binary form: LQ ≥ 1 is 1 (LQ exactly 1 included), below is 0, undefined stays null', () => {
    expect(binaryLocationQuotients([[0.5, 1, 1.5, null]])).toEqual([[0, 1, 1, null]]);
    expect(binaryLocationQuotients([[1.5, 2]], 2)).toEqual([[0, 1]]);
  });

  it('a region with the same mix as the reference has LQ 1 (null where the reference lacks the industry)', () => {
    fc.assert(
      fc.property(positiveVector(), fc.integer({ min: 1, max: 50 }), (reference, scale) => {
        const region = reference.map((value) => value * scale);
        locationQuotientVector(region, reference).forEach((lq, i) => {
          if (reference[i] === 0) expect(lq).toBeNull();
          else expect(lq).toBeCloseTo(1, 12);
        });
      }),
    );
  });

  it('against the sum of the regions, the size-weighted mean LQ of every industry is 1', () => {
    fc.assert(
      fc.property(positiveMatrix, (matrix) => {
        const lq = locationQuotients(selfReferencedEconomy(matrix));
        const totals = regionTotals(matrix);
        const grand = vectorSum(totals);
        matrix.industries.forEach((_, i) => {
          const mean = totals.reduce((sum, total, r) => sum + (total / grand) * lq[r]![i]!, 0);
          expect(mean).toBeCloseTo(1, 9);
        });
      }),
    );
  });
});

describe('diversity and ubiquity', () => {
  it('count the specialised cells per region and per industry, ignoring undefined ones', () => {
    const matrix = regionIndustryMatrix(
      ['A', 'B', 'C'],
      ['I1', 'I2'],
      [
        [9, 1],
        [1, 9],
        [0, 0],
      ],
    );
    const binary = binaryLocationQuotients(locationQuotients(selfReferencedEconomy(matrix)));
    expect(binary).toEqual([
      [1, 0],
      [0, 1],
      [null, null],
    ]);
    expect(diversity(binary)).toEqual([1, 1, 0]);
    expect(ubiquity(binary)).toEqual([1, 1]);
  });
});
