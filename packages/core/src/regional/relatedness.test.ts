import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedness, relatednessDensity, type RelatednessMethod } from './relatedness.ts';

const methods: RelatednessMethod[] = ['association', 'prob', 'cosine', 'jaccard'];

/** A symmetric co-occurrence matrix of 2–6 industries. */
const coOccurrence = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc
      .array(fc.integer({ min: 0, max: 50 }), { minLength: n * n, maxLength: n * n })
      .map((cells) =>
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => cells[Math.min(i, j) * n + Math.max(i, j)]!),
        ),
      ),
  );

describe('relatedness', () => {
  it('is symmetric, non-negative, 0 on the diagonal; cosine and Jaccard are at most 1', () => {
    fc.assert(
      fc.property(coOccurrence, fc.constantFrom(...methods), (c, method) => {
        const r = relatedness(c, method);
        r.forEach((row, i) =>
          row.forEach((value, j) => {
            expect(value).toBe(r[j]![i]!);
            if (i === j) expect(value).toBe(0);
            if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
            if (value !== null && (method === 'cosine' || method === 'jaccard'))
              expect(value).toBeLessThanOrEqual(1 + 1e-12);
          }),
        );
      }),
    );
  });

  it('is null, not 0, for an industry that co-occurs with nothing', () => {
    const r = relatedness(
      [
        [0, 2, 0],
        [2, 0, 0],
        [0, 0, 9],
      ],
      'cosine',
    );
    expect(r[0]![1]).toBe(1);
    expect(r[0]![2]).toBeNull();
  });
});

describe('relatednessDensity', () => {
  it('is the percentage of the industries related to i that the region has', () => {
    const related = [
      [0, 1, 1],
      [1, 0, 0],
      [1, 0, 0],
    ];
    expect(relatednessDensity([[0, 1, 0]], related)).toEqual([[50, 0, 0]]);
    const unrelated = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    expect(relatednessDensity([[1, 1, 1]], unrelated)).toEqual([[null, null, null]]);
  });
});
