/**
 * The demo data set as a whole: the same options give byte-identical files, every file is labelled
 * synthetic, the manifest lists exactly the files written, in import order, and January never appears
 * alone in the statistics.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkUscc } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NAME_MARK, TITLE_PREFIX, type DemoManifest } from '../../src/demo/index.ts';
import { csvRows, generateTiny, readXlsRows, readXlsxRows } from './demo-files.ts';

let first: Awaited<ReturnType<typeof generateTiny>>;
let second: Awaited<ReturnType<typeof generateTiny>>;

beforeAll(async () => {
  first = await generateTiny();
  second = await generateTiny();
}, 180_000);
afterAll(async () => {
  await first.cleanup();
  await second.cleanup();
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

async function firstRows(dir: string, path: string) {
  const full = join(dir, path);
  if (path.endsWith('.xlsx')) return readXlsxRows(full);
  if (path.endsWith('.xls')) return readXlsRows(full);
  const bytes = await readFile(full);
  return csvRows(path.startsWith('税务/') ? new TextDecoder('gb18030').decode(bytes) : bytes.toString('utf8'));
}

describe('demo data set', () => {
  it('is deterministic: two runs with the same options give identical bytes in every file', async () => {
    const files = await listFiles(first.dir);
    expect(await listFiles(second.dir)).toEqual(files);
    for (const path of files) {
      const [a, b] = await Promise.all([readFile(join(first.dir, path)), readFile(join(second.dir, path))]);
      expect(a.equals(b), path).toBe(true);
    }
  });

  it('writes exactly the files the manifest lists, in import order', async () => {
    const { manifest } = first;
    const written = (await listFiles(first.dir)).filter((path) => path !== 'manifest.json');
    expect([...manifest.files.map((file) => file.path)].sort()).toEqual(written);
    const count = (source: string) => manifest.files.filter((file) => file.source === source).length;
    expect(count('stats-monthly')).toBe(4 * 11);
    expect([count('stats-annual'), count('tax-annual'), count('environment-annual')]).toEqual([4, 4, 2]);
    expect([count('power-monthly'), count('land-parcels'), count('projects'), count('cultivation-pools')]).toEqual([
      12, 3, 25, 4,
    ]);
    const order = (path: string) => manifest.files.findIndex((file) => file.path === path);
    expect(order('自然资源/企业用地_2024年.xlsx')).toBeLessThan(order('税务/企业年度税收_2024年.csv'));
    expect(order('统计/规上工业企业年报_2023年.xlsx')).toBeLessThan(
      order('统计/规上工业企业主要经济指标_2023年1-2月.xlsx'),
    );
    const monthly = manifest.files.filter((file) => file.source === 'stats-monthly');
    expect(monthly.every((file) => file.periodMonth >= 2 && file.periodMonth <= 12)).toBe(true);
    expect(written.some((path) => /统计\/.*(1-1月|年1月)/.test(path))).toBe(false);
    expect(
      manifest.files.filter((file) => file.source.endsWith('annual')).every((file) => file.periodMonth === 0),
    ).toBe(true);
  });

  it('labels everything synthetic (manifest, titles, names) and gives every firm a valid USCC', async () => {
    const manifest = JSON.parse(await readFile(join(first.dir, 'manifest.json'), 'utf8')) as DemoManifest;
    expect(manifest).toMatchObject({
      synthetic: true,
      label: '合成演示数据 SYNTHETIC DEMO',
      seed: 20241031,
      scale: 0.02,
    });
    for (const { path, source } of manifest.files) {
      const rows = await firstRows(first.dir, path);
      expect(String(rows[0]?.[0]), path).toMatch(/^【合成演示数据 SYNTHETIC DEMO】/);
      expect(TITLE_PREFIX).toBe('【合成演示数据 SYNTHETIC DEMO】');
      if (source === 'platforms' || source === 'promotion-organisations') {
        // Lists of platforms and organisations, not of enterprises: their names carry the mark.
        const top = rows.findIndex((row) => row.includes('名称'));
        const column = rows[top]!.indexOf('名称');
        const listed = rows
          .slice(top + 1)
          .map((row) => row[column])
          .filter((name): name is string => typeof name === 'string' && name !== '' && !name.startsWith('注'));
        expect(listed.length, path).toBeGreaterThan(0);
        for (const name of listed) expect(name, path).toContain(DEMO_NAME_MARK);
        continue;
      }
      const header = rows.findIndex((row) => row.includes('统一社会信用代码'));
      const nameColumn = rows[header]?.findIndex(
        (cell) => cell === '企业名称' || cell === '纳税人名称' || cell === '户名' || cell === '项目单位',
      );
      expect(nameColumn, path).toBeGreaterThanOrEqual(0);
      const names = rows
        .slice(header + 1)
        .map((row) => row[nameColumn ?? 0])
        .filter((name): name is string => typeof name === 'string' && name !== '本年累计' && name !== '企业名称');
      expect(names.length, path).toBeGreaterThan(0);
      for (const name of names) expect(name, path).toContain(DEMO_NAME_MARK);
      const usccColumn = rows[header]?.indexOf('统一社会信用代码') ?? -1;
      const codes = rows.slice(header + 1).map((row) => String(row[usccColumn] ?? ''));
      for (const code of codes.filter((text) => /^[0-9A-Z]{18}$/.test(text))) {
        expect(checkUscc(code), `${path} ${code}`).toMatchObject({ valid: true, warning: null });
      }
      expect(codes.filter((text) => /^[0-9A-Z]{18}$/.test(text)).length, path).toBe(names.length);
    }
  });
});
