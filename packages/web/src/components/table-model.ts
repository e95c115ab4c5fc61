/**
 * The pure part of the data table: columns, filtering by text over the shown cells, sorting with missing values
 * last whatever the direction, and the rows as they go into a spreadsheet (numbers stay numbers).
 */
import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  /** The value sorted, filtered and exported; null is missing. */
  value: (row: Row) => string | number | null;
  /** What the cell shows; defaults to the value. */
  render?: (row: Row) => ReactNode;
  /** What the spreadsheet gets; defaults to the value. */
  exportValue?: (row: Row) => string | number | null;
  align?: 'left' | 'right' | 'center';
  sortable?: boolean;
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  direction: SortDirection;
}

export function filterRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], text: string): Row[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter((row) =>
    columns.some((column) => {
      const value = column.value(row);
      return value !== null && String(value).toLowerCase().includes(needle);
    }),
  );
}

export function compareValues(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN', { numeric: true });
}

export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: SortState | null): Row[] {
  const column = sort ? columns.find((candidate) => candidate.key === sort.key) : undefined;
  if (!sort || !column) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((left, right) => {
      if (left.value === null || right.value === null) {
        if (left.value === right.value) return left.index - right.index;
        return left.value === null ? 1 : -1;
      }
      return sign * compareValues(left.value, right.value) || left.index - right.index;
    })
    .map((entry) => entry.row);
}

export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** The header row and the rows as plain cells; text that a spreadsheet would run as a formula is neutralised. */
export function exportCells<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): (string | number | null)[][] {
  const neutral = (value: string | number | null) =>
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => neutral((column.exportValue ?? column.value)(row)))),
  ];
}
