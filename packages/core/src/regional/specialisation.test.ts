import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveVector } from './arbitraries.test-support.ts';
import { hachmanIndex, krugmanAgainstOthers, krugmanIndex, specialisationCoefficient } from './specialisation.ts';

describe('Krugman, specialisation coefficient, Hachman', () => {
  it.each([
    { name: 'same mix', region: [1, 2, 3], reference: [10, 20, 30], krugman: 0, hachman: 1 },
    { name: 'disjoint mixes', region: [5, 0], reference: [0, 5], krugman: 2, hachman: null },
    { name: 'half shifted', region: [1, 0], reference: [1, 1], krugman: 1, hachman: 0.5 },
    { name: 'empty region', region: [0, 0], reference: [1, 1], krugman: null, hachman: null },
  ])('$name', ({ region, reference, krugman, hachman }) => {
    expect(krugmanIndex(region, reference)).toBe(krugman);
    expect(specialisationCoefficient(region, reference)).toBe(krugman === null ? null : krugman / 2);
    expect(hachmanIndex(region, reference)).toBe(hachman);
  });

  it('Krugman is in [0, 2] and Hachman in (0, 1] for any two mixes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(positiveVector(n), positiveVector(n))),
        ([region, reference]) => {
          const k = krugmanIndex(region, reference)!;
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThanOrEqual(2 + 1e-12);
          const h = hachmanIndex(region, reference);
          if (h !== null) {
            expect(h).toBeGreaterThan(0);
            expect(h).toBeLessThanOrEqual(1 + 1e-12);
          }
        },
      ),
    );
  });

  it('Krugman against others compares with the unweighted mean of their shares, skipping empty ones', () => {
    expect(
      krugmanAgainstOthers(
        [1, 1],
        [
          [1, 0],
          [0, 1],
        ],
      ),
    ).toBe(0);
    expect(
      krugmanAgainstOthers(
        [1, 0],
        [
          [0, 1],
          [0, 0],
        ],
      ),
    ).toBe(2);
    expect(krugmanAgainstOthers([1, 0], [[0, 0]])).toBeNull();
  });
});
