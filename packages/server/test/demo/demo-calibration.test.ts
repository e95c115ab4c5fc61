/**
 * The published figures of DOMAIN.md §2, recomputed from the generated files alone (exceljs / CSV and the
 * registry catalogues), must come out exactly: sums of 本年累计 over the 规上 firms of a file, in 元.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoManifest } from '../../src/demo/index.ts';
import {
  clusterMembership,
  column,
  csvRows,
  generateTiny,
  readXlsxRows,
  TINY_SCALE,
  toTable,
  yuan,
  type Table,
} from './demo-files.ts';

/** 亿元 in whole 元. */
const yi = (value: number) => Math.round(value * 100_000_000);
let dir = '';
let manifest: DemoManifest;
let cleanup = async () => {};
const member = clusterMembership();

beforeAll(async () => {
  ({ dir, manifest, cleanup } = await generateTiny());
}, 120_000);
afterAll(() => cleanup());

const monthly = async (year: number, month: number) =>
  toTable(await readXlsxRows(join(dir, `统计/规上工业企业主要经济指标_${year}年1-${month}月.xlsx`)), 2);

function sum(table: Table, label: string, unit: '万元' | '千元', keep: (row: (typeof table.data)[number]) => boolean) {
  const index = column(table, label);
  return table.data.filter(keep).reduce((total, row) => total + yuan(row[index] ?? null, unit), 0);
}

const codeOf = (table: Table) => {
  const index = column(table, '行业代码');
  return (row: Table['data'][number]) => String(row[index]);
};
const unitOf = (table: Table) => {
  const index = column(table, '县（市、区）');
  return (row: Table['data'][number]) => String(row[index]);
};

describe('calibration to published figures', () => {
  it('2023年1-5月: city output, 135N 2834亿 = 50.5 %, 三大 1822亿 = 32.5 %, value added 1122.5亿', async () => {
    const table = await monthly(2023, 5);
    const code = codeOf(table);
    const output = (keep: (row: Table['data'][number]) => boolean) => sum(table, '工业总产值|本年累计', '万元', keep);
    const city = output(() => true);
    const n135 = output((row) => member('jiaxing-135n', null, code(row), 2023));
    const sanda = output((row) => member('sanda', null, code(row), 2023));
    expect(city).toBe(yi(5611.9));
    expect(n135).toBe(yi(2834));
    expect(sanda).toBe(yi(1822));
    expect(((n135 / city) * 100).toFixed(1)).toBe('50.5');
    expect(((sanda / city) * 100).toFixed(1)).toBe('32.5');
    expect(sum(table, '工业增加值|本年累计', '万元', () => true)).toBe(yi(1122.5));
  });

  it('2024年1-10月: 现代纺织服装 2278.3亿, comparable growth 8.3 %, unlike naive total growth', async () => {
    const table = await monthly(2024, 10);
    const code = codeOf(table);
    const textile = (row: Table['data'][number]) => member('sanda', 'sanda-textile-apparel', code(row), 2024);
    const current = sum(table, '工业总产值|本年累计', '万元', textile);
    const base = sum(table, '工业总产值|上年同期', '万元', textile);
    expect(current).toBe(yi(2278.3));
    expect(((current / base - 1) * 100).toFixed(1)).toBe('8.3');
    expect(Math.abs(current / base - 1 - 0.083)).toBeLessThan(1e-8);
    const lastYear = await monthly(2023, 10);
    const lastCode = codeOf(lastYear);
    const previous = sum(lastYear, '工业总产值|本年累计', '万元', (row) =>
      member('sanda', 'sanda-textile-apparel', lastCode(row), 2023),
    );
    expect(Math.abs(current / previous - current / base)).toBeGreaterThan(1e-6);
  });

  it('2022: 桐乡 415X 现代纺织与服装 规上营业收入 1059亿', async () => {
    const table = await monthly(2022, 12);
    const [code, unit] = [codeOf(table), unitOf(table)];
    const revenue = sum(
      table,
      '营业收入|本年累计',
      '万元',
      (row) => unit(row) === '桐乡市' && member('zhejiang-415x', 'zj415x-textile-apparel', code(row), 2022),
    );
    expect(revenue).toBe(yi(1059));
  });

  it('2021: PV (五大 光伏) output 505.25亿, read from a file in 千元', async () => {
    const table = await monthly(2021, 12);
    expect(table.labels).toContain('工业总产值(千元)|本年累计');
    const code = codeOf(table);
    const pv = sum(table, '工业总产值(千元)|本年累计', '千元', (row) =>
      member('wuda', 'wuda-new-energy-pv', code(row), 2021),
    );
    expect(pv).toBe(yi(505.25));
  });

  it('平湖: auto firms (规上 + 规下) in the last year, and 300亿 of 规上 output', async () => {
    const bytes = await readFile(join(dir, '税务/企业年度税收_2024年.csv'));
    const tax = toTable(csvRows(new TextDecoder('gb18030').decode(bytes)), 1);
    const [code, unit] = [codeOf(tax), unitOf(tax)];
    const firms = tax.data.filter(
      (row) => unit(row) === '平湖市' && member('wuda', 'wuda-automotive', code(row), 2024),
    );
    expect(firms).toHaveLength(Math.max(2, Math.round(272 * TINY_SCALE)));
    const table = await monthly(2024, 12);
    const [statsCode, statsUnit] = [codeOf(table), unitOf(table)];
    const output = sum(
      table,
      '工业总产值|本年累计',
      '万元',
      (row) => statsUnit(row) === '平湖市' && member('wuda', 'wuda-automotive', statsCode(row), 2024),
    );
    expect(output).toBe(yi(300));
  });

  it('the manifest reports every target with the value generated', () => {
    expect(manifest.calibration.length).toBeGreaterThanOrEqual(12);
    for (const entry of manifest.calibration) {
      if (entry.valueUnit === '%') expect(entry.generated.toFixed(1)).toBe(entry.expected.toFixed(1));
      else expect(entry.generated).toBe(entry.expected);
    }
  });
});
