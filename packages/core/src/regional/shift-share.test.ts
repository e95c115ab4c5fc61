import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count } from './arbitraries.test-support.ts';
import { regionIndustryMatrix } from './matrix.ts';
import { shiftShareByRegion } from './shift-share.ts';
import { dunnShiftShare } from './shift-share-dunn.ts';
import { estebanMarquillasShiftShare } from './shift-share-esteban-marquillas.ts';
import { gerfinShiftShare } from './shift-share-gerfin.ts';
import type { ShiftShareInput } from './shift-share-input.ts';

/** A region and a reference that contains it (reference = region + rest), as with column sums. */
const nestedInput: fc.Arbitrary<ShiftShareInput> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.array(fc.tuple(count, count, count, count), { minLength: n, maxLength: n }))
  .filter((cells) => cells.some(([r1, , o1]) => r1 + o1 > 0))
  .map((cells) => ({
    regionBase: cells.map(([r1]) => r1),
    regionCurrent: cells.map(([, r2]) => r2),
    referenceBase: cells.map(([r1, , o1]) => r1 + o1),
    referenceCurrent: cells.map(([, r2, , o2]) => r2 + o2),
  }));

const close = (a: number | null, b: number) =>
  expect(Math.abs(a! - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

describe('shift-share identities', () => {
  it('Dunn: growth = national share + industrial mix + regional share, per industry and in total', () => {
    fc.assert(
      fc.property(nestedInput, (input) => {
        const dunn = dunnShiftShare(input);
        for (const part of [dunn, ...dunn.industries])
          close(part.nationalShare! + part.industrialMix! + part.regionalShare!, part.growth);
        close(dunn.netTotalShift, dunn.industrialMix! + dunn.regionalShare!);
      }),
    );
  });

  it("Esteban-Marquillas: competitive + allocation = Dunn's regional share wherever both are defined", () => {
    fc.assert(
      fc.property(nestedInput, (input) => {
        const [dunn, em] = [dunnShiftShare(input), estebanMarquillasShiftShare(input)];
        em.industries.forEach((industry, i) => {
          const isNew = input.regionBase[i] === 0 && input.regionCurrent[i]! > 0;
          expect(industry.competitiveEffect === null).toBe(isNew);
          if (!isNew)
            close(industry.competitiveEffect! + industry.allocationEffect!, dunn.industries[i]!.regionalShare!);
        });
        if (em.undefinedIndustries.length === 0)
          close(em.competitiveEffect! + em.allocationEffect!, dunn.regionalShare!);
        else expect(em.competitiveEffect).toBeNull();
      }),
    );
  });

  it('Gerfin: industrial mix × regional factor = net total shift', () => {
    fc.assert(
      fc.property(nestedInput, (input) => {
        const gerfin = gerfinShiftShare(input);
        if (gerfin.netTotalShift !== null && gerfin.industrialMix !== null && gerfin.regionalShare !== null)
          close(gerfin.industrialMix * gerfin.regionalShare, gerfin.netTotalShift);
      }),
    );
  });

  it('a region growing exactly like the nation in every industry has no shift at all', () => {
    const input = {
      regionBase: [10, 20],
      regionCurrent: [15, 18],
      referenceBase: [100, 100],
      referenceCurrent: [150, 90],
    };
    const dunn = dunnShiftShare(input);
    expect(dunn.regionalShare).toBeCloseTo(0, 12);
    expect(gerfinShiftShare(input).regionalShare).toBeCloseTo(1, 12);
    expect(estebanMarquillasShiftShare(input).competitiveEffect).toBeCloseTo(0, 12);
  });
});

describe('shift-share conventions at zeros', () => {
  it.each([
    {
      name: 'industry absent from the region in both periods: zero effects',
      input: { regionBase: [10, 0], regionCurrent: [12, 0], referenceBase: [100, 50], referenceCurrent: [110, 60] },
      regionalShare: [2 - 1, 0],
      competitive: 'defined',
    },
    {
      name: 'industry new to the region: Dunn defined (RS = r2), Esteban-Marquillas undefined',
      input: { regionBase: [10, 0], regionCurrent: [12, 5], referenceBase: [100, 50], referenceCurrent: [110, 60] },
      regionalShare: [1, 5],
      competitive: 'undefined',
    },
  ])('$name', ({ input, regionalShare, competitive }) => {
    const dunn = dunnShiftShare(input);
    dunn.industries.forEach((industry, i) => expect(industry.regionalShare).toBeCloseTo(regionalShare[i]!, 12));
    const em = estebanMarquillasShiftShare(input);
    expect(em.competitiveEffect === null).toBe(competitive === 'undefined');
    expect(em.undefinedIndustries).toEqual(competitive === 'undefined' ? [1] : []);
  });

  it('an external reference without an industry the region has: mix and regional share are null', () => {
    const input = { regionBase: [10, 4], regionCurrent: [12, 5], referenceBase: [100, 0], referenceCurrent: [110, 3] };
    const dunn = dunnShiftShare(input);
    expect(dunn.industries[1]).toMatchObject({ industrialMix: null, regionalShare: null, growth: 1 });
    expect(dunn.industrialMix).toBeNull();
    expect(gerfinShiftShare(input).industrialMix).toBeNull();
  });

  it('refuses vectors of different lengths', () => {
    expect(() =>
      dunnShiftShare({ regionBase: [1], regionCurrent: [1, 2], referenceBase: [1], referenceCurrent: [1] }),
    ).toThrow(/长度不一致/);
  });
});

describe('shiftShareByRegion', () => {
  const base = regionIndustryMatrix(
    ['A', 'B'],
    ['I1', 'I2'],
    [
      [90, 20],
      [60, 30],
    ],
  );
  const current = regionIndustryMatrix(
    ['B', 'A'],
    ['I2', 'I1'],
    [
      [55, 85],
      [40, 100],
    ],
  );

  it('reads the current matrix in the base order and uses the column sums as the reference', () => {
    const analysis = shiftShareByRegion(base, current);
    expect(analysis.referenceBase).toEqual([150, 50]);
    expect(analysis.referenceCurrent).toEqual([185, 95]);
    expect(analysis.regions.map((region) => [region.region, region.dunn.growth])).toEqual([
      ['A', 30],
      ['B', 50],
    ]);
    const sum = analysis.regions.reduce((total, region) => total + region.dunn.regionalShare!, 0);
    expect(sum).toBeCloseTo(0, 9);
  });

  it('uses a named row as the reference in both periods', () => {
    const analysis = shiftShareByRegion(base, current, 'B');
    expect(analysis.regions.map((region) => region.region)).toEqual(['A']);
    expect(analysis.referenceBase).toEqual([60, 30]);
    expect(analysis.referenceCurrent).toEqual([85, 55]);
  });

  it.each([
    {
      name: 'a region only in the base',
      regions: ['A', 'C'],
      industries: ['I1', 'I2'],
      message: /地区 region "B" 在基期有/,
    },
    {
      name: 'an industry only in the current',
      regions: ['A', 'B'],
      industries: ['I1', 'I3'],
      message: /行业 industry "I2" 在基期有/,
    },
  ])('refuses $name', ({ regions, industries, message }) => {
    const other = regionIndustryMatrix(regions, industries, [
      [1, 1],
      [1, 1],
    ]);
    expect(() => shiftShareByRegion(base, other)).toThrow(message);
  });
});
