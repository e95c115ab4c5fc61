/**
 * The firm file of `observatory evaluate` (read-evaluation-firms.ts): the CSV layout (identity columns, measures
 * with units in the header converted through core/units, missing never 0, flags, parcels, facts, one year), JSON
 * input in the engine's own form, and every bad cell or header reported with its row and column.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { measuresReferencedBy, readEvaluationFirms } from '../../src/services/evaluation/read-evaluation-firms.ts';
import { loadScheme } from './scheme-files.ts';

const bytes = (text: string, bom = false) => new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
const csv = (...lines: string[]) => bytes(lines.join('\n'));
const read = (data: Uint8Array, options: Parameters<typeof readEvaluationFirms>[2] = {}, name = 'firms.csv') =>
  readEvaluationFirms(data, name, options);

/** The AppError a read throws: its message and details as "path: message" lines. */
async function failure(promise: Promise<unknown>): Promise<{ message: string; details: string[] }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.code).toBe('validation_failed');
  return { message: appError.message, details: appError.details.map((d) => `${d.path ?? ''}: ${d.message}`) };
}

describe('readEvaluationFirms: the CSV layout', () => {
  it('reads identity columns, flags, parcels and facts, with or without a BOM', async () => {
    for (const bom of [false, true]) {
      const input = await read(
        bytes(
          [
            'uscc,name,reporting_unit,industry_code,above_scale,in_production,parcels,facts,year',
            'A1,甲企业,330402,c,是,true,P-1；P-2; ,high_tech_enterprise;tenant:3,2023',
            'B2,,330402,2929,否,0,,,2023',
            'C3,丙,,,,—,,,',
          ].join('\r\n'),
          bom,
        ),
      );
      expect(input.year).toBe(2023);
      expect(input.enterprises.map((e) => [e.uscc, e.name, e.industryCode, e.aboveScale, e.inProduction])).toEqual([
        ['A1', '甲企业', 'C', true, true],
        ['B2', 'B2', '2929', false, false],
        ['C3', '丙', null, null, null],
      ]);
      expect(input.enterprises[0]).toMatchObject({
        enterpriseId: 'A1',
        reportingUnitId: '330402',
        parcels: ['P-1', 'P-2'],
        facts: [
          { tag: 'high_tech_enterprise', count: 1 },
          { tag: 'tenant', count: 3 },
        ],
      });
    }
  });

  it.each<[string, string, number | null]>([
    ['tax_paid', '1234.5', 1234.5],
    ['tax_paid(万元)', '240.97', 2409700],
    ['tax_paid（万元）', '1,234.5', 12345000],
    ['TAX_PAID (亿元)', '0.5', 50000000],
    ['land_own(平方米)', '6666.6666666667', 10], // area conversions keep 10 significant digits
    ['land_own(公顷)', '2', 30],
    ['electricity(万千瓦时)', '１２', 120000],
    ['energy_consumption(万吨标煤)', '0.01', 100],
    ['tax_paid(万元)', '', null],
    ['tax_paid(万元)', '—', null],
    ['tax_paid(万元)', '-', null],
    ['tax_paid(万元)', '-3', -30000],
    ['tax_paid(万元)', '0', 0],
  ])('%s = %j is %j in the canonical unit (missing is null, never 0)', async (header, cell, expected) => {
    const input = await read(csv(`uscc,${header}`, `A1,"${cell}"`), { year: 2023 });
    const measure = header.normalize('NFKC').toLowerCase().split(/[ (]/)[0]!;
    expect(input.enterprises[0]!.measures[measure]).toBe(expected);
  });

  it('takes the year from --year, or from the year column, which must agree and be one', async () => {
    expect((await read(csv('uscc,tax_paid', 'A1,1'), { year: 2022 })).year).toBe(2022);
    expect((await read(csv('uscc,year', 'A1,2022', 'B2,2022'), { year: 2022 })).year).toBe(2022);
    expect((await failure(read(csv('uscc,tax_paid', 'A1,1')))).message).toMatch(/--year 或 year 列.*no year/);
    expect((await failure(read(csv('uscc,year', 'A1,2022', 'B2,2023')))).message).toMatch(/one year per file/);
    expect((await failure(read(csv('uscc,year', 'A1,2022', 'B2,2023'), { year: 2022 }))).details).toEqual([
      '第 3 行 (row 3): year 2023',
    ]);
  });

  it('skips empty rows and accepts a measure of the scheme outside the catalogue', async () => {
    const input = await read(csv('uscc,water(吨)', 'A1,5', ',', 'B2,7'), {
      year: 2016,
      schemeMeasures: new Set(['water']),
    });
    expect(input.enterprises.map((e) => e.measures)).toEqual([{ water: 5 }, { water: 7 }]);
  });
});

describe('readEvaluationFirms: bad input names the row and the column', () => {
  it.each<[string, string[], string[]]>([
    [
      'a header without uscc',
      ['name,tax_paid', '甲,1'],
      ['第 1 行 (row 1): 输入文件缺少列 "uscc" (input is missing column "uscc")'],
    ],
    [
      'an unknown column, a repeated one, a unit on an identity column, a unit of the wrong dimension, an unknown unit',
      ['uscc,备注,tax_paid,tax_paid(元),year(年),land_own(万元),cod(斤)', 'A1,,,,,,'],
      [
        '第 1 行 B 列 "备注" (row 1, column B): 不是已知的列或度量 (not a known column or measure)',
        '第 1 行 D 列 "tax_paid(元)" (row 1, column D): 与 C 列重复 (same as column C)',
        '第 1 行 E 列 "year(年)" (row 1, column E): 此列不带单位 (this column takes no unit)',
        '第 1 行 F 列 "land_own(万元)" (row 1, column F): 单位 万元 与 land_own 的量纲不符 (unit does not fit the measure\'s dimension area)',
        '第 1 行 G 列 "cod(斤)" (row 1, column G): 未知计量单位 "斤" (unknown unit)',
      ],
    ],
    [
      'a misspelt measure',
      ['uscc,tax_payed', 'A1,1'],
      ['第 1 行 B 列 "tax_payed" (row 1, column B): 不是已知的列或度量 (not a known column or measure)'],
    ],
    [
      'text in a number column, a percent, a bad flag, a bad code, a bad fact, an empty and a repeated uscc',
      [
        'uscc,tax_paid(万元),land_own,above_scale,industry_code,facts',
        'A1,abc,10%,也许,29x,tenant:0',
        ',1,1,是,29,',
        'A1,1,1,是,29,',
      ],
      [
        '第 2 行 B 列 "tax_paid(万元)" (row 2, column B): "abc" 不是数值 (not a number)',
        '第 2 行 C 列 "land_own" (row 2, column C): "10%" 度量列不接受百分数 (no percent in a measure column)',
        '第 2 行 D 列 "above_scale" (row 2, column D): "也许" 应为 是/否、true/false 或 1/0 (must be 是/否, true/false or 1/0)',
        '第 2 行 E 列 "industry_code" (row 2, column E): "29x" 不是国民经济行业代码 (not a GB/T 4754 code: a letter A–T or 2–4 digits)',
        '第 2 行 F 列 "facts" (row 2, column F): "tenant:0" 应为 标签 或 标签:次数 (must be tag or tag:count, count a whole number ≥ 1)',
        '第 3 行 A 列 "uscc" (row 3, column A): 缺少统一社会信用代码 (uscc is empty)',
        '第 4 行 A 列 "uscc" (row 4, column A): 与第 2 行重复 (same uscc as row 2)',
      ],
    ],
  ])('%s', async (_, lines, details) => {
    const { message, details: shown } = await failure(read(csv(...lines), { year: 2023 }));
    expect(message).toMatch(/^企业文件 firms\.csv 有误 \(the firm file is invalid\)/);
    expect(shown).toEqual(details);
  });

  it('lists at most 50 problems and says how many more there are', async () => {
    const lines = ['uscc,tax_paid', ...Array.from({ length: 60 }, (_, i) => `F${i},x`)];
    const { details } = await failure(read(csv(...lines), { year: 2023 }));
    expect(details).toHaveLength(51);
    expect(details[50]).toBe(': 另有 10 处问题未列出 (and 10 more)');
  });
});

describe('readEvaluationFirms: JSON in the engine’s input form', () => {
  const document = {
    year: 2022,
    enterprises: [
      {
        enterpriseId: 'a',
        uscc: 'A1',
        name: '甲',
        reportingUnitId: '331003',
        industryCode: '2929',
        aboveScale: true,
        inProduction: true,
        measures: { land_own: 10, tax_paid: 2409700 },
      },
    ],
  };

  it('reads a valid document by its name or its leading brace', async () => {
    expect(await read(bytes(JSON.stringify(document)), {}, 'firms.json')).toMatchObject(document);
    expect(await read(bytes(JSON.stringify(document), true), { year: 2022 }, 'firms.txt')).toMatchObject(document);
  });

  it.each<[string, string, Record<string, unknown>, RegExp]>([
    ['bad JSON', '{"year": 2022,', {}, /JSON 无法解析/],
    ['a missing field', JSON.stringify({ year: 2022 }), {}, /not an evaluation input document/],
    ['another year than --year', JSON.stringify(document), { year: 2023 }, /与 --year 2023 不同/],
    [
      'duplicate ids',
      JSON.stringify({ ...document, enterprises: [...document.enterprises, ...document.enterprises] }),
      {},
      /duplicate enterprise ids/,
    ],
  ])('refuses %s', async (_, text, options, pattern) => {
    expect((await failure(read(bytes(text), options, 'firms.json'))).message).toMatch(pattern);
  });
});

describe('measuresReferencedBy', () => {
  it('lists the measures a scheme reads, not its derived quantities', () => {
    expect([...measuresReferencedBy(loadScheme('huangyan-2022.yaml'))].sort()).toEqual(
      [
        'ammonia_nitrogen',
        'annual_value_added',
        'average_employees',
        'cod',
        'electricity',
        'energy_consumption',
        'land_own',
        'land_rented_in',
        'land_rented_out',
        'main_business_revenue',
        'nox',
        'rd_expenditure',
        'so2',
        'tax_export_credit',
        'tax_paid',
        'tax_refund',
        'value_added',
      ].sort(),
    );
  });
});
