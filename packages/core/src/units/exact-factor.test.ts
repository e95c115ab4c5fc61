import { describe, expect, it } from 'vitest';
import { factorValue, isPowerOfTen, ratioBetween, type ExactFactor } from './exact-factor.ts';

const f = (numerator: number, denominator: number, powerOfTen: number): ExactFactor => ({
  numerator,
  denominator,
  powerOfTen,
});

describe('ratioBetween', () => {
  it.each<[string, ExactFactor, ExactFactor, bigint, bigint, number]>([
    ['亿元 → 元', f(1, 1, 8), f(1, 1, 0), 1n, 1n, 8],
    ['元 → 万元', f(1, 1, 0), f(1, 1, 4), 1n, 1n, -4],
    ['亩 → m²', f(1, 1, 0), f(15, 1, -4), 1n, 15n, 4],
    ['m² → 亩', f(15, 1, -4), f(1, 1, 0), 15n, 1n, -4],
    ['公顷 → m²', f(15, 1, 0), f(15, 1, -4), 1n, 1n, 4],
    ['公顷 → 亩', f(15, 1, 0), f(1, 1, 0), 15n, 1n, 0],
    ['30/4 vs 1/2', f(30, 4, 0), f(1, 2, 0), 15n, 1n, 0],
    ['150/1 vs 15/1', f(150, 1, 0), f(15, 1, 0), 1n, 1n, 1],
  ])('%s', (_label, from, to, numerator, denominator, powerOfTen) => {
    const ratio = ratioBetween(from, to);
    expect(ratio).toEqual({ numerator, denominator, powerOfTen });
    expect(isPowerOfTen(ratio)).toBe(numerator === 1n && denominator === 1n);
  });

  it.each<[ExactFactor, number]>([
    [f(1, 1, 8), 1e8],
    [f(15, 1, -4), 0.0015],
    [f(1, 1, -2), 0.01],
    [f(2, 3, 3), 2000 / 3],
  ])('factorValue(%o) = %d', (factor, value) => {
    expect(factorValue(factor)).toBe(value);
  });
});
