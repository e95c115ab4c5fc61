/**
 * The columns of a county's rectification list (整治清单) and the words its cells use: header synonyms per field,
 * plan types and statuses in Chinese (or the English ids), numbers (亩, 吨标煤, 万元/亩) and dates (YYYY-MM-DD,
 * YYYY/M/D, Excel serials). Pure helpers for import-rectification-list.ts.
 */
import {
  isIsoDate,
  RECTIFICATION_PLAN_NAMES,
  RECTIFICATION_STATUS_NAMES,
  type CellValue,
  type RectificationPlanType,
  type RectificationStatus,
} from '@observatory/core';

export const LIST_COLUMNS = {
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码'],
  name: ['企业名称', '单位名称'],
  unit: ['县（市、区）', '县(市、区)', '所属县（市、区）', '区县'],
  source: ['来源', '问题来源', '发现方式'],
  landMu: ['用地面积（亩）', '用地面积', '占地面积（亩）'],
  parcel: ['地块', '不动产权证号', '土地证号'],
  energyTce: ['综合能耗（吨标煤）', '综合能耗', '能耗（吨标煤）'],
  plan: ['整治方式', '整治类型', '处置方式'],
  status: ['整治状态', '状态', '进展'],
  deadline: ['完成期限', '整治期限', '期限'],
  landFreedMu: ['腾出用地（亩）', '腾出用地'],
  energyFreedTce: ['腾出用能（吨标煤）', '腾出用能'],
  taxBefore: ['整治前亩均税收（万元/亩）', '整治前亩均税收'],
  taxAfter: ['整治后亩均税收（万元/亩）', '整治后亩均税收'],
  note: ['备注', '说明'],
} as const;
export type ListField = keyof typeof LIST_COLUMNS;
export const REQUIRED_FIELDS: readonly ListField[] = ['uscc', 'status'];

const squash = (text: string) => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The header row (the first row naming 统一社会信用代码) and each field's column. */
export function findListHeader(rows: readonly CellValue[][]): { row: number; columns: Map<ListField, number> } | null {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const cells = rows[r]!.map((cell) => (typeof cell === 'string' ? squash(cell) : ''));
    const columns = new Map<ListField, number>();
    for (const [field, synonyms] of Object.entries(LIST_COLUMNS) as [ListField, readonly string[]][]) {
      const index = cells.findIndex((cell) => synonyms.some((synonym) => squash(synonym) === cell));
      if (index >= 0) columns.set(field, index);
    }
    if (columns.has('uscc')) return { row: r, columns };
  }
  return null;
}

const byName = <T extends string>(names: Record<T, { zh: string; en: string }>) =>
  new Map(
    (Object.entries(names) as [T, { zh: string; en: string }][]).flatMap(([id, name]) => [
      [name.zh, id],
      [id, id],
    ]),
  );
export const planOfText = byName<RectificationPlanType>(RECTIFICATION_PLAN_NAMES);
export const statusOfText = byName<RectificationStatus>(RECTIFICATION_STATUS_NAMES);

export function cellText(cell: CellValue | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const text = String(cell).trim();
  return text === '' ? null : text;
}

/** A number, or null for an empty cell; undefined when the cell is not a number. */
export function cellNumber(cell: CellValue | undefined): number | null | undefined {
  const text = cellText(cell);
  if (text === null) return null;
  const value = typeof cell === 'number' ? cell : Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** An ISO date, or null for an empty cell; undefined when not a real date. */
export function cellDate(cell: CellValue | undefined): string | null | undefined {
  if (typeof cell === 'number' && cell > 20000 && cell < 80000)
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  const text = cellText(cell);
  if (text === null) return null;
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}
