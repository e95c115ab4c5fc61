/**
 * Header rows that say nothing about what a column is, only how it is counted or numbered: the units row
 * (`万元 | 万元 | 千瓦时`) and the 栏次 row of statistics forms (`甲 | 乙 | 1 | 2 | 3`). Matching drops such
 * parts of a label (header-label-parts.ts), and such rows right under a header belong to the header
 * (find-header-band.ts), so the data start after them.
 */
import { findUnit } from '../units/index.ts';
import type { CellValue } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

const COLUMN_NUMBER = /^(?:\d{1,2}|[甲乙丙丁戊己庚辛壬癸]|栏次|行次)$/u;

/** Whether a (normalised or raw) header text is a column number: 1, 12, 甲, 乙, 栏次. */
export function isColumnNumber(text: string): boolean {
  return COLUMN_NUMBER.test(toHalfWidth(text).replace(/\s+/gu, ''));
}

/** Whether a header text is nothing but a unit: 万元, （千瓦时）, 吨标准煤. Numbers are never units. */
export function isUnitOnly(text: string): boolean {
  return !/^\d+$/u.test(text.trim()) && findUnit(text) !== undefined;
}

function isMarkerCell(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 99;
  return typeof value === 'string' && (isColumnNumber(value) || isUnitOnly(value));
}

const isEmpty = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Whether `row` has at least one cell and every non-empty cell is a column number or a unit. */
export function isHeaderMarkerRow(row: readonly CellValue[] | undefined): boolean {
  const filled = (row ?? []).filter((value) => !isEmpty(value));
  return filled.length > 0 && filled.every(isMarkerCell);
}

/** Whether every cell of `row` is empty (or the row does not exist). */
export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return (row ?? []).every(isEmpty);
}
