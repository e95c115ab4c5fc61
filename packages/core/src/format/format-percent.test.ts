import { describe, expect, it } from 'vitest';
import { formatPercentTable, formatPercentText } from './format-percent.ts';

describe('percent of a whole', () => {
  it.each<[number, number, string, string]>([
    [0.325, 1, '32.5', '32.5%'], // seed: 三大 share of the city's output, 2023年1-5月
    [0.505, 1, '50.5', '50.5%'], // seed: 135N share
    [0.128, 1, '12.8', '12.8%'], // seed: city value added, share of the province
    [1 / 3, 1, '33.3', '33.3%'],
    [1, 0, '100', '100%'],
    [0.76543, 2, '76.54', '76.54%'],
    [0, 1, '0.0', '0.0%'],
  ])('%d with %d decimals → %s, %s', (fraction, digits, table, text) => {
    expect(formatPercentTable(fraction, digits)).toBe(table);
    expect(formatPercentText(fraction, digits)).toBe(text);
  });
});
