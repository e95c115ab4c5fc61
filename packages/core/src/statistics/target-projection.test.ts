import { describe, expect, it } from 'vitest';
import { projectTarget } from './target-projection.ts';

describe('projectTarget', () => {
  it('computes the growth still required and whether the current growth reaches the target', () => {
    const projection = projectTarget({
      target: 2000,
      targetYear: 2025,
      actual: 1000,
      actualYear: 2020,
      actualGrowth: 0.2,
    });
    expect(projection.progress).toBe(0.5);
    expect(projection.requiredAnnualGrowth).toBeCloseTo(2 ** (1 / 5) - 1, 12);
    expect(projection.projectedValue).toBeCloseTo(1000 * 1.2 ** 5, 6);
    expect(projection.onTrack).toBe(true);
    expect(
      projectTarget({ target: 2000, targetYear: 2025, actual: 1000, actualYear: 2020, actualGrowth: 0.1 }).onTrack,
    ).toBe(false);
  });

  it('at or after the deadline it compares the actual with the target', () => {
    expect(projectTarget({ target: 100, targetYear: 2025, actual: 120, actualYear: 2025, actualGrowth: null })).toEqual(
      {
        progress: 1.2,
        requiredAnnualGrowth: null,
        projectedValue: 120,
        onTrack: true,
      },
    );
  });

  it('says nothing without an actual value', () => {
    expect(projectTarget({ target: 100, targetYear: 2025, actual: null, actualYear: 2023, actualGrowth: 0.1 })).toEqual(
      {
        progress: null,
        requiredAnnualGrowth: null,
        projectedValue: null,
        onTrack: null,
      },
    );
  });
});
