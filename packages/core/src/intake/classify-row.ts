/**
 * What a sheet row under the header is: an enterprise's data, a blank row, a 合计/总计 total, a 小计
 * subtotal, an 其中 (of which) breakdown row, or a note (`注：…`, `说明：…`, `数据来源：…`, `填表人：…`,
 * `制表：…`). Only data rows are figures of enterprises; the others must never be summed with them.
 *
 * - blank: every cell null or whitespace;
 * - note: the first non-empty cell starts with 注, 说明, 备注, 数据来源, 资料来源, 填表人, 填报人, 制表, 制表人
 *   or 制表单位, optionally numbered (注1), then a colon — the colon keeps 制表厂… and 注塑… names data;
 * - total / subtotal / of_which: a cell among the identity columns, or left of the right-most one (where a
 *   merged 合计 cell starts, e.g. in the 序号 column), reads, ignoring width and spaces, 合计 or 总计 with at
 *   most eight Chinese characters before it (全市合计, 嘉兴市总计); 小计 likewise (南湖区小计); or starts
 *   with 其中 (其中, 其中：, 其中：外资企业). Without identity columns the first cell is looked at.
 */
import type { CellValue } from './sheet-grid.ts';
import { toHalfWidth } from './to-half-width.ts';

export type RowKind = 'data' | 'blank' | 'total' | 'subtotal' | 'of_which' | 'note';

const NOTE = /^(?:注|说明|备注|数据来源|资料来源|填表人|填报人|制表|制表人|制表单位)\d*[:：]/u;
const TOTAL = /^\p{Script=Han}{0,8}(?:合计|总计)[:：]?$/u;
const SUBTOTAL = /^\p{Script=Han}{0,8}小计[:：]?$/u;
const OF_WHICH = /^其中/u;

const compact = (value: CellValue | undefined): string =>
  typeof value === 'string' ? toHalfWidth(value).replace(/\s+/gu, '') : '';

const isEmpty = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Only a text with a colon may be a note, only one with 计 or 其 a total, subtotal or 其中 (cheap tests first). */
const mayBeNote = (value: CellValue): boolean =>
  typeof value === 'string' && (value.includes(':') || value.includes('：'));
const mayBeLabel = (value: CellValue | undefined): value is string =>
  typeof value === 'string' && (value.includes('计') || value.includes('其'));

/**
 * The classifier for rows whose identity columns (name, USCC, ...) have the given 0-based indexes: the
 * cells that may say 合计, 小计 or 其中 are worked out once, not once per row.
 */
export function rowClassifier(identityIndexes: readonly number[]): (row: readonly CellValue[]) => RowKind {
  const labelIndexes =
    identityIndexes.length === 0 ? [0] : Array.from({ length: Math.max(...identityIndexes) + 1 }, (_, index) => index);
  return (row) => {
    const firstFilled = row.find((value) => !isEmpty(value));
    if (firstFilled === undefined) return 'blank';
    if (mayBeNote(firstFilled) && NOTE.test(compact(firstFilled))) return 'note';
    const cells: string[] = [];
    for (const index of labelIndexes) {
      const value = row[index];
      if (mayBeLabel(value)) cells.push(compact(value));
    }
    if (cells.length === 0) return 'data';
    if (cells.some((text) => TOTAL.test(text))) return 'total';
    if (cells.some((text) => SUBTOTAL.test(text))) return 'subtotal';
    if (cells.some((text) => OF_WHICH.test(text))) return 'of_which';
    return 'data';
  };
}

/** The kind of `row`, given the 0-based indexes of its identity columns (name, USCC, ...). */
export function classifyRow(row: readonly CellValue[], identityIndexes: readonly number[]): RowKind {
  return rowClassifier(identityIndexes)(row);
}
