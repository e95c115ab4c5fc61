/**
 * Reading one cell of a measure column the way government spreadsheets write numbers: as numbers, or as
 * text with thousands separators (1,234.5, only in groups of three), full-width digits and signs
 * (－１，２３４．５), a percent sign (8.3% → 0.083, percent true) or a marker for "no figure"
 * (—, -, …, /, NA, 无, blank). Only a leading - − or － makes a number negative: (123) and △123 are not
 * numbers. A missing or unreadable cell is never 0: it is `missing` or `invalid`, and the caller decides.
 * Plain ASCII decimals ("12345.6", most cells of most files) take the fast path of plain-decimal.ts, which
 * gives the same number as the exact path (parseNumberCellExactly) does.
 */
import { convertQuantity, parseDecimal, UnitConversionError } from '../units/index.ts';
import { readPlainDecimal, scalePlainDecimal } from './plain-decimal.ts';
import type { CellValue } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

export type NumberCell =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'missing'; marker: string }
  | { kind: 'invalid'; text: string };

/** Markers for "no figure", compared after full-width → half-width and upper-casing. */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  '',
  '—',
  '——',
  '-',
  '--',
  '…',
  '……',
  '...',
  '/',
  'NA',
  'N/A',
  '无',
]);

const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const LEADING_MINUS = /^[−－]/u;

/** The number a decimal text stands for; undefined when it is no number or out of range (1e400, 1e-400). */
function readDecimal(text: string, percent: boolean): number | undefined {
  const decimal = parseDecimal(text);
  if (decimal === undefined) return undefined;
  if (percent) {
    try {
      return convertQuantity(text, 'percent', 'ratio');
    } catch (error) {
      if (error instanceof UnitConversionError) return undefined;
      throw error;
    }
  }
  const value = Number(text);
  if (!Number.isFinite(value) || (value === 0 && decimal.coefficient !== 0n)) return undefined;
  return value;
}

/** What `value` says as a number: a number (with whether it was written as a percent), missing or invalid. */
export function parseNumberCell(value: CellValue): NumberCell {
  if (typeof value === 'string') {
    const plain = readPlainDecimal(value);
    if (plain) return { kind: 'number', value: scalePlainDecimal(plain)!, percent: false };
  }
  return parseNumberCellExactly(value);
}

/** parseNumberCell without the fast path: every text through the exact decimal reading. */
export function parseNumberCellExactly(value: CellValue): NumberCell {
  if (value === null) return { kind: 'missing', marker: '' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { kind: 'number', value: value === 0 ? 0 : value, percent: false }
      : { kind: 'invalid', text: String(value) };
  }
  const text = value.trim();
  const halfWidth = toHalfWidth(text).trim().replace(LEADING_MINUS, '-');
  if (MISSING_MARKERS.has(halfWidth.toUpperCase())) return { kind: 'missing', marker: text };
  const percent = halfWidth.endsWith('%');
  let digits = percent ? halfWidth.slice(0, -1).trimEnd() : halfWidth;
  if (GROUPED.test(digits)) digits = digits.replaceAll(',', '');
  if (digits.includes(',')) return { kind: 'invalid', text };
  const number = readDecimal(digits, percent);
  if (number === undefined) return { kind: 'invalid', text };
  return { kind: 'number', value: number === 0 ? 0 : number, percent };
}
