import { describe, expect, it } from 'vitest';
import { formatPointsTable, formatPointsText, formatPullProse } from './format-points.ts';

describe('percentage points', () => {
  it.each<[number, string, string, string, string, string]>([
    // points, table, zh text, en text, zh pull, en pull
    [1.234, '1.2', '1.2个百分点', '1.2 percentage points', '拉动1.2个百分点', 'adding 1.2 percentage points'],
    [-0.25, '-0.3', '-0.3个百分点', '-0.3 percentage points', '下拉0.3个百分点', 'subtracting 0.3 percentage points'],
    [0, '0.0', '0.0个百分点', '0.0 percentage points', '拉动0.0个百分点', 'adding 0.0 percentage points'],
    [-0.04, '0.0', '0.0个百分点', '0.0 percentage points', '拉动0.0个百分点', 'adding 0.0 percentage points'],
    [3.05, '3.1', '3.1个百分点', '3.1 percentage points', '拉动3.1个百分点', 'adding 3.1 percentage points'],
  ])('%d pp', (points, table, zhText, enText, zhPull, enPull) => {
    expect(formatPointsTable(points)).toBe(table);
    expect(formatPointsText(points, 'zh')).toBe(zhText);
    expect(formatPointsText(points, 'en')).toBe(enText);
    expect(formatPullProse(points, 'zh')).toBe(zhPull);
    expect(formatPullProse(points, 'en')).toBe(enPull);
  });

  it('uses the singular for exactly one point without decimals', () => {
    expect(formatPointsText(1, 'en', 0)).toBe('1 percentage point');
    expect(formatPointsText(1, 'en', 1)).toBe('1.0 percentage points');
  });
});
