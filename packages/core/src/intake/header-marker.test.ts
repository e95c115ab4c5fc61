import { describe, expect, it } from 'vitest';
import { isBlankRow, isColumnNumber, isHeaderMarkerRow, isUnitOnly } from './header-marker.ts';
import type { CellValue } from './sheet-grid.ts';

describe('header markers', () => {
  it.each([
    ['甲', true],
    ['乙', true],
    ['1', true],
    ['１２', true],
    ['栏 次', true],
    ['123', false],
    ['本年累计', false],
  ])('column number %j: %s', (text, expected) => {
    expect(isColumnNumber(text)).toBe(expected);
  });

  it.each([
    ['万元', true],
    ['（千瓦时）', true],
    ['吨标准煤', true],
    ['%', true],
    ['1', false],
    ['工业总产值', false],
  ])('unit only %j: %s', (text, expected) => {
    expect(isUnitOnly(text)).toBe(expected);
  });

  it.each<[CellValue[] | undefined, boolean]>([
    [['甲', '乙', 1, 2, 3], true],
    [[null, null, '万元', '万元', '千瓦时'], true],
    [['栏次', 1, 2], true],
    [[null, '  '], false],
    [[], false],
    [undefined, false],
    [['合计', null, 100, 90], false],
    [[1, '嘉兴某某纺织有限公司', '12,345.6'], false],
    [[1, 2, 100], false],
    [[1, 2, 2.5], false],
  ])('marker row %j: %s', (row, expected) => {
    expect(isHeaderMarkerRow(row)).toBe(expected);
  });

  it.each<[CellValue[] | undefined, boolean]>([
    [[null, ' ', '\u3000'], true],
    [[], true],
    [undefined, true],
    [[null, 0], false],
    [[false], false],
  ])('blank row %j: %s', (row, expected) => {
    expect(isBlankRow(row)).toBe(expected);
  });
});
