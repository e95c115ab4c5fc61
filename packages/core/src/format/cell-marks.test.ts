import { describe, expect, it } from 'vitest';
import type { BulletinCell } from '../bulletin/bulletin-document.ts';
import { cellMark, formatCell, formatOptional, MISSING_MARK, SUPPRESSED_MARK } from './cell-marks.ts';

const one = (value: number) => value.toFixed(1);

describe('cell marks', () => {
  it.each<[string, BulletinCell, string | null, string]>([
    ['published', { value: 12.34 }, null, '12.3'],
    ['published zero', { value: 0 }, null, '0.0'],
    ['missing', { value: null }, MISSING_MARK, '—'],
    ['primary suppression', { value: null, suppressed: 'primary' }, SUPPRESSED_MARK, 'x'],
    ['secondary suppression', { value: null, suppressed: 'secondary' }, SUPPRESSED_MARK, 'x'],
    // A withheld cell that still carries a number (a caller's mistake) must not leak it.
    ['suppressed with a stray value', { value: 42, suppressed: 'primary' }, SUPPRESSED_MARK, 'x'],
  ])('%s', (_name, cell, mark, text) => {
    expect(cellMark(cell)).toBe(mark);
    expect(formatCell(cell, one)).toBe(text);
  });

  it('shows a missing optional number as "—", never 0', () => {
    expect(formatOptional(null, one)).toBe('—');
    expect(formatOptional(0, one)).toBe('0.0');
  });
});
