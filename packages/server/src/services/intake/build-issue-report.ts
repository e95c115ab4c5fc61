/**
 * The issue report of a batch as an .xlsx: a sheet listing every issue, and the original sheet with each
 * cell that has an issue filled (red: error, yellow: warning) and the message as a note. Every cell is
 * written with its type (text stays text), so text such as '=1+1' is never run as a formula; the original sheet keeps
 * its text exactly as sent, the issue list's texts are neutralised as in every export (reports/safe-cell-text.ts).
 */
import { detectTable } from '@observatory/core';
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { loadExcelJS } from '../../lazy-libraries/load-exceljs.ts';
import { readWorkbook } from '../../readers/index.ts';
import { safeCellText } from '../../reports/safe-cell-text.ts';
import { findBatch, findRawFile, listIssues } from '../../repositories/import.repository.ts';
import { loadSourceProfiles } from './source-profiles.ts';

const fills = { error: 'FFFFC7CE', warning: 'FFFFEB9C' } as const;

/** A worksheet name Excel accepts: no []:*?/\ and at most 31 characters. */
function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

export async function buildIssueReport(
  db: Kysely<DatabaseSchema>,
  batchId: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const batch = await findBatch(db, batchId);
  if (!batch) throw notFound('导入批次', String(batchId));
  const [issues, raw] = await Promise.all([listIssues(db, batchId), findRawFile(db, batch.file_sha256)]);
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  const list = workbook.addWorksheet('问题清单 Issues');
  list.columns = [
    { header: '行 Row', key: 'row', width: 8 },
    { header: '列 Column', key: 'column', width: 28 },
    { header: '代码 Code', key: 'code', width: 24 },
    { header: '级别 Severity', key: 'severity', width: 12 },
    { header: '说明 Message', key: 'message', width: 90 },
  ];
  for (const issue of issues) {
    list.addRow({
      row: issue.sheet_row,
      column: issue.column_label === null ? null : safeCellText(issue.column_label),
      code: issue.code,
      severity: issue.severity === 'error' ? '错误 error' : '警告 warning',
      message: safeCellText(`${issue.message_zh} (${issue.message_en})`),
    });
  }
  list.getRow(1).font = { bold: true };
  if (raw) {
    const grids = await readWorkbook(raw.content, raw.first_name);
    const grid = grids.find((candidate) => candidate.name === batch.sheet_name) ?? grids[0];
    const profile = (await loadSourceProfiles(db)).find((candidate) => candidate.id === batch.source_profile);
    if (grid) {
      const sheet = workbook.addWorksheet(sheetName(`原表 ${grid.name}`));
      grid.rows.forEach((row) => sheet.addRow(row));
      const table = profile ? detectTable(grid, profile) : null;
      const columnOf = new Map(
        table?.kind === 'table' ? table.columns.map((column) => [column.label, column.index + 1]) : [],
      );
      for (const issue of issues) {
        if (issue.sheet_row === null) continue;
        const column = issue.column_label === null ? undefined : columnOf.get(issue.column_label);
        const cells =
          column === undefined
            ? [...Array(Math.max(1, grid.rows[issue.sheet_row - 1]?.length ?? 1)).keys()].map((index) => index + 1)
            : [column];
        for (const index of cells) {
          const cell = sheet.getCell(issue.sheet_row, index);
          const severity = issue.severity === 'error' ? 'error' : 'warning';
          if (cell.fill?.type !== 'pattern' || severity === 'error') {
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[severity] } };
          }
          if (column !== undefined) cell.note = `${issue.message_zh}\n${issue.message_en}`;
        }
      }
    }
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { fileName: `导入问题报告_批次${batchId}.xlsx`, bytes };
}
