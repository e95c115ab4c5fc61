/**
 * One bulletin table as a worksheet: title rows (the bulletin and period, the table, audience and time, the
 * synthetic label), a header band of one or two rows with merged group cells, the rows with real numbers and
 * number formats (marks as right-aligned text), footnotes; header frozen, A4 landscape, page numbers.
 */
import type { BilingualName, BulletinDocument } from '@observatory/core';
import type ExcelJS from 'exceljs';
import { columnHeader, type BulletinTable, type RowStyle, type TableCell } from './bulletin-table.ts';
import { documentNotes, SYNTHETIC_NOTICE, tableFootnotes } from './bulletin-footnotes.ts';

const FILLS: Partial<Record<RowStyle, string>> = {
  total: 'FFF2F2F2',
  red: 'FFFFC7CE',
  orange: 'FFFFE0B2',
  yellow: 'FFFFF2CC',
};
const HEADER_FILL = 'FFDCE6F1';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const bilingual = (text: BilingualName) => `${text.zh}\n${text.en}`;

/** A line across the whole table width: merged, wrapped, with its style. */
function fullWidthLine(
  sheet: ExcelJS.Worksheet,
  width: number,
  text: string,
  font: Partial<ExcelJS.Font>,
  height = 18,
) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
  row.height = height;
}

function writeHeaderBand(sheet: ExcelJS.Worksheet, table: BulletinTable): number {
  const twoRows = table.columns.some((column) => column.group !== undefined);
  const top = sheet.rowCount + 1;
  const bottom = twoRows ? top + 1 : top;
  table.columns.forEach((column, index) => {
    const label = bilingual({ zh: columnHeader(column, 'zh', true), en: columnHeader(column, 'en', true) });
    sheet.getCell(bottom, index + 1).value = label;
    if (!twoRows) return;
    if (column.group === undefined) {
      sheet.getCell(top, index + 1).value = label;
      sheet.mergeCells(top, index + 1, bottom, index + 1);
    } else if (table.columns[index - 1]?.group?.zh !== column.group.zh) {
      let last = index;
      while (table.columns[last + 1]?.group?.zh === column.group.zh) last += 1;
      sheet.getCell(top, index + 1).value = bilingual(column.group);
      if (last > index) sheet.mergeCells(top, index + 1, top, last + 1);
    }
  });
  for (let r = top; r <= bottom; r += 1) {
    sheet.getRow(r).height = 32;
    for (let c = 1; c <= table.columns.length; c += 1) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = THIN;
    }
  }
  return bottom;
}

function writeCell(target: ExcelJS.Cell, cell: TableCell): void {
  if (cell.kind === 'number') {
    target.value = cell.value;
    target.numFmt = cell.flag === undefined ? cell.numFmt : `${cell.numFmt}"${cell.flag}"`;
    target.alignment = { horizontal: 'right' };
  } else if (cell.kind === 'mark') {
    target.value = cell.mark;
    target.alignment = { horizontal: 'right' };
  } else {
    target.value = cell.text;
    target.alignment = { horizontal: 'left', indent: cell.indent ?? 0, wrapText: true, vertical: 'middle' };
  }
  target.border = THIN;
}

export function writeTableSheet(workbook: ExcelJS.Workbook, table: BulletinTable, document: BulletinDocument): void {
  const width = table.columns.length;
  const sheet = workbook.addWorksheet(table.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  fullWidthLine(sheet, width, `${document.title.zh}（${document.period.label.zh}）`, { bold: true, size: 16 }, 26);
  fullWidthLine(sheet, width, `${table.title.zh}  ${table.title.en}`, { bold: true, size: 12 }, 20);
  const when = document.generatedAt.slice(0, 16).replace('T', ' ');
  fullWidthLine(
    sheet,
    width,
    `发布范围：${document.audience.zh}（${document.audience.en}）　生成时间 generated：${when}`,
    { size: 9 },
  );
  if (document.synthetic)
    fullWidthLine(
      sheet,
      width,
      `${SYNTHETIC_NOTICE.zh} ${SYNTHETIC_NOTICE.en}`,
      { bold: true, color: { argb: 'FFC00000' } },
      30,
    );
  const headerEnd = writeHeaderBand(sheet, table);
  for (const row of table.rows) {
    const added = sheet.addRow([]);
    row.cells.forEach((cell, index) => writeCell(added.getCell(index + 1), cell));
    const fill = FILLS[row.style];
    for (let c = 1; c <= width; c += 1) {
      if (fill) added.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      if (row.style === 'total') added.getCell(c).font = { bold: true };
    }
  }
  const notes = [...tableFootnotes(table), ...documentNotes(document)];
  if (notes.length > 0) sheet.addRow([]);
  notes.forEach((note, index) =>
    fullWidthLine(sheet, width, `${index === 0 ? '注：' : '　　'}${note.zh} ${note.en}`, { size: 9 }, 30),
  );
  sheet.views = [
    {
      state: 'frozen',
      xSplit: 1,
      ySplit: headerEnd,
      topLeftCell: `B${headerEnd + 1}`,
      activeCell: `B${headerEnd + 1}`,
    },
  ];
  sheet.pageSetup.printTitlesRow = `${headerEnd - (table.columns.some((c) => c.group) ? 1 : 0)}:${headerEnd}`;
  const synthetic = document.synthetic ? `&L&"-,Bold"&KC00000${SYNTHETIC_NOTICE.zh}` : '';
  sheet.headerFooter = { oddHeader: synthetic, oddFooter: '&C第 &P 页，共 &N 页' };
}
