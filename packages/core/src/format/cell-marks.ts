/**
 * The marks a published table uses instead of a number (DOMAIN.md §7), and their footnotes.
 * - Withheld by disclosure control (primary or secondary): "x". Not "…", which Chinese statistical yearbooks
 *   use for "数字不足本表最小单位" (too small to show) and a reader would take for a tiny value; "x" is the
 *   international mark for confidential cells (UN, Statistics Canada, ONS) and cannot be read as a number.
 *   Primary and secondary cells share the mark, so a reader cannot tell which cell is the sensitive one.
 * - Missing (not reported, not computable): "—" (U+2014), as the bureau's tables write it.
 * Neither is ever shown as 0.
 */
import type { BulletinCell } from '../bulletin/bulletin-document.ts';
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const SUPPRESSED_MARK = 'x';
export const MISSING_MARK = '—';

export const SUPPRESSED_FOOTNOTE: BilingualName = {
  zh: '“x”表示依照《中华人民共和国统计法》对单个企业资料保密的规定不予公布的数据（含为防止推算而一并不公布的数据）。',
  en: '"x": withheld to keep individual enterprises\' data confidential under the Statistics Law (including figures withheld so that others cannot be worked out).',
};

export const MISSING_FOOTNOTE: BilingualName = {
  zh: '“—”表示无数据或无法计算。',
  en: '"—": no data, or not computable.',
};

/** The mark shown instead of the cell's number, or null when the number is published. */
export function cellMark(cell: BulletinCell): string | null {
  if (cell.suppressed !== undefined) return SUPPRESSED_MARK;
  return cell.value === null ? MISSING_MARK : null;
}

/** The cell as text: its number through `format`, or its mark. A withheld cell never shows a value. */
export function formatCell(cell: BulletinCell, format: (value: number) => string): string {
  const mark = cellMark(cell);
  return mark ?? format(cell.value as number);
}

/** A bare number that may be missing (growth, share, 拉动): its text through `format`, or "—". */
export function formatOptional(value: number | null, format: (value: number) => string): string {
  return value === null ? MISSING_MARK : format(value);
}
