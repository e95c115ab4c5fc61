/**
 * The demo files in the forms departments send: GB18030 tax CSV (not UTF-8), UTF-8-with-BOM environment CSV
 * listing only monitored firms, legacy BIFF8 .xls for power, land use types — and every file readable by the
 * platform's own readers, its header found by the shipped source profiles with the right units and period.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkUscc, detectTable, sourceProfileSchema, type SourceProfile } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/readers/index.ts';
import { column, csvRows, generateTiny, readXlsRows, readXlsxRows, toTable } from './demo-files.ts';

let dir = '';
let cleanup = async () => {};
const profilesDir = join(import.meta.dirname, '../../data/profiles');
const profiles = new Map<string, SourceProfile>(
  readdirSync(profilesDir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => sourceProfileSchema.parse(parseYaml(readFileSync(join(profilesDir, name), 'utf8'))))
    .map((profile) => [profile.id, profile]),
);

beforeAll(async () => {
  ({ dir, cleanup } = await generateTiny());
}, 120_000);
afterAll(() => cleanup());

const gb18030 = async (path: string) =>
  new TextDecoder('gb18030', { fatal: true }).decode(await readFile(join(dir, path)));

describe('file formats', () => {
  it('encodes the tax CSV in GB18030, which is not UTF-8, with valid USCCs and 万元 figures', async () => {
    const bytes = await readFile(join(dir, '税务/企业年度税收_2024年.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const tax = toTable(csvRows(await gb18030('税务/企业年度税收_2024年.csv')), 1);
    expect(tax.labels).toEqual([
      '统一社会信用代码',
      '纳税人名称',
      '县（市、区）',
      '行业代码',
      '实缴税金',
      '免抵调库',
      '退税',
    ]);
    expect(tax.rows[1]?.[0]).toBe('单位：万元');
    for (const row of tax.data) {
      const check = checkUscc(String(row[0]));
      expect(check.valid && check.warning === null).toBe(true);
      expect(String(row[4])).toMatch(/^\d+\.\d\d$/);
    }
    const sum = tax.data.reduce((total, row) => total + Math.round(Number(row[4]) * 100), 0);
    expect(Math.round(Number(tax.total?.[4]) * 100)).toBe(sum);
  });

  it('writes the environment CSV as UTF-8 with a BOM, only for monitored firms (absent is not zero)', async () => {
    const bytes = await readFile(join(dir, '生态环境/主要污染物排放_2024年.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const env = toTable(csvRows(bytes.toString('utf8')), 1);
    const tax = toTable(csvRows(await gb18030('税务/企业年度税收_2024年.csv')), 1);
    const codes = new Map(tax.data.map((row) => [String(row[0]), String(row[column(tax, '行业代码')])]));
    expect(env.data.length).toBeGreaterThan(0);
    expect(env.data.length).toBeLessThan(tax.data.length / 2);
    for (const row of env.data) {
      expect(codes.get(String(row[0]))).toMatch(/^(26|3825|1713|1752|1762|28)/);
    }
  });

  it('writes power as legacy BIFF8 .xls whose accounts belong to firms of the tax list', async () => {
    const bytes = await readFile(join(dir, '电力/企业月度用电量_2024年1月.xls'));
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const power = toTable(await readXlsRows(join(dir, '电力/企业月度用电量_2024年1月.xls')), 1);
    const tax = toTable(csvRows(await gb18030('税务/企业年度税收_2024年.csv')), 1);
    const firms = new Set(tax.data.map((row) => String(row[0])));
    expect(power.labels).toEqual(['户号', '统一社会信用代码', '户名', '县（市、区）', '当月用电量']);
    for (const row of power.data) expect(firms.has(String(row[1]))).toBe(true);
    expect(new Set(power.data.map((row) => row[0])).size).toBe(power.data.length);
  });

  it('lists land parcels as 自有, 租入 or 租出, 规上 firms owning 10–300 亩', async () => {
    const land = toTable(await readXlsxRows(join(dir, '自然资源/企业用地_2024年.xlsx')), 1);
    const [type, area] = [column(land, '用地类型'), column(land, '面积（亩）')];
    expect(new Set(land.data.map((row) => row[type]))).toEqual(new Set(['自有', '租入', '租出']));
    const stats = toTable(await readXlsxRows(join(dir, '统计/规上工业企业年报_2024年.xlsx')), 1);
    const owned = new Map<string, number>();
    for (const row of land.data) {
      if (row[type] === '自有') owned.set(String(row[1]), (owned.get(String(row[1])) ?? 0) + Number(row[area]));
    }
    for (const row of stats.data) {
      expect(owned.get(String(row[0]))).toBeGreaterThanOrEqual(10);
      expect(owned.get(String(row[0]))).toBeLessThanOrEqual(300.005);
    }
  });

  it.each([
    [
      'stats-monthly',
      '统计/规上工业企业主要经济指标_2021年1-2月.xlsx',
      'thousand_yuan',
      { year: 2021, fromMonth: 1, toMonth: 2 },
    ],
    [
      'stats-monthly',
      '统计/规上工业企业主要经济指标_2024年1-10月.xlsx',
      'ten_thousand_yuan',
      { year: 2024, fromMonth: 1, toMonth: 10 },
    ],
    ['stats-annual', '统计/规上工业企业年报_2023年.xlsx', 'ten_thousand_yuan', { year: 2023, annual: true }],
    ['tax-annual', '税务/企业年度税收_2022年.csv', 'ten_thousand_yuan', { year: 2022, annual: true }],
    ['power-monthly', '电力/企业月度用电量_2024年7月.xls', 'kwh', { year: 2024, fromMonth: 7, toMonth: 7 }],
    [
      'environment-annual',
      '生态环境/主要污染物排放_2023年.csv',
      'pollution_equivalent_tonne',
      { year: 2023, annual: true },
    ],
  ] as const)('is read by the platform: %s %s', async (profileId, path, unit, period) => {
    const profile = profiles.get(profileId);
    if (profile === undefined) throw new Error(`no profile ${profileId}`);
    const [grid] = await readWorkbook(new Uint8Array(await readFile(join(dir, path))), path);
    if (grid === undefined) throw new Error('no sheet');
    const table = detectTable(grid, profile);
    if (table.kind !== 'table') throw new Error(table.message.zh);
    expect(table.unmatchedRequired).toEqual([]);
    expect(table.issues).toEqual([]);
    expect(table.columns.map((found) => found.key)).toEqual(profile.columns.map((wanted) => wanted.key));
    const measure = table.columns.find(
      (found) => found.key === profile.columns.find((c) => c.role.startsWith('measure'))?.key,
    );
    expect(measure?.unit).toBe(unit);
    expect(table.periodText).toEqual(period);
  });
});
