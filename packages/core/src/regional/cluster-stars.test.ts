import { describe, expect, it } from 'vitest';
import { clusterStars } from './cluster-stars.ts';
import { regionIndustryMatrix, selfReferencedEconomy, splitReferenceRow } from './matrix.ts';

const employment = regionIndustryMatrix(
  ['R1', 'R2', 'R3', 'R4', 'R5'],
  ['T1', 'T2'],
  [
    [900, 100],
    [100, 900],
    [300, 300],
    [0, 0],
    [50, 500],
  ],
);

describe('clusterStars (European Cluster Observatory manner)', () => {
  it('gives size, specialisation and focus stars, none without employment', () => {
    const stars = clusterStars(selfReferencedEconomy(employment));
    // T1: employment cut 720 (90th percentile of 900, 100, 300, 50), LQ of R1 2.1, focus cut 0.78.
    expect(stars[0]![0]).toEqual({ size: true, specialisation: true, focus: true, stars: 3 });
    expect(stars[2]![0]).toEqual({ size: false, specialisation: false, focus: false, stars: 0 });
    // T2 in R5: 500 < cut 780, LQ 1.59 < 2, but 91 % of its employment ≥ focus cut 0.906.
    expect(stars[4]![1]).toEqual({ size: false, specialisation: false, focus: true, stars: 1 });
    expect(stars[3]![0]!.stars).toBe(0);
  });

  it('takes its thresholds as options and can measure against a reference row', () => {
    const withNation = regionIndustryMatrix(
      ['A', 'B', 'Nation'],
      ['T1', 'T2'],
      [
        [50, 50],
        [10, 90],
        [100, 900],
      ],
    );
    const stars = clusterStars(splitReferenceRow(withNation, 'Nation'), { topShare: 0.5, minimumLq: 4 });
    expect(stars[0]![0]).toEqual({ size: true, specialisation: true, focus: true, stars: 3 });
    expect(stars[1]![0]).toEqual({ size: false, specialisation: false, focus: false, stars: 0 });
  });
});
