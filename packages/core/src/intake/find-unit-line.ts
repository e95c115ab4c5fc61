/**
 * The unit line above a table's header: `单位：万元`, `计量单位:千元`, `金额单位：万元`, also inside a longer
 * cell (`2024年1-10月　　　单位：万元`). `填报单位：某某公司` and `报送单位：` name an organisation, not a
 * unit, and are not unit lines. When several rows have one, the one nearest the header wins.
 */
import type { CellValue } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

export interface UnitLine {
  /** The unit as written after the colon (half-width, e.g. 万元). */
  unit: string;
  /** 0-based row of the line. */
  row: number;
}

const UNIT_LINE = /(?<![\p{Script=Han}])(?:计量|金额|货币|价值量)?单位\s*[:：]\s*([^\s,，;；、)）]+)/u;

/** The unit a cell states as a unit line, or null. */
export function unitLineText(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  return UNIT_LINE.exec(toHalfWidth(value))?.[1] ?? null;
}

/** The unit line nearest above row `before` (rows 0 … before − 1), or null when there is none. */
export function findUnitLine(rows: readonly (readonly CellValue[])[], before: number): UnitLine | null {
  for (let row = Math.min(before, rows.length) - 1; row >= 0; row--) {
    for (const value of rows[row] ?? []) {
      const unit = unitLineText(value);
      if (unit !== null) return { unit, row };
    }
  }
  return null;
}
