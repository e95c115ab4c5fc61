/**
 * A sheet as the readers hand it over: rows of plain cell values (cached values, never formulas) and the
 * merged ranges. Dates arrive as 'YYYY-MM-DD' text; everything else is text, a number, a boolean or null.
 */
export type CellValue = string | number | boolean | null;

/** A merged range, 0-based and inclusive, as in the sheet. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  merges: MergedRange[];
}
