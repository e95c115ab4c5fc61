/**
 * A sheet read as a simple table for the composite engine: the first non-blank row is the header, names
 * match without regard to case or surrounding spaces, and every later non-blank row is a record with its
 * 1-based sheet row number (as Excel shows it) so that problems can say where they are.
 */
import type { CellValue } from '../intake/sheet-grid.ts';
import { parseNumberCell } from '../intake/parse-number-cell.ts';

export interface TableRecord {
  /** 1-based sheet row. */
  row: number;
  cells: readonly CellValue[];
}

export interface SimpleTable {
  header: readonly string[];
  records: readonly TableRecord[];
}

const isBlank = (cells: readonly CellValue[]) =>
  cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

export function simpleTable(rows: readonly (readonly CellValue[])[]): SimpleTable {
  const headerIndex = rows.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { header: [], records: [] };
  const header = (rows[headerIndex] ?? []).map((cell) => (cell === null ? '' : String(cell).trim()));
  const records = rows
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter((record) => record.row > headerIndex + 1 && !isBlank(record.cells));
  return { header, records };
}

/** The index of the column called `name` (case-insensitive), or -1. */
export function columnIndex(table: SimpleTable, name: string): number {
  const wanted = name.toLowerCase();
  return table.header.findIndex((label) => label.toLowerCase() === wanted);
}

/** A cell as trimmed text; null for an empty cell. */
export function textCell(cells: readonly CellValue[], index: number): string | null {
  const cell = index < 0 ? null : (cells[index] ?? null);
  if (cell === null) return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** A cell as a number, null when it is empty or a "no figure" marker; a problem text when it is no number. */
export function numberCell(
  cells: readonly CellValue[],
  index: number,
  where: { row: number; column: string },
): { value: number | null; problem: string | null } {
  const parsed = parseNumberCell(index < 0 ? null : (cells[index] ?? null));
  if (parsed.kind === 'number') return { value: parsed.value, problem: null };
  if (parsed.kind === 'missing') return { value: null, problem: null };
  return {
    value: null,
    problem: `第 ${where.row} 行 列 "${where.column}"：不是数字 "${parsed.text}" (row ${where.row}, column "${where.column}": not a number "${parsed.text}")`,
  };
}
