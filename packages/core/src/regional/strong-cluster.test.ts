import { describe, expect, it } from 'vitest';
import { regionIndustryMatrix, selfReferencedEconomy } from './matrix.ts';
import { rateClusters } from './strong-cluster.ts';

const regions = ['R1', 'R2', 'R3', 'R4', 'R5'];
const employment = regionIndustryMatrix(
  regions,
  ['T1', 'T2'],
  [
    [900, 100],
    [100, 900],
    [300, 300],
    [0, 0],
    [50, 500],
  ],
);
const establishments = regionIndustryMatrix(
  regions,
  ['T1', 'T2'],
  [
    [30, 5],
    [4, 40],
    [10, 12],
    [0, 0],
    [1, 20],
  ],
);

describe('rateClusters (US Cluster Mapping rule)', () => {
  const result = rateClusters(selfReferencedEconomy(employment), establishments);

  it('a region without traded employment has an undefined LQ and no flag', () => {
    expect(result.ratings[3]![0]).toMatchObject({ lq: null, qualifying: false, strong: false });
    expect(result.strongClusterEmploymentShare[3]).toBeNull();
  });

  it('strong needs LQ ≥ the 75th percentile and ≥ 1 and both size screens', () => {
    // T2: LQs 0.175, 1.575, 0.875, 1.591 → 75th percentile 1.579, so R2 (1.575) just misses and R5 is strong.
    const strong = result.ratings.map((row) => row.map((rating) => rating.strong));
    expect(strong).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [false, false],
      [false, true],
    ]);
    expect(result.ratings[1]![1]).toMatchObject({ qualifying: true, significant: true, strong: false });
    expect(result.strongClusterEmploymentShare[0]).toBeCloseTo(0.9, 12);
  });

  it('refuses an establishments matrix of another shape', () => {
    const other = regionIndustryMatrix(['R1'], ['T1', 'T2'], [[1, 1]]);
    expect(() => rateClusters(selfReferencedEconomy(employment), other)).toThrow(/企业数矩阵/);
  });
});
