import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from './read-workbook.ts';

const rowCount = 100_000;
const folder = mkdtempSync(join(tmpdir(), 'observatory-readers-'));
const file = join(folder, 'large.xlsx');

/** Writes the large workbook with exceljs's streaming writer: inline strings, one committed row at a time. */
beforeAll(async () => {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = writer.addWorksheet('月报');
  sheet.addRow(['企业名称', '统一社会信用代码', '工业总产值', '填报日期']).commit();
  for (let i = 1; i < rowCount; i++) {
    sheet
      .addRow([
        `嘉兴市第${i}号企业`,
        `9133040${String(i).padStart(11, '0')}`,
        i * 1.5,
        new Date(Date.UTC(2024, 0, 1 + (i % 28))),
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('readWorkbook on a 100,000-row xlsx', () => {
  it('streams every row with its values', async () => {
    const [sheet, ...others] = await readWorkbook(readFileSync(file), 'large.xlsx');
    expect(others).toEqual([]);
    expect(sheet?.name).toBe('月报');
    expect(sheet?.rows).toHaveLength(rowCount);
    expect(sheet?.rows[0]).toEqual(['企业名称', '统一社会信用代码', '工业总产值', '填报日期']);
    expect(sheet?.rows[1]).toEqual(['嘉兴市第1号企业', '913304000000000001', 1.5, '2024-01-02']);
    expect(sheet?.rows[54_321]).toEqual(['嘉兴市第54321号企业', '913304000000054321', 81481.5, '2024-01-02']);
    expect(sheet?.rows[rowCount - 1]?.[0]).toBe(`嘉兴市第${rowCount - 1}号企业`);
    expect(sheet?.rows.every((row) => row.length === 4 && !String(row[0]).includes('\uFFFD'))).toBe(true);
  });

  it('stops at the row limit while streaming', async () => {
    await expect(readWorkbook(readFileSync(file), 'large.xlsx', { maxRowsPerSheet: 50_000 })).rejects.toMatchObject({
      code: 'too_many_rows',
    });
  });
});
