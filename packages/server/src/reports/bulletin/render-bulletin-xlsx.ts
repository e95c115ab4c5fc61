/**
 * The monthly bulletin as an .xlsx: one sheet per section (总览, each cluster system, each 区县×集群 matrix,
 * 区县排名, 目标进度, 预警), real numbers with number formats, withheld cells as the text "x" with a footnote,
 * the synthetic label on every sheet. Returns the file's bytes; the caller writes them to a file or HTTP.
 */
import type { BulletinDocument } from '@observatory/core';
import { loadExcelJS } from '../../lazy-libraries/load-exceljs.ts';
import { buildBulletinTables, tablesInOrder } from './bulletin-tables.ts';
import { writeTableSheet } from './xlsx-table-sheet.ts';

export async function renderBulletinXlsx(document: BulletinDocument): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  const generated = new Date(document.generatedAt);
  workbook.creator = 'Cluster Observatory 产业集群监测评价平台';
  workbook.title = `${document.title.zh}（${document.period.label.zh}）`;
  workbook.created = generated;
  workbook.modified = generated;
  for (const table of tablesInOrder(buildBulletinTables(document))) writeTableSheet(workbook, table, document);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
