import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveMatrix } from './arbitraries.test-support.ts';
import { regionIndustryMatrix, selfReferencedEconomy, splitReferenceRow } from './matrix.ts';
import { specialisationReport } from './specialisation-report.ts';

describe('specialisationReport', () => {
  const matrix = regionIndustryMatrix(
    ['A', 'B', 'Nation'],
    ['I1', 'I2'],
    [
      [30, 10],
      [10, 30],
      [100, 100],
    ],
  );

  it('measures regions against the sum of the regions, or against a named row', () => {
    const own = specialisationReport(selfReferencedEconomy(matrix));
    expect(own.referenceRegion).toBeNull();
    expect(own.regions.map((region) => region.region)).toEqual(['A', 'B', 'Nation']);
    const nation = specialisationReport(splitReferenceRow(matrix, 'Nation'), { referenceRegion: 'Nation' });
    expect(nation.referenceRegion).toBe('Nation');
    expect(nation.regions[0]).toMatchObject({ region: 'A', total: 40, krugman: 0.5, hoover: 0.25, diversity: 1 });
    expect(nation.regions[0]!.herfindahl).toBeCloseTo(0.625, 12);
    expect(nation.locationQuotients.values).toEqual([
      [1.5, 0.5],
      [0.5, 1.5],
    ]);
    expect(nation.industries[0]).toMatchObject({
      industry: 'I1',
      total: 40,
      referenceTotal: 100,
      topRegion: 'A',
      topShare: 0.75,
      concentrationRatio: 1,
      ubiquity: 1,
    });
  });

  it('reports null, not 0, for an empty region and an empty industry', () => {
    const sparse = regionIndustryMatrix(
      ['A', 'B'],
      ['I1', 'I2'],
      [
        [5, 0],
        [0, 0],
      ],
    );
    const report = specialisationReport(selfReferencedEconomy(sparse));
    expect(report.regions[1]).toMatchObject({ krugman: null, herfindahl: null, entropy: null, lqGini: null });
    expect(report.industries[1]).toMatchObject({ herfindahl: null, topRegion: null, topShare: null, hoover: null });
  });

  it('keeps every measure in its range for any matrix', () => {
    fc.assert(
      fc.property(positiveMatrix, (m) => {
        const report = specialisationReport(selfReferencedEconomy(m));
        for (const region of report.regions) {
          expect(region.krugman!).toBeLessThanOrEqual(2 + 1e-12);
          expect(region.herfindahl!).toBeGreaterThanOrEqual(1 / m.industries.length - 1e-12);
          expect(region.hoover!).toBeCloseTo(region.krugman! / 2, 12);
        }
        for (const industry of report.industries) {
          expect(industry.locationalGini!).toBeLessThanOrEqual(0.5 + 1e-12);
          expect(industry.topShare!).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
