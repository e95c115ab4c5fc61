/**
 * fast-check generators shared by the regional-measure tests: non-negative integer vectors and matrices
 * (integers keep sums exact, so properties fail only for real reasons). Test support, not exported.
 */
import fc from 'fast-check';
import { regionIndustryMatrix, type RegionIndustryMatrix } from './matrix.ts';

export const count = fc.integer({ min: 0, max: 100_000 });

/** A vector of `length` counts (or of any length 1–12) with a positive total. */
export const positiveVector = (length?: number) =>
  (length === undefined
    ? fc.array(count, { minLength: 1, maxLength: 12 })
    : fc.array(count, { minLength: length, maxLength: length })
  ).filter((values) => values.some((value) => value > 0));

/** A matrix of 1–8 regions × 1–8 industries whose rows and columns all have positive totals. */
export const positiveMatrix: fc.Arbitrary<RegionIndustryMatrix> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
  .chain(([regions, industries]) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: industries, maxLength: industries }), {
      minLength: regions,
      maxLength: regions,
    }),
  )
  .map((values) =>
    regionIndustryMatrix(
      values.map((_, r) => `R${r + 1}`),
      values[0]!.map((_, i) => `I${i + 1}`),
      values,
    ),
  );
