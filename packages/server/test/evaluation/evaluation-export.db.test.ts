/**
 * A run's list as xlsx, read back with exceljs, on the hand-checked scenario (evaluation-scenario.ts) with one
 * 调档 (S: C → D) and an enterprise whose name is a formula: the public list is refused before publication and
 * afterwards lists exactly the rated firms by final class, without any confidential column or number; the full
 * list has indicator values with their units, scores, totals, ranks, both classes and reasons as numeric or text
 * cells, and a summary of class counts; the formula name comes out as text everywhere.
 */
import { rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { renameEnterprise } from '../../src/services/enterprise/rename-enterprise.ts';
import { exportEvaluationList } from '../../src/services/evaluation/export-evaluation-list.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { regradeEvaluationResult } from '../../src/services/evaluation/regrade-evaluation-result.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { PUBLIC_LIST_COLUMNS } from '../../src/reports/evaluation/render-public-list-xlsx.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { firms, loadEvaluationScenario, schemeId, writeSchemeDir, type Letter } from './evaluation-scenario.ts';

const FORMULA_NAME = '=HYPERLINK("http://evil.example","点我")';

let database: TestDatabase;
let schemeDir: string;
let runId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadEvaluationScenario(database);
  await renameEnterprise(database.db, { uscc: firms.P.uscc, name: FORMULA_NAME, validFrom: '2023-12-31' });
  schemeDir = writeSchemeDir();
  await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  runId = (await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' })).runId;
  await regradeEvaluationResult(database.db, {
    runId,
    uscc: firms.S.uscc,
    toClass: 'D',
    reason: '重大环境违法',
    requestedBy: 'alice',
    approvedBy: 'bob',
  });
}, 120_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
});

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell of a sheet as [row, column, cell]. */
function cellsOf(sheet: ExcelJS.Worksheet): [number, number, ExcelJS.Cell][] {
  const cells: [number, number, ExcelJS.Cell][] = [];
  sheet.eachRow((row, r) => row.eachCell((cell, c) => cells.push([r, c, cell])));
  return cells;
}

const values = (sheet: ExcelJS.Worksheet, row: number) =>
  (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined ? null : v));
const letterOf = (uscc: unknown) => (Object.keys(firms) as Letter[]).find((l) => firms[l].uscc === uscc);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe(`evaluation list export on ${testEngine}`, () => {
  it('refuses the public list of a run that is not published, bilingually', async () => {
    const error = await refusal(exportEvaluationList(database.db, runId, 'public'));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/尚未发布.*only for a published run/);
  });

  it('writes the full list: units in the headers, numbers as numbers, both classes, reasons, a summary', async () => {
    const workbook = await readBack((await exportEvaluationList(database.db, runId, 'full')).bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '汇总 Summary',
      '规上工业企业 above-scale',
      '未纳入评价 Excluded',
    ]);
    const sheet = workbook.getWorksheet('规上工业企业 above-scale')!;
    const headerAt = cellsOf(sheet).find(([, , cell]) => String(cell.value).startsWith('统一社会信用代码'))![0];
    const header = values(sheet, headerAt).map((v) => String(v).split('\n')[0]);
    expect(header).toEqual(
      expect.arrayContaining([
        '亩均税收（万元/亩）',
        '亩均税收得分',
        '总分',
        '排名',
        '百分位',
        '初评等级',
        '调档后等级',
      ]),
    );
    const rows = new Map<Letter, Record<string, ExcelJS.Cell>>();
    for (let r = headerAt + 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      rows.set(letterOf(row.getCell(1).value)!, Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
    }
    expect([...rows.keys()].sort()).toEqual(['P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X']);
    const p = rows.get('P')!;
    expect(p['亩均税收（万元/亩）']!.type).toBe(ExcelJS.ValueType.Number);
    expect(p['亩均税收（万元/亩）']!.value).toBe(30);
    expect(p['亩均税收得分']!.value).toBe(300);
    expect(p['总分']).toMatchObject({ type: ExcelJS.ValueType.Number, value: 300, numFmt: '#,##0.00' });
    expect(p['排名']!.value).toBe(1);
    expect(p['企业名称']!.type).toBe(ExcelJS.ValueType.String);
    expect(p['企业名称']!.value).toBe(`'${FORMULA_NAME}`);
    expect(p['企业名称']!.formula).toBeUndefined();
    const s = rows.get('S')!;
    expect([s['初评等级']!.value, s['调档后等级']!.value, s['调档理由']!.value]).toEqual(['C', 'D', '重大环境违法']);
    const w = rows.get('W')!;
    expect([w['总分']!.value, w['未定等级原因']!.value]).toEqual(['—', '尚未投产 (not yet producing)']);
    expect(String(rows.get('U')!['合并评价']!.value)).toBe(firms.V.uscc);

    const summary = workbook.getWorksheet('汇总 Summary')!;
    const summaryRows = cellsOf(summary)
      .filter(([, c]) => c === 1)
      .map(([r]) => values(summary, r));
    expect(summaryRows).toContainEqual(['南湖区', '规上工业企业', 1, 4, 0, 2, 2, 0, 9]);
    expect(summaryRows).toContainEqual(['全市合计 (all counties)', '全部 (all groups)', 1, 4, 0, 2, 2, 1, 10]);
    const excluded = workbook.getWorksheet('未纳入评价 Excluded')!;
    expect(cellsOf(excluded).some(([, , cell]) => cell.value === firms.Y.uscc)).toBe(true);
  });

  it('writes the published list: rated firms by final class, nothing confidential, formula names as text', async () => {
    await submitEvaluationRun(database.db, { runId, submittedBy: 'alice' });
    const { publishedAt } = await publishEvaluationRun(database.db, { runId, approvedBy: 'bob' });
    const file = await exportEvaluationList(database.db, runId, 'public');
    expect(file.fileName).toMatch(/^2023年度.*公布名单.*\.xlsx$/);
    const workbook = await readBack(file.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'A类 优先发展类',
      'B类 鼓励提升类',
      'C类 调控帮扶类',
      'D类 倒逼整治类',
    ]);
    const publishedOn = new Date(publishedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    const listed = new Map<string, Letter[]>();
    for (const sheet of workbook.worksheets) {
      const classId = sheet.name[0]!;
      expect(String(sheet.getCell(1, 1).value)).toBe(
        `2023年度嘉兴市工业企业亩均效益综合评价结果（${classId}类：${sheet.name.slice(3)}）`,
      );
      expect(String(sheet.getCell(2, 1).value)).toContain(`数据年度：2023年　发布日期：${publishedOn}`);
      expect(values(sheet, 3)).toEqual(PUBLIC_LIST_COLUMNS.map((c) => c.header));
      const letters: Letter[] = [];
      for (let r = 4; r <= sheet.rowCount; r += 1) {
        const letter = letterOf(sheet.getCell(r, 2).value);
        if (letter === undefined) continue;
        letters.push(letter);
        expect(values(sheet, r)).toEqual([
          letters.length,
          firms[letter].uscc,
          letter === 'P' ? `'${FORMULA_NAME}` : `测试企业${letter}`,
          '南湖区',
          '规上工业企业',
          `${classId}类（${sheet.name.slice(3)}）`,
        ]);
      }
      listed.set(classId, letters);
      for (const [r, c, cell] of cellsOf(sheet)) {
        if (cell.type === ExcelJS.ValueType.Number) expect([r > 3, c]).toEqual([true, 1]);
        expect(cell.formula).toBeUndefined();
        expect(String(cell.value)).not.toMatch(/税收|产值|能耗|用地|得分|总分|排名|百分位|tax|score|rank/i);
      }
    }
    expect(Object.fromEntries(listed)).toEqual({ A: ['P'], B: ['Q', 'R', 'U', 'V'], C: [], D: ['S', 'T'] });
    expect(String(workbook.getWorksheet('C类 调控帮扶类')!.getCell(4, 1).value)).toMatch(/本类无企业/);
    const shown = await getEvaluationRun(database.db, runId, { kind: 'all' });
    expect(shown.results.find((r) => r.uscc === firms.S.uscc)).toMatchObject({ initialClass: 'C', finalClass: 'D' });
  });
});
