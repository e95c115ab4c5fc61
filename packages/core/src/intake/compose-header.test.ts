import { describe, expect, it } from 'vitest';
import { composeHeader, isColumnCodeRow } from './compose-header.ts';
import type { CellValue, MergedRange } from './sheet-grid.ts';

const merge = (top: number, left: number, bottom: number, right: number): MergedRange => ({ top, left, bottom, right });

/** A statistics report with a three-row header (rows 2–4) under a title and a 单位 line. */
const rows: CellValue[][] = [
  ['2024年1-10月规模以上工业企业主要指标', null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, '单位：万元'],
  ['序号', '企业名称', '统一社会信用代码', '行业\n代码', '主要经济指标', null, null, null, '用电量\n（千瓦时）'],
  [null, null, null, null, '工业总产值', null, '营业收入', null, null],
  [null, null, null, null, '本年累计', '上年同期', '本年累计', '上年同期', null],
  [1, '嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', '1711', '12,345.6', '11,020.3', '13,001', '12,100', '1,234,567'],
];
const merges = [
  merge(0, 0, 0, 8),
  merge(2, 0, 4, 0),
  merge(2, 1, 4, 1),
  merge(2, 2, 4, 2),
  merge(2, 3, 4, 3),
  merge(2, 4, 2, 7),
  merge(3, 4, 3, 5),
  merge(3, 6, 3, 7),
  merge(2, 8, 4, 8),
];

describe('composeHeader', () => {
  it('joins a three-row header with merges across and down', () => {
    expect(composeHeader({ rows, merges }, [2, 4])).toEqual([
      '序号',
      '企业名称',
      '统一社会信用代码',
      '行业代码',
      '主要经济指标|工业总产值|本年累计',
      '主要经济指标|工业总产值|上年同期',
      '主要经济指标|营业收入|本年累计',
      '主要经济指标|营业收入|上年同期',
      '用电量（千瓦时）',
    ]);
  });

  it('ignores merges that start above the band', () => {
    expect(composeHeader({ rows, merges }, [3, 4])).toEqual([
      '',
      '',
      '',
      '',
      '工业总产值|本年累计',
      '工业总产值|上年同期',
      '营业收入|本年累计',
      '营业收入|上年同期',
      '',
    ]);
  });

  it('reads a one-row band, merged title included', () => {
    expect(composeHeader({ rows, merges }, [0, 0])).toEqual(Array(9).fill('2024年1-10月规模以上工业企业主要指标'));
  });

  it.each<[string, CellValue[][], MergedRange[], string[]]>([
    [
      'repeated parts once',
      [
        ['工业总产值', '工业总产值'],
        ['工业总产值', '上年同期'],
      ],
      [],
      ['工业总产值', '工业总产值|上年同期'],
    ],
    ['identical up to width and spaces', [['工业总产值'], ['工业 总产值']], [], ['工业总产值']],
    [
      'year numbers',
      [
        ['工业总产值', null],
        [2024, 2023],
      ],
      [merge(0, 0, 0, 1)],
      ['工业总产值|2024', '工业总产值|2023'],
    ],
    [
      'no empty parts',
      [
        ['企业名称', null],
        [null, '用电量'],
      ],
      [],
      ['企业名称', '用电量'],
    ],
    ['a pipe in a cell', [['产值|增加值']], [], ['产值/增加值']],
    ['booleans as empty', [[true, '名称']], [], ['', '名称']],
    ['columns out to the widest merge', [['税收'], [null]], [merge(0, 0, 0, 2)], ['税收', '税收', '税收']],
    ['a vertical merge once, even past the band', [['名称'], [null], [null]], [merge(0, 0, 2, 0)], ['名称']],
    [
      'a cell above a merge',
      [
        ['指标', '指标'],
        ['产值', null],
      ],
      [merge(1, 0, 1, 1)],
      ['指标|产值', '指标|产值'],
    ],
  ])('keeps %s', (_name, bandRows, bandMerges, expected) => {
    expect(composeHeader({ rows: bandRows, merges: bandMerges }, [0, 1])).toEqual(expected);
  });

  it('gives no labels for a band past the end of the sheet', () => {
    expect(composeHeader({ rows, merges: [] }, [10, 12])).toEqual([]);
  });

  it('leaves out the 栏次 row of column codes', () => {
    const band: CellValue[][] = [
      ['企业名称', '工业总产值', null],
      [null, '本年累计', '上年同期'],
      ['甲', 1, '2'],
    ];
    expect(composeHeader({ rows: band, merges: [merge(0, 1, 0, 2)] }, [0, 2])).toEqual([
      '企业名称',
      '工业总产值|本年累计',
      '工业总产值|上年同期',
    ]);
  });
});

describe('isColumnCodeRow', () => {
  it.each<[string, CellValue[], boolean]>([
    ['stems and increasing numbers', ['甲', '乙', 1, 2, 3], true],
    ['numbers as text', ['1', '2'], true],
    ['year headers', [2023, 2024], false],
    ['decreasing numbers', [2, 1], false],
    ['a single code', ['甲'], false],
    ['words', ['本年累计', '上年同期'], false],
  ])('%s → %s', (_name, row, expected) => {
    expect(isColumnCodeRow(row)).toBe(expected);
  });
});
