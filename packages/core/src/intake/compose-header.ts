/**
 * One label per column from a header over one to three rows: the band's texts read top-down and joined
 * with '|', e.g. `工业总产值(万元)|本年累计` under a `工业总产值(万元)` cell merged across 本年累计 | 上年同期.
 *
 * - A merged cell's text fills its whole range, across and down; a vertically merged cell counts once.
 * - Only merges whose top-left cell lies inside the band contribute; cells covered by a merge that starts
 *   above the band (a title spread over the sheet) contribute nothing.
 * - Empty parts are skipped, and so is a part identical (ignoring width and whitespace) to one above it.
 * - Numbers are written as they are (2023, 2024 as year headers); booleans count as empty; line breaks inside
 *   a cell are removed, other spaces kept, and a '|' inside a cell becomes '/' so it cannot split the label.
 * - A 栏次 row (the column codes of a statistical form: 甲, 乙, 丙 … over the text columns and 1, 2, 3 … over the
 *   numbers) names no column and is left out, so a label reads `工业总产值|本年累计`, not `…|本年累计|1`.
 * Columns run to the widest band row or merge; a column without any text gets ''.
 */
import type { CellValue, MergedRange, SheetGrid } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

/** A cell's text as a header part. */
function headerCellText(value: CellValue | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  return value
    .replace(/\s*[\r\n]+\s*/gu, '')
    .replaceAll('|', '/')
    .trim();
}

const sameText = (a: string, b: string): boolean =>
  toHalfWidth(a).replace(/\s+/gu, '') === toHalfWidth(b).replace(/\s+/gu, '');

/** For each band cell covered by a merge, that merge; keyed `row:column`. */
function coveringMerges(merges: readonly MergedRange[], first: number, last: number): Map<string, MergedRange> {
  const covering = new Map<string, MergedRange>();
  for (const merge of merges) {
    if (merge.bottom < first || merge.top > last) continue;
    for (let row = Math.max(merge.top, first); row <= Math.min(merge.bottom, last); row++) {
      for (let column = merge.left; column <= merge.right; column++) covering.set(`${row}:${column}`, merge);
    }
  }
  return covering;
}

const STEM_CODES = '甲乙丙丁戊己庚辛壬癸';

/** A row of column codes (栏次): at least two cells, each a heavenly stem or a small integer, integers increasing. */
export function isColumnCodeRow(row: readonly CellValue[] | undefined): boolean {
  const cells = (row ?? []).map(headerCellText).filter((text) => text !== '');
  if (cells.length < 2) return false;
  let previous = 0;
  for (const text of cells) {
    if (text.length === 1 && STEM_CODES.includes(text)) continue;
    const number = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(number > previous)) return false;
    previous = number;
  }
  return true;
}

/**
 * The label of every column of the header band `headerRows` = [first, last] (0-based, inclusive) of `grid`.
 */
export function composeHeader(
  grid: Pick<SheetGrid, 'rows' | 'merges'>,
  headerRows: readonly [number, number],
): string[] {
  const [first, last] = headerRows;
  const covering = coveringMerges(grid.merges, first, last);
  let width = 0;
  for (let row = first; row <= last; row++) width = Math.max(width, grid.rows[row]?.length ?? 0);
  for (const merge of covering.values()) width = Math.max(width, merge.right + 1);

  const codeRows = new Set<number>();
  for (let row = first; row <= last; row++) if (isColumnCodeRow(grid.rows[row])) codeRows.add(row);
  const labels: string[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    const counted = new Set<MergedRange>();
    for (let row = first; row <= last; row++) {
      if (codeRows.has(row)) continue;
      const merge = covering.get(`${row}:${column}`);
      let text: string;
      if (merge === undefined) {
        text = headerCellText(grid.rows[row]?.[column]);
      } else {
        if (counted.has(merge)) continue;
        counted.add(merge);
        text = merge.top < first ? '' : headerCellText(grid.rows[merge.top]?.[merge.left]);
      }
      if (text !== '' && !parts.some((part) => sameText(part, text))) parts.push(text);
    }
    labels.push(parts.join('|'));
  }
  return labels;
}
