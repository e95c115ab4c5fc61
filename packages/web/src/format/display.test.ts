import { describe, expect, it } from 'vitest';
import { cell, count, cumulativePeriod, decimal, growth, measureValue, money, percent } from './display.ts';

describe('numbers on screen', () => {
  it.each([
    [money(227_830_000_000, 'zh'), '2278.3亿元'],
    [money(null), '—'],
    [growth(0.083), '+8.3%'],
    [growth(-0.012), '-1.2%'],
    [growth(null), '—'],
    [percent(0.125), '12.5%'],
    [cumulativePeriod('2024-10', 'zh'), '2024年1-10月'],
    [cumulativePeriod('2024-10', 'en'), 'Jan–Oct 2024'],
    [cumulativePeriod('2024-01', 'zh'), '2024年1月'],
    [count(12345), '12,345'],
    [cell(5, true, (value) => String(value)), 'x'],
    [cell(5, false, (value) => String(value)), '5'],
    [decimal(412.5907), '412.59'],
    [decimal(0.02705, 4), '0.0271'],
    [decimal(null), '—'],
  ])('%s is %s', (shown, expected) => {
    expect(shown).toBe(expected);
  });

  it('shows money measures in 亿元 with the unit', () => {
    expect(measureValue('industrial_output', 1.5e10, 'zh')).toBe('150.0亿元');
  });
});
