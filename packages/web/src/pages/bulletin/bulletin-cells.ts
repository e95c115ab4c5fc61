/**
 * Cells of the bulletin's tables on screen, in the bureau's table form from core's formatters (the same the xlsx
 * and PDF use): bare numbers under a header that names the unit (2278.3 under 亿元, 8.3 under 增长（%）), "x" for
 * a withheld figure, "—" for a missing one. A withheld row withholds its growth, share and 拉动 too.
 */
import {
  cellMark,
  displayUnitOfMeasure,
  formatDecimal,
  formatGrowthTable,
  formatInDisplayUnit,
  formatPercentTable,
  formatPointsTable,
  MISSING_MARK,
  SUPPRESSED_MARK,
} from '@observatory/core/format';
import type { BilingualName, BulletinCell } from '@observatory/core';

export type ScreenCell =
  /** `text` is the Chinese the bureau prints; `name` when the text has an English form too. */
  | { kind: 'text'; text: string; indent?: number; name?: BilingualName }
  | { kind: 'number'; text: string; flag?: string }
  | { kind: 'mark'; text: string; suppressed: boolean };

export const WITHHELD: ScreenCell = { kind: 'mark', text: SUPPRESSED_MARK, suppressed: true };
export const MISSING: ScreenCell = { kind: 'mark', text: MISSING_MARK, suppressed: false };

export function textCell(text: string | BilingualName, indent = 0): ScreenCell {
  const cell: ScreenCell =
    typeof text === 'string' ? { kind: 'text', text } : { kind: 'text', text: text.zh, name: text };
  return indent > 0 ? { ...cell, indent } : cell;
}

/** A measure's value in its display unit (亿元 for money). */
export function measureCell(cell: BulletinCell, measure: string): ScreenCell {
  const mark = cellMark(cell);
  if (mark !== null || cell.value === null) return mark === SUPPRESSED_MARK ? WITHHELD : MISSING;
  return { kind: 'number', text: formatInDisplayUnit(cell.value, displayUnitOfMeasure(measure)) };
}

function derived(
  value: number | null,
  withheld: boolean,
  format: (value: number) => string,
  flag?: string,
): ScreenCell {
  if (withheld) return WITHHELD;
  if (value === null || !Number.isFinite(value)) return MISSING;
  return flag ? { kind: 'number', text: format(value), flag } : { kind: 'number', text: format(value) };
}

/** Growth 8.3 (%), flagged "*" when partly derived from stored prior-year values. */
export const growthCell = (value: number | null, withheld = false, partlyDerived = false) =>
  derived(value, withheld, formatGrowthTable, partlyDerived ? '*' : undefined);
/** Share, 贡献率, progress: 32.5 (%). */
export const percentCell = (value: number | null, withheld = false) => derived(value, withheld, formatPercentTable);
/** 拉动: 1.2 (百分点). */
export const pointsCell = (value: number | null, withheld = false) => derived(value, withheld, formatPointsTable);
/** A count or rank: 1873. */
export const integerCell = (value: number | null, withheld = false) =>
  derived(value, withheld, (number) => formatDecimal(number, 0));
/** A target in its own unit with its own decimals. */
export const plainCell = (value: number | null, digits: number) =>
  derived(value, false, (number) => formatDecimal(number, digits));
