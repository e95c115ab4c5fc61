/**
 * The statistics files read back: valid USCCs, cumulative values that never fall from one month to the
 * next, 上年同期 equal to the firm's own figure a year earlier, 合计 rows equal to their columns' sums, the
 * 2000万元 规上 line, and a 规上 set that changes every year around a stable core.
 */
import { join } from 'node:path';
import { checkUscc } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, generateTiny, readXlsxRows, toTable, yuan, type Table } from './demo-files.ts';

const YEARS = [2021, 2022, 2023, 2024];
const MONTHS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const AREA: Record<string, string> = {
  南湖区: '330402',
  秀洲区: '330411',
  嘉善县: '330421',
  海盐县: '330424',
  海宁市: '330481',
  平湖市: '330482',
  桐乡市: '330483',
  嘉兴经济技术开发区: '330400',
  嘉兴港区: '330400',
};
const tables = new Map<string, Table>();
let cleanup = async () => {};

beforeAll(async () => {
  const generated = await generateTiny();
  cleanup = generated.cleanup;
  for (const year of YEARS) {
    for (const month of MONTHS) {
      const path = join(generated.dir, `统计/规上工业企业主要经济指标_${year}年1-${month}月.xlsx`);
      tables.set(`${year}-${month}`, toTable(await readXlsxRows(path), 2));
    }
    tables.set(`${year}`, toTable(await readXlsxRows(join(generated.dir, `统计/规上工业企业年报_${year}年.xlsx`)), 1));
  }
}, 180_000);
afterAll(() => cleanup());

const table = (key: string) => {
  const found = tables.get(key);
  if (found === undefined) throw new Error(`no table ${key}`);
  return found;
};
const byUscc = (t: Table) => new Map(t.data.map((row) => [String(row[0]), row]));
const current = (t: Table) => t.labels.flatMap((label, k) => (/本年(累计)?$/.test(label) ? [k] : []));

describe('statistics files', () => {
  it('carry valid USCCs (no warning) registered in the firm’s reporting unit', () => {
    for (const [key, t] of tables) {
      const unit = column(t, '县（市、区）');
      for (const row of t.data) {
        const check = checkUscc(String(row[0]));
        expect(check.valid && check.warning === null, `${key} ${row[0]}`).toBe(true);
        expect(check.area, key).toBe(AREA[String(row[unit])]);
      }
    }
  });

  it('never let a cumulative value fall from one month to the next', () => {
    for (const year of YEARS) {
      for (const month of MONTHS.slice(1)) {
        const [before, after] = [table(`${year}-${month - 1}`), table(`${year}-${month}`)];
        const previous = byUscc(before);
        expect(after.data.length).toBe(before.data.length);
        for (const k of current(after).filter((index) => !after.labels[index]?.startsWith('从业人员'))) {
          for (const row of after.data) {
            const earlier = previous.get(String(row[0]))?.[k];
            expect(Number(row[k]), `${year} 1-${month} ${after.labels[k]} ${row[0]}`).toBeGreaterThanOrEqual(
              Number(earlier),
            );
          }
        }
      }
    }
  });

  it('state 上年同期 as the firm’s own cumulative of the same months a year earlier', () => {
    for (const year of YEARS.slice(1)) {
      for (const month of [2, 7, 12]) {
        const [now, then] = [table(`${year}-${month}`), table(`${year - 1}-${month}`)];
        const earlier = byUscc(then);
        const money = year - 1 === 2021 ? 10 : 1;
        let compared = 0;
        for (const row of now.data) {
          const old = earlier.get(String(row[0]));
          if (old === undefined) continue;
          compared += 1;
          const base = column(now, '工业总产值|上年同期');
          const oldOutput = then.labels.indexOf(
            year - 1 === 2021 ? '工业总产值(千元)|本年累计' : '工业总产值|本年累计',
          );
          expect(Math.round(Number(row[base]) * 10)).toBe(Math.round((Number(old[oldOutput]) * 10) / money));
        }
        expect(compared).toBeGreaterThan(now.data.length * 0.8);
      }
    }
  });

  it('show 合计 rows equal to the sums of their columns', () => {
    for (const [key, t] of tables) {
      for (const k of t.labels.keys()) {
        if (k < 4) continue;
        const values = t.data.map((row) => row[k]).filter((value): value is number => typeof value === 'number');
        const scaled = values.reduce((sum, value) => sum + Math.round(value * 10), 0);
        expect(Math.round(Number(t.total?.[k]) * 10), `${key} ${t.labels[k]}`).toBe(scaled);
      }
    }
  });

  it('keep every 规上 firm at or above 2000万元 of revenue in its year', () => {
    for (const year of YEARS) {
      const [december, annual] = [table(`${year}-12`), table(`${year}`)];
      const unit = year === 2021 ? '千元' : '万元';
      const revenue = column(december, year === 2021 ? '营业收入(千元)|本年累计' : '营业收入|本年累计');
      const main = column(annual, year === 2021 ? '主营业务收入(千元)' : '主营业务收入');
      for (const row of december.data) expect(yuan(row[revenue] ?? null, unit)).toBeGreaterThanOrEqual(20_000_000);
      for (const row of annual.data) expect(yuan(row[main] ?? null, unit)).toBeGreaterThanOrEqual(20_000_000);
      expect(new Set(annual.data.map((row) => row[0]))).toEqual(new Set(december.data.map((row) => row[0])));
    }
  });

  it('change the 规上 set every year (entrants and leavers) around a stable core', () => {
    for (const year of YEARS.slice(1)) {
      const [now, then] = [byUscc(table(`${year}-12`)), byUscc(table(`${year - 1}-12`))];
      const entrants = [...now.keys()].filter((uscc) => !then.has(uscc));
      const leavers = [...then.keys()].filter((uscc) => !now.has(uscc));
      expect(entrants.length, `${year} entrants`).toBeGreaterThan(0);
      expect(leavers.length, `${year} leavers`).toBeGreaterThan(0);
      expect(now.size - entrants.length).toBeGreaterThan(now.size * 0.85);
    }
  });
});
