/**
 * Where a sheet's header is: of every band of 1–3 consecutive rows starting in the first 30 rows, the one
 * whose composed labels (compose-header.ts) name the most profile columns (match-profile-columns.ts).
 * Bands are ranked by, in turn:
 * 1. more required profile columns found;
 * 2. more profile columns found;
 * 3. a later first row — a title or 单位 line merged across the sheet adds nothing and stays out;
 * 4. more rows — a units row (万元) or column-number row (甲 乙 1 2) under the names adds nothing to the
 *    match but belongs to the header, so the data start after it.
 * A data row under the header changes the labels' last parts and so lowers the count: it stays out. A band
 * never starts with a blank row. After the best band, further units or 栏次 rows (header-marker.ts) are taken
 * into it, beyond three rows if need be: a three-row header with a 栏次 row under it has four rows.
 */
import { composeHeader } from './compose-header.ts';
import { isBlankRow, isHeaderMarkerRow } from './header-marker.ts';
import { matchProfileColumns, type ColumnMatch } from './match-profile-columns.ts';
import type { SheetGrid } from './sheet-grid.ts';
import type { ProfileColumn } from './source-profile.ts';

export const HEADER_SCAN_ROWS = 30;
export const MAX_HEADER_ROWS = 3;

export interface HeaderBand {
  /** First and last row of the header, 0-based and inclusive, units and 栏次 rows under it included. */
  headerRows: [number, number];
  /** The composed label of every column of the band. */
  labels: string[];
  /** The profile columns found, in profile order. */
  matches: ColumnMatch[];
  /** How many of the matches are required profile columns. */
  requiredFound: number;
}

type BandColumn = Pick<ProfileColumn, 'key' | 'synonyms' | 'required'>;

function rank(band: HeaderBand): number[] {
  const [first, last] = band.headerRows;
  return [band.requiredFound, band.matches.length, first, last - first];
}

function isBetter(candidate: HeaderBand, best: HeaderBand | null): boolean {
  if (best === null) return true;
  const [a, b] = [rank(candidate), rank(best)];
  for (let at = 0; at < a.length; at++) {
    const difference = (a[at] ?? 0) - (b[at] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return false;
}

/** The best header band of `grid` for `columns`, or null when no band names any profile column. */
export function findHeaderBand(
  grid: Pick<SheetGrid, 'rows' | 'merges'>,
  columns: readonly BandColumn[],
): HeaderBand | null {
  const required = new Set(columns.filter((column) => column.required).map((column) => column.key));
  let best: HeaderBand | null = null;
  for (let first = 0; first < Math.min(HEADER_SCAN_ROWS, grid.rows.length); first++) {
    if (isBlankRow(grid.rows[first])) continue;
    for (let last = first; last < Math.min(first + MAX_HEADER_ROWS, grid.rows.length); last++) {
      const headerRows: [number, number] = [first, last];
      const labels = composeHeader(grid, headerRows);
      const matches = matchProfileColumns(labels, columns);
      if (matches.length === 0) continue;
      const requiredFound = matches.filter((match) => required.has(match.key)).length;
      const candidate = { headerRows, labels, matches, requiredFound };
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  if (best === null) return null;
  let last = best.headerRows[1];
  while (isHeaderMarkerRow(grid.rows[last + 1])) last++;
  return { ...best, headerRows: [best.headerRows[0], last] };
}
