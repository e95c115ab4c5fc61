/**
 * Reading the cells of a firm file for `observatory evaluate`: flags (是/否, true/false, 1/0, y/n, yes/no), measure
 * numbers (through parseNumberCell: thousands separators, full-width digits; blank, —, - and the other markers
 * are missing, never 0) converted from the column's unit through core/units, the year, GB/T 4754 codes, parcels
 * (semicolon-separated) and evidence facts (`tag[:count]`, semicolon-separated). Each reader returns the value or
 * the message of what is wrong with the cell.
 */
import {
  convertQuantity,
  industryLevelOf,
  MISSING_MARKERS,
  normaliseIndustryCode,
  parseNumberCell,
  toHalfWidth,
  UnitConversionError,
  type CellValue,
  type EvidenceFact,
} from '@observatory/core';
import type { MeasureColumn } from './evaluation-firm-columns.ts';

export type CellReading<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const bad = <T>(message: string): CellReading<T> => ({ ok: false, message });

export function cellText(cell: CellValue): string {
  return cell === null ? '' : String(cell).trim();
}

const isMissingText = (text: string) => MISSING_MARKERS.has(toHalfWidth(text).trim().toUpperCase());

const TRUE_WORDS = new Set(['是', 'true', '1', 'y', 'yes']);
const FALSE_WORDS = new Set(['否', 'false', '0', 'n', 'no']);

/** 规上 / 在产: a yes or no, or null when blank (unknown). */
export function readFlag(cell: CellValue): CellReading<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (isMissingText(text)) return ok(null);
  const word = toHalfWidth(text).toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad(`"${text}" 应为 是/否、true/false 或 1/0 (must be 是/否, true/false or 1/0)`);
}

/** A measure value in the canonical unit, or null when the cell is missing. */
export function readMeasure(cell: CellValue, column: MeasureColumn): CellReading<number | null> {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'missing') return ok(null);
  if (parsed.kind === 'invalid') return bad(`"${parsed.text}" 不是数值 (not a number)`);
  if (parsed.percent) return bad(`"${cellText(cell)}" 度量列不接受百分数 (no percent in a measure column)`);
  if (column.unit === null || column.canonical === null || column.unit === column.canonical) return ok(parsed.value);
  try {
    return ok(convertQuantity(parsed.value, column.unit, column.canonical));
  } catch (error) {
    if (error instanceof UnitConversionError) return bad(error.message);
    throw error;
  }
}

/** The data year: a whole number from 1900 to 2200, or null when blank. */
export function readYear(cell: CellValue): CellReading<number | null> {
  const parsed = parseNumberCell(cell);
  if (parsed.kind === 'missing') return ok(null);
  if (parsed.kind === 'number' && !parsed.percent && Number.isInteger(parsed.value))
    if (parsed.value >= 1900 && parsed.value <= 2200) return ok(parsed.value);
  return bad(`"${cellText(cell)}" 不是年份 (not a year)`);
}

/** A GB/T 4754 code (section letter, 2–4 digits), or null when blank. */
export function readIndustryCode(cell: CellValue): CellReading<string | null> {
  const text = cellText(cell);
  if (isMissingText(text)) return ok(null);
  const code = normaliseIndustryCode(toHalfWidth(text));
  return industryLevelOf(code) === null
    ? bad(`"${text}" 不是国民经济行业代码 (not a GB/T 4754 code: a letter A–T or 2–4 digits)`)
    : ok(code);
}

const splitList = (text: string) =>
  text
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Parcel ids (certificate numbers), semicolon-separated. */
export function readParcels(cell: CellValue): CellReading<string[]> {
  const text = cellText(cell);
  return ok(isMissingText(text) ? [] : splitList(text));
}

const FACT = /^([^\s:：]+)(?:\s*[:：]\s*(\S+))?$/u;

/** Evidence facts `tag[:count]`, semicolon-separated; a count is a whole number ≥ 1 (1 when left out). */
export function readFacts(cell: CellValue): CellReading<EvidenceFact[]> {
  const text = cellText(cell);
  if (isMissingText(text)) return ok([]);
  const facts: EvidenceFact[] = [];
  for (const part of splitList(text)) {
    const match = FACT.exec(part);
    const count = match?.[2] === undefined ? 1 : Number(toHalfWidth(match[2]));
    if (!match || !Number.isSafeInteger(count) || count < 1)
      return bad(`"${part}" 应为 标签 或 标签:次数 (must be tag or tag:count, count a whole number ≥ 1)`);
    facts.push({ tag: match[1]!, id: null, count, date: null, source: null, note: null });
  }
  return ok(facts);
}
