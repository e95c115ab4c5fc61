import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGrowthProse, formatGrowthSigned, formatGrowthTable } from './format-growth.ts';

describe('growth', () => {
  it.each<[number, string, string, string, string]>([
    // fraction, table, signed, zh prose, en prose
    [0.083, '8.3', '+8.3%', '增长8.3%', 'up 8.3%'], // seed: 现代纺织服装 2024年1-10月 +8.3 %
    [-0.012, '-1.2', '-1.2%', '下降1.2%', 'down 1.2%'],
    [0.0835, '8.4', '+8.4%', '增长8.4%', 'up 8.4%'],
    [0.1, '10.0', '+10.0%', '增长10.0%', 'up 10.0%'],
    [1.5, '150.0', '+150.0%', '增长150.0%', 'up 150.0%'],
    [0, '0.0', '0.0%', '持平', 'unchanged'],
    [-0.0004, '0.0', '0.0%', '持平', 'unchanged'],
    [0.0004, '0.0', '0.0%', '持平', 'unchanged'],
    [-0.0005, '-0.1', '-0.1%', '下降0.1%', 'down 0.1%'],
  ])('%d → %s, %s, %s, %s', (fraction, table, signed, zh, en) => {
    expect(formatGrowthTable(fraction)).toBe(table);
    expect(formatGrowthSigned(fraction)).toBe(signed);
    expect(formatGrowthProse(fraction, 'zh')).toBe(zh);
    expect(formatGrowthProse(fraction, 'en')).toBe(en);
  });

  it('takes the number of decimals', () => {
    expect(formatGrowthTable(0.08345, 2)).toBe('8.35');
    expect(formatGrowthProse(-0.08345, 'zh', 2)).toBe('下降8.35%');
  });

  it('agrees in sign across the three forms', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 10, noNaN: true }), (fraction) => {
        const table = formatGrowthTable(fraction);
        const prose = formatGrowthProse(fraction);
        const signed = formatGrowthSigned(fraction);
        if (Number(table) > 0) expect([prose.startsWith('增长'), signed.startsWith('+')]).toEqual([true, true]);
        else if (Number(table) < 0) expect([prose.startsWith('下降'), signed.startsWith('-')]).toEqual([true, true]);
        else expect([prose, signed]).toEqual(['持平', '0.0%']);
        expect(signed.replace(/^\+/, '')).toBe(`${table}%`);
      }),
    );
  });
});
