import { describe, expect, it } from 'vitest';
import { findHeaderBand } from './find-header-band.ts';
import type { CellValue, MergedRange } from './sheet-grid.ts';

const merge = (top: number, left: number, bottom: number, right: number): MergedRange => ({ top, left, bottom, right });

const columns = [
  { key: 'enterprise_name', synonyms: ['企业名称'], required: true },
  { key: 'uscc', synonyms: ['统一社会信用代码'], required: true },
  { key: 'output_current', synonyms: ['工业总产值|本年累计'], required: true },
  { key: 'output_base', synonyms: ['工业总产值|上年同期'], required: false },
  { key: 'tax', synonyms: ['税收'], required: false },
];

const header: CellValue[][] = [
  ['企业名称', '统一社会信用代码', '工业总产值', null],
  [null, null, '本年累计', '上年同期'],
];
const headerMerges = (offset: number): MergedRange[] => [
  merge(offset, 0, offset + 1, 0),
  merge(offset, 1, offset + 1, 1),
  merge(offset, 2, offset, 3),
];
const dataRow: CellValue[] = ['嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', '12,345.6', '11,020.3'];

describe('findHeaderBand', () => {
  it.each<[string, CellValue[][], MergedRange[], [number, number]]>([
    ['a two-row header', [...header, dataRow], headerMerges(0), [0, 1]],
    [
      'not the title merged across the sheet',
      [['2024年1-10月主要指标'], ...header, dataRow],
      [merge(0, 0, 0, 3), ...headerMerges(1)],
      [1, 2],
    ],
    ['a units row under the names', [...header, [null, null, '万元', '万元'], dataRow], headerMerges(0), [0, 2]],
    ['a 栏次 row under the names', [...header, ['甲', '乙', 1, 2], dataRow], headerMerges(0), [0, 2]],
    ['not a total row under the names', [...header, ['合计', null, 100, 90], dataRow], headerMerges(0), [0, 1]],
  ])('finds %s', (_name, rows, merges, expected) => {
    expect(findHeaderBand({ rows, merges }, columns)?.headerRows).toEqual(expected);
  });

  it('prefers more required columns over more columns', () => {
    const rows: CellValue[][] = [
      ['企业名称', '税收', '工业总产值|上年同期'],
      ['企业名称', '统一社会信用代码', null],
    ];
    const band = findHeaderBand({ rows, merges: [] }, columns);
    expect(band?.headerRows).toEqual([1, 1]);
    expect(band?.requiredFound).toBe(2);
  });

  it('finds nothing when no band names a profile column', () => {
    expect(findHeaderBand({ rows: [['纳税人名称', '实缴税额'], dataRow], merges: [] }, columns)).toBeNull();
    expect(findHeaderBand({ rows: [], merges: [] }, columns)).toBeNull();
  });
});
