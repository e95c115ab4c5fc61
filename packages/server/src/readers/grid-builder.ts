/**
 * Collects one sheet's rows as dense arrays while a reader streams them, enforcing the row and column
 * limits as each row arrives. Row 1 is index 0; rows never seen stay empty arrays; each row ends at its
 * last non-null cell and trailing empty rows are dropped (formatting-only rows carry no values).
 */
import type { CellValue, MergedRange, SheetGrid } from '@observatory/core';
import type { ReadLimits } from './read-limits.ts';
import { ReaderError, type ReaderErrorPlace } from './reader-error.ts';

export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly place: ReaderErrorPlace;

  constructor(
    readonly sheetName: string,
    fileName: string,
    private readonly limits: ReadLimits,
  ) {
    this.place = { fileName, sheet: sheetName };
  }

  /** Refuses a row index (0-based) beyond the limit before anything is allocated for it. */
  checkRow(rowIndex: number): void {
    if (!Number.isSafeInteger(rowIndex) || rowIndex < 0) {
      throw new ReaderError('corrupt', this.place, `行号无效：${rowIndex + 1}`, `invalid row number ${rowIndex + 1}`);
    }
    const limit = this.limits.maxRowsPerSheet;
    if (rowIndex >= limit) {
      throw new ReaderError(
        'too_many_rows',
        this.place,
        `至少 ${rowIndex + 1} 行，超过上限 ${limit} 行`,
        `at least ${rowIndex + 1} rows, more than the limit of ${limit}`,
      );
    }
  }

  /** Refuses a column index (0-based) beyond the limit. */
  checkColumn(columnIndex: number, rowIndex: number): void {
    const limit = this.limits.maxColumns;
    if (columnIndex >= limit) {
      throw new ReaderError(
        'too_large',
        this.place,
        `第 ${rowIndex + 1} 行至少 ${columnIndex + 1} 列，超过上限 ${limit} 列`,
        `row ${rowIndex + 1} has at least ${columnIndex + 1} columns, more than the limit of ${limit}`,
      );
    }
  }

  /** Stores a row given as (column index, value) pairs; nulls are gaps. */
  setRow(rowIndex: number, cells: Iterable<readonly [number, CellValue]>): void {
    this.checkRow(rowIndex);
    const row: CellValue[] = [];
    for (const [column, value] of cells) {
      this.checkColumn(column, rowIndex);
      if (value === null) continue;
      while (row.length < column) row.push(null);
      row[column] = value;
    }
    while (this.rows.length < rowIndex) this.rows.push([]);
    this.rows[rowIndex] = row;
  }

  /** Stores a row given as an array (a CSV record): kept as is, empty text becoming null. */
  setValues(rowIndex: number, values: readonly CellValue[]): void {
    this.checkRow(rowIndex);
    // setRow's checks and trimming, without a pair per cell: the first column past the limit is refused.
    if (values.length > this.limits.maxColumns) this.checkColumn(this.limits.maxColumns, rowIndex);
    let end = values.length;
    while (end > 0 && (values[end - 1] === '' || values[end - 1] === null)) end--;
    const row = values.slice(0, end);
    for (let column = 0; column < end; column++) if (row[column] === '') row[column] = null;
    while (this.rows.length < rowIndex) this.rows.push([]);
    this.rows[rowIndex] = row;
  }

  build(merges: MergedRange[] = []): SheetGrid {
    const rows = this.rows;
    while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
    return { name: this.sheetName, rows, merges };
  }
}
