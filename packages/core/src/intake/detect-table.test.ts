import { describe, expect, it } from 'vitest';
import { detectTable, type DetectedTable, type DetectionFailure } from './detect-table.ts';
import type { CellValue, MergedRange, SheetGrid } from './sheet-grid.ts';
import { sourceProfileSchema, type SourceProfile } from './source-profile.ts';

const merge = (top: number, left: number, bottom: number, right: number): MergedRange => ({ top, left, bottom, right });

const profile: SourceProfile = sourceProfileSchema.parse({
  id: 'statistics-monthly',
  name: { zh: '规上工业月报', en: 'above-scale industry monthly report' },
  department: 'statistics',
  periodicity: 'monthly_cumulative',
  columns: [
    { key: 'enterprise_name', role: 'enterprise_name', synonyms: ['企业名称', '单位详细名称'], required: true },
    { key: 'uscc', role: 'uscc', synonyms: ['统一社会信用代码', '社会信用代码'], required: true },
    { key: 'industry_code', role: 'industry_code', synonyms: ['行业代码'] },
    {
      key: 'output_current',
      role: 'measure_current',
      measure: 'industrial_output',
      synonyms: ['工业总产值|本年累计', '工业总产值'],
      defaultUnit: '千元',
      required: true,
    },
    {
      key: 'output_base',
      role: 'measure_base',
      measure: 'industrial_output',
      synonyms: ['工业总产值|上年同期'],
      defaultUnit: '千元',
    },
    { key: 'revenue_current', role: 'measure_current', measure: 'revenue', synonyms: ['营业收入|本年累计'] },
    { key: 'electricity', role: 'measure_current', measure: 'electricity', synonyms: ['用电量'], defaultUnit: 'kwh' },
    { key: 'employees', role: 'measure_current', measure: 'employees', synonyms: ['从业人员'], defaultUnit: '人' },
  ],
});

/** A statistics report: title, 单位 line, three header rows with merges, a 栏次 row, data, totals and notes. */
const report: SheetGrid = {
  name: '规上工业',
  rows: [
    ['嘉兴市2024年1-10月规模以上工业企业主要经济指标', null, null, null, null, null, null, null, null, null],
    ['填报单位：嘉兴市统计局', null, null, null, null, null, null, null, null, '单位：万元'],
    [
      '序号',
      '企业名称',
      '统一社会\n信用代码',
      '行业代码',
      '主要经济指标',
      null,
      null,
      null,
      '用电量（千瓦时）',
      '从业人员',
    ],
    [null, null, null, null, '工业总产值', null, '营业收入', null, null, null],
    [null, null, null, null, '本年累计', '上年同期', '本年累计', '上年同期', null, null],
    ['甲', '乙', '丙', '丁', 1, 2, 3, 4, 5, 6],
    ['合计', null, null, null, '25,346.6', '22,120.3', '26,001', '24,100', '2,469,134', 410],
    [
      1,
      '嘉兴某某纺织有限公司',
      '91330400MA2B3C4D5E',
      '1711',
      '12,345.6',
      '11,020.3',
      '13,001',
      '12,100',
      '1,234,567',
      210,
    ],
    [2, '海宁某某皮革有限公司', '91330481MA28A1B2C3', '1910', '13,001', '11,100', '13,000', '12,000', '1,234,567', 200],
    ['注：本表数据为快报数，“—”表示无数据。', null, null, null, null, null, null, null, null, null],
  ],
  merges: [
    merge(0, 0, 0, 9),
    merge(2, 0, 4, 0),
    merge(2, 1, 4, 1),
    merge(2, 2, 4, 2),
    merge(2, 3, 4, 3),
    merge(2, 4, 2, 7),
    merge(3, 4, 3, 5),
    merge(3, 6, 3, 7),
    merge(2, 8, 4, 8),
    merge(2, 9, 4, 9),
    merge(6, 0, 6, 3),
    merge(9, 0, 9, 9),
  ],
};

function table(result: DetectedTable | DetectionFailure): DetectedTable {
  if (result.kind !== 'table') throw new Error(result.message.en);
  return result;
}

describe('detectTable', () => {
  it('finds a three-row header with merges, its units and the period in the title', () => {
    const found = table(detectTable(report, profile));
    expect(found.headerRows).toEqual([2, 5]);
    expect(found.dataStartRow).toBe(6);
    expect(found.periodText).toEqual({ year: 2024, fromMonth: 1, toMonth: 10 });
    expect(found.unmatchedRequired).toEqual([]);
    expect(found.issues).toEqual([]);
    expect(found.columns).toEqual([
      { key: 'enterprise_name', index: 1, label: '企业名称', unit: null, unitSource: null },
      { key: 'uscc', index: 2, label: '统一社会信用代码', unit: null, unitSource: null },
      { key: 'industry_code', index: 3, label: '行业代码', unit: null, unitSource: null },
      {
        key: 'output_current',
        index: 4,
        label: '主要经济指标|工业总产值|本年累计',
        unit: 'ten_thousand_yuan',
        unitSource: 'unit_line',
      },
      {
        key: 'output_base',
        index: 5,
        label: '主要经济指标|工业总产值|上年同期',
        unit: 'ten_thousand_yuan',
        unitSource: 'unit_line',
      },
      {
        key: 'revenue_current',
        index: 6,
        label: '主要经济指标|营业收入|本年累计',
        unit: 'ten_thousand_yuan',
        unitSource: 'unit_line',
      },
      { key: 'electricity', index: 8, label: '用电量（千瓦时）', unit: 'kwh', unitSource: 'header' },
      { key: 'employees', index: 9, label: '从业人员', unit: 'person', unitSource: 'profile' },
    ]);
  });

  it('reads a one-row header with units in brackets and the period from the sheet name', () => {
    const grid: SheetGrid = {
      name: '2024年10月',
      rows: [
        ['企业名称', '统一社会信用代码', '工业总产值\n（亿元）', '用电量(万kWh)'],
        ['嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', '1.2', '12.5'],
      ],
      merges: [],
    };
    const found = table(detectTable(grid, profile));
    expect(found.headerRows).toEqual([0, 0]);
    expect(found.periodText).toEqual({ year: 2024, fromMonth: 10, toMonth: 10 });
    expect(found.columns.map(({ key, index, unit }) => [key, index, unit])).toEqual([
      ['enterprise_name', 0, null],
      ['uscc', 1, null],
      ['output_current', 2, 'hundred_million_yuan'],
      ['electricity', 3, 'ten_thousand_kwh'],
    ]);
  });

  it('takes a units row under the names into the header', () => {
    const grid: SheetGrid = {
      name: 'Sheet1',
      rows: [
        ['2024年度', null, null],
        ['单位详细名称', '社会信用代码', '工业总产值', '上年同期'],
        [null, null, '万元', '万元'],
        ['嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', '12345.6', '11020.3'],
      ],
      merges: [],
    };
    const found = table(detectTable(grid, profile));
    expect(found.headerRows).toEqual([1, 2]);
    expect(found.dataStartRow).toBe(3);
    expect(found.periodText).toEqual({ year: 2024, annual: true });
    expect(found.columns.find((column) => column.key === 'output_current')).toMatchObject({
      index: 2,
      unit: 'ten_thousand_yuan',
      unitSource: 'header',
    });
  });

  it('finds the table without a required column and says which is missing', () => {
    const grid: SheetGrid = {
      name: 'Sheet1',
      rows: [
        ['企业名称', '工业总产值(万元)'],
        ['嘉兴某某纺织有限公司', '12,345.6'],
      ],
      merges: [],
    };
    const found = table(detectTable(grid, profile));
    expect(found.unmatchedRequired).toEqual(['uscc']);
    expect(found.periodText).toBeNull();
    expect(found.issues).toEqual([
      {
        row: null,
        column: null,
        code: 'required_column_missing',
        severity: 'error',
        message: { zh: '缺少必需列：统一社会信用代码', en: 'required columns missing: uscc' },
      },
    ]);
  });

  it('reports an unknown unit line once and falls back to the profile unit', () => {
    const rows: CellValue[][] = [['单位：万立方米'], ['企业名称', '统一社会信用代码', '工业总产值'], ['甲', '乙', 1]];
    const found = table(detectTable({ name: 'Sheet1', rows, merges: [] }, profile));
    expect(found.issues.map(({ row, code, message }) => [row, code, message.zh])).toEqual([
      [1, 'unit_unknown', '第 1 行 未知计量单位“万立方米”'],
    ]);
    expect(found.columns.find((column) => column.key === 'output_current')?.unit).toBe('thousand_yuan');
  });

  it('fails for a file of another department, with no candidate row', () => {
    const rows: CellValue[][] = [
      ['纳税人名称', '纳税人识别号', '实缴税额'],
      ['嘉兴某某纺织有限公司', '91330400MA2B3C4D5E', 1],
    ];
    expect(detectTable({ name: '税务', rows, merges: [] }, profile)).toEqual({
      kind: 'failure',
      unmatchedRequired: ['enterprise_name', 'uscc', 'output_current'],
      bestHeaderRow: null,
      message: {
        zh: '未找到规上工业月报的表头：缺少必需列 企业名称、统一社会信用代码、工业总产值|本年累计；前 30 行中没有可识别的列',
        en:
          'no above-scale industry monthly report header found: required columns missing: enterprise_name, uscc, ' +
          'output_current; none of the first 30 rows names a known column',
      },
    });
  });

  it('fails naming the best candidate row when only optional columns are found', () => {
    const rows: CellValue[][] = [['说明：行业代码表'], ['行业代码', '行业名称'], ['1711', '棉纺纱加工']];
    const failed = detectTable({ name: 'Sheet1', rows, merges: [] }, profile);
    expect(failed).toMatchObject({ kind: 'failure', bestHeaderRow: 1 });
    expect(failed.kind === 'failure' && failed.message.zh).toMatch(/最接近的表头在第 2 行$/);
  });

  it('looks for the header in the first 30 rows only', () => {
    const header = ['企业名称', '统一社会信用代码', '工业总产值'];
    const padding = (count: number): CellValue[][] => Array.from({ length: count }, () => [null]);
    expect(table(detectTable({ name: 'S', rows: [...padding(29), header], merges: [] }, profile)).headerRows).toEqual([
      29, 29,
    ]);
    expect(detectTable({ name: 'S', rows: [...padding(30), header], merges: [] }, profile).kind).toBe('failure');
  });
});
