/**
 * `observatory rectification` as a person runs it, on a database of the test engine holding the rectification
 * scenario with one case opened: `candidates --year` (text), `bulletin --year --month --out FILE.xlsx`, `import` of
 * a small list and a refused month. Four spawns.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessSubject } from '@observatory/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRectificationCase } from '../../src/services/rectification/open-rectification-case.ts';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { seedCliDatabase, succeeded } from '../harness/seed-cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { firms, loadRectificationScenario, year } from './rectification-scenario.ts';

let database: EmptyDatabase;
const scratch = mkdtempSync(join(tmpdir(), 'rectification-cli-'));
beforeAll(async () => {
  database = await createEmptyDatabase();
}, 120_000);
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 180_000);

describe(`observatory rectification on ${testEngine}`, { timeout: 900_000 }, () => {
  it('lists the candidates and writes the bulletin', async () => {
    await seedCliDatabase(database, async (opened) => {
      await loadRectificationScenario(opened);
      await openRectificationCase(opened.db, {
        uscc: firms.T.uscc,
        year,
        origin: 'evaluation',
        by: 'test',
        subject: accessSubject('test', 'city_admin', { kind: 'city' }),
      });
    });

    const listed = succeeded(await observatory('rectification', 'candidates', '--year', String(year)));
    expect(listed).toContain(`${year}年整治候选 6 家`);
    expect(listed).toMatch(new RegExp(`${firms.T.uscc} .*亩均评价 D 类.*\\[已立案 #\\d+\\]`));

    const out = join(scratch, '通报.xlsx');
    const written = succeeded(
      await observatory('rectification', 'bulletin', '--year', String(year), '--month', '12', '--out', out),
    );
    expect(written).toContain('已写出');
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out).buffer as ArrayBuffer);
    expect(String(workbook.getWorksheet('整治通报')!.getCell('A1').value)).toBe(
      `${year}年1-12月高耗低效企业整治工作进展通报`,
    );
    const list = join(scratch, '整治清单.csv');
    writeFileSync(
      list,
      [
        '统一社会信用代码,企业名称,县（市、区）,整治方式,整治状态,完成期限',
        `${firms.Q.uscc},Q,南湖区,改造提升,方案,2025-06-30`,
      ].join('\n'),
    );
    expect(
      succeeded(await observatory('rectification', 'import', list, '--year', '2025', '--as-of', '2025-03-31')),
    ).toContain('已导入 1 件');
    const refused = await observatory('rectification', 'bulletin', '--year', String(year), '--month', '13');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--month');
  });
});
