import { describe, expect, it } from 'vitest';
import { findUnitLine, unitLineText } from './find-unit-line.ts';
import type { CellValue } from './sheet-grid.ts';

describe('unitLineText', () => {
  it.each<[CellValue, string | null]>([
    ['单位：万元', '万元'],
    ['单位:千元', '千元'],
    ['单位 ： 万元', '万元'],
    ['计量单位：千瓦时', '千瓦时'],
    ['金额单位：万元', '万元'],
    ['（单位：万元）', '万元'],
    ['单位：万元、千瓦时', '万元'],
    ['2024年1-10月　　　单位：亿元', '亿元'],
    ['单位：万ｋＷｈ', '万kWh'],
    ['填报单位：嘉兴某某纺织有限公司', null],
    ['报送单位：南湖区统计局', null],
    ['单位名称', null],
    ['单位：', null],
    [null, null],
    [10000, null],
  ])('%j → %j', (cell, unit) => {
    expect(unitLineText(cell)).toBe(unit);
  });
});

describe('findUnitLine', () => {
  const rows: CellValue[][] = [
    ['2024年1-10月规模以上工业企业主要指标'],
    ['填报单位：嘉兴市统计局', null, '单位：千元'],
    [null, null, '单位：万元'],
    ['企业名称', '统一社会信用代码', '工业总产值'],
  ];

  it('takes the line nearest above the header', () => {
    expect(findUnitLine(rows, 3)).toEqual({ unit: '万元', row: 2 });
    expect(findUnitLine(rows, 2)).toEqual({ unit: '千元', row: 1 });
  });

  it('finds nothing when no row above says a unit', () => {
    expect(findUnitLine(rows, 1)).toBeNull();
    expect(findUnitLine(rows, 0)).toBeNull();
  });

  it('stops at the end of the sheet', () => {
    expect(findUnitLine(rows, 99)).toEqual({ unit: '万元', row: 2 });
  });
});
