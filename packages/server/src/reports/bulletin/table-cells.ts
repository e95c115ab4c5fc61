/**
 * Cells of the bulletin's tables made from its data with the bureau's conventions (core `format`): money in
 * the measure's display unit (亿元, one decimal), growth, shares and 贡献率 as per cent, 拉动 in points, counts
 * and ranks as whole numbers. A figure of a withheld row is withheld too, whatever it holds: its growth, share
 * or 拉动 would give the value away.
 */
import {
  cellMark,
  displayUnitOfMeasure,
  formatDecimal,
  formatGrowthTable,
  formatInDisplayUnit,
  formatPercentTable,
  formatPointsTable,
  inDisplayUnit,
  MISSING_MARK,
  SUPPRESSED_MARK,
  type BulletinCell,
  type DisplayUnit,
} from '@observatory/core';
import type { TableCell } from './bulletin-table.ts';

export const WITHHELD: TableCell = { kind: 'mark', mark: SUPPRESSED_MARK, suppressed: true };
export const MISSING: TableCell = { kind: 'mark', mark: MISSING_MARK, suppressed: false };

const PERCENT_FORMAT = '0.0%';
const POINTS_FORMAT = '0.0';

/** `0`, `0.0`, `0.00`: the xlsx number format of a number of decimals. */
export function decimalsFormat(digits: number): string {
  return digits === 0 ? '0' : `0.${'0'.repeat(digits)}`;
}

export function textCell(text: string, indent = 0): TableCell {
  return { kind: 'text', text, indent };
}

/** A value in a display unit (亿元 for money). */
export function amountCell(cell: BulletinCell, unit: DisplayUnit): TableCell {
  const mark = cellMark(cell);
  if (mark !== null || cell.value === null) return mark === SUPPRESSED_MARK ? WITHHELD : MISSING;
  return {
    kind: 'number',
    value: inDisplayUnit(cell.value, unit),
    numFmt: decimalsFormat(unit.digits),
    text: formatInDisplayUnit(cell.value, unit),
  };
}

/** A measure's value in its display unit. */
export function measureCell(cell: BulletinCell, measureCode: string): TableCell {
  return amountCell(cell, displayUnitOfMeasure(measureCode));
}

function derivedNumber(
  value: number | null,
  withheld: boolean,
  numFmt: string,
  text: (value: number) => string,
  flag?: string,
): TableCell {
  if (withheld) return WITHHELD;
  if (value === null || !Number.isFinite(value)) return MISSING;
  return flag === undefined
    ? { kind: 'number', value, numFmt, text: text(value) }
    : { kind: 'number', value, numFmt, text: text(value), flag };
}

/** Growth (fraction): 8.3; flagged "*" when partly derived from stored prior-year values. */
export function growthCell(fraction: number | null, withheld = false, derived = false): TableCell {
  return derivedNumber(fraction, withheld, PERCENT_FORMAT, formatGrowthTable, derived ? '*' : undefined);
}

/** Share, 贡献率, progress (fraction): 32.5. */
export function percentCell(fraction: number | null, withheld = false): TableCell {
  return derivedNumber(fraction, withheld, PERCENT_FORMAT, formatPercentTable);
}

/** 拉动 in percentage points: 1.2. */
export function pointsCell(points: number | null, withheld = false): TableCell {
  return derivedNumber(points, withheld, POINTS_FORMAT, formatPointsTable);
}

/** A count or a rank: 1873, 2. */
export function integerCell(count: number | null, withheld = false): TableCell {
  return derivedNumber(count, withheld, '0', (value) => formatDecimal(value, 0));
}

/** A number with its own decimals (a target in 家, a year). */
export function plainCell(value: number | null, digits: number): TableCell {
  return derivedNumber(value, false, decimalsFormat(digits), (number) => formatDecimal(number, digits));
}
