/**
 * Writes one table the way department spreadsheets look: a merged title row, an optional `单位：万元` line,
 * a one- or two-row header (a measure over 本年累计 | 上年同期, identity columns merged down), the rows,
 * an optional 合计 row at the top or bottom, and `注：` lines at the end. The xlsx is assembled directly
 * (sheet XML, shared strings, fixed parts, ZIP with a fixed date): a 7,600-row report takes a fraction of
 * what exceljs needs, and the same table always gives the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import { columnLetter } from '@observatory/core';
import { CELL_STYLE, escapeXml, fixedParts, styleOfFormat } from './xlsx-package-parts.ts';
import { zipArchive, type DosMoment } from './zip-archive.ts';

export type TableCell = string | number | null;

export interface TableColumn {
  /** The header text (the measure, over its sub-columns when `sub` is given). */
  top: string;
  /** The second header row: 本年累计, 上年同期 … */
  sub?: string;
  width?: number;
  /** Excel number format of the column's figures: '0.0', '0', '0.00'. */
  numFmt?: string;
}

export interface TableLayout {
  sheetName: string;
  title: string;
  unitLine?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  total?: { position: 'top' | 'bottom'; values: readonly TableCell[] };
  notes: readonly string[];
  /** The date the file claims to be written (document properties and ZIP entries). */
  written: DosMoment;
}

const AUTHOR = '合成演示数据 SYNTHETIC DEMO';

export function xlsxTableBytes(layout: TableLayout): Buffer {
  const { columns } = layout;
  const strings = new Map<string, number>();
  let stringCount = 0;
  const rows: string[] = [];
  const merges: string[] = [];
  const figureStyles = columns.map((column) => styleOfFormat(column.numFmt));
  const addRow = (cells: readonly TableCell[], style: (column: number, value: string | number) => number) => {
    const r = rows.length + 1;
    let xml = `<row r="${r}">`;
    cells.forEach((value, k) => {
      if (value === null) return;
      const s = style(k, value);
      const ref = `${columnLetter(k)}${r}`;
      const styled = s === CELL_STYLE.plain ? '' : ` s="${s}"`;
      if (typeof value === 'number') {
        xml += `<c r="${ref}"${styled}><v>${value}</v></c>`;
        return;
      }
      let index = strings.get(value);
      if (index === undefined) strings.set(value, (index = strings.size));
      stringCount += 1;
      xml += `<c r="${ref}"${styled} t="s"><v>${index}</v></c>`;
    });
    rows.push(`${xml}</row>`);
  };
  const last = columnLetter(columns.length - 1);
  addRow([layout.title], () => CELL_STYLE.title);
  merges.push(`A1:${last}1`);
  if (layout.unitLine !== undefined) addRow([layout.unitLine], () => CELL_STYLE.plain);
  const header = rows.length + 1;
  addRow(
    columns.map((column) => column.top),
    () => CELL_STYLE.header,
  );
  if (columns.some((column) => column.sub !== undefined)) {
    addRow(
      columns.map((column) => column.sub ?? null),
      () => CELL_STYLE.header,
    );
    merges.push(...headerMerges(columns, header));
  }
  const figure = (k: number, value: string | number) => (typeof value === 'number' ? (figureStyles[k] ?? 0) : 0);
  if (layout.total?.position === 'top') addRow(layout.total.values, figure);
  for (const row of layout.rows) addRow(row, figure);
  if (layout.total?.position === 'bottom') addRow(layout.total.values, figure);
  for (const note of layout.notes) addRow([note], () => CELL_STYLE.plain);
  const cols = columns.map(
    (column, k) => `<col min="${k + 1}" max="${k + 1}" width="${column.width ?? 12}" customWidth="1"/>`,
  );
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${last}${rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols><sheetData>${rows.join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells></worksheet>`;
  const sharedStrings =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringCount}" uniqueCount="${strings.size}">` +
    [...strings.keys()].map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('') +
    '</sst>';
  const parts: [string, string][] = [
    ...fixedParts(layout.sheetName, layout.written, AUTHOR),
    // The strings before the sheet: exceljs's streaming reader cannot resolve the text of a small sheet
    // stored ahead of them (it leaves { sharedString: n }, which reads as empty).
    ['xl/sharedStrings.xml', sharedStrings],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  return zipArchive(
    parts.map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })),
    layout.written,
  );
}

export async function writeXlsxTable(path: string, layout: TableLayout): Promise<void> {
  await writeFile(path, xlsxTableBytes(layout));
}

/** Identity columns merged over both header rows; a measure's title merged over its sub-columns. */
function headerMerges(columns: readonly TableColumn[], row: number): string[] {
  const merges: string[] = [];
  let start = 0;
  while (start < columns.length) {
    const column = columns[start] as TableColumn;
    let end = start;
    if (column.sub === undefined) {
      merges.push(`${columnLetter(start)}${row}:${columnLetter(start)}${row + 1}`);
    } else {
      while (end + 1 < columns.length && columns[end + 1]?.top === column.top && columns[end + 1]?.sub !== undefined) {
        end += 1;
      }
      if (end > start) merges.push(`${columnLetter(start)}${row}:${columnLetter(end)}${row}`);
    }
    start = end + 1;
  }
  return merges;
}
