/** The year's 1–N月 completed investment from cumulative list points: table cases and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearCompleted } from './year-completed.ts';

const p = (year: number, month: number, completedYuan: number) => ({ year, month, completedYuan });

describe('yearCompleted', () => {
  it.each([
    ['this year minus last December', [p(2023, 12, 100), p(2024, 6, 160)], '2023-05-01', 6, 60],
    ['latest point at or before N', [p(2023, 12, 100), p(2024, 3, 120), p(2024, 9, 200)], '2023-05-01', 6, 20],
    ['last year latest list when no December', [p(2023, 10, 90), p(2024, 6, 160)], '2023-05-01', 6, 70],
    ['no base, started this year: base 0', [p(2024, 6, 40)], '2024-02-01', 6, 40],
    ['no base, not started: base 0', [p(2024, 6, 5)], null, 6, 5],
    ['no base, started before the year: unknown', [p(2024, 6, 40)], '2023-02-01', 6, null],
    ['no point of the year, not started by N: 0', [], '2024-08-01', 6, 0],
    ['no point of the year, started: unknown', [], '2024-02-01', 6, null],
    ['a lower restated figure never goes negative', [p(2023, 12, 100), p(2024, 6, 90)], '2023-05-01', 6, 0],
  ] as const)('%s', (_label, points, actualStart, month, expected) => {
    expect(yearCompleted({ year: 2024, month, points, actualStart })).toBe(expected);
  });

  it('never exceeds the cumulative figure and is monotone in N for rising cumulative points', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 13, maxLength: 13 }), (steps) => {
        let total = 0;
        const points = steps.map((step, index) => {
          total += step;
          return index === 0 ? p(2023, 12, total) : p(2024, index, total);
        });
        let previous = 0;
        for (let month = 1; month <= 12; month++) {
          const value = yearCompleted({ year: 2024, month, points, actualStart: '2023-01-01' })!;
          expect(value).toBeGreaterThanOrEqual(previous);
          expect(value).toBeLessThanOrEqual(points[month]!.completedYuan);
          previous = value;
        }
      }),
    );
  });
});
