import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date.ts';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['2023-1-01', false],
    ['2023/01/01', false],
    ['2025-12-31', true],
    ['', false],
  ])('%s → %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));
});
