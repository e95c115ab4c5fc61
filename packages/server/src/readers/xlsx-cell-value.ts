/**
 * One exceljs cell as a plain CellValue, from cached values only: a formula gives its cached result (null
 * when the file has none; nothing is ever evaluated), rich text its concatenated runs, a date
 * 'YYYY-MM-DD', an error value (#DIV/0!, #N/A) null. Empty text is null, as an empty cell.
 */
import type { CellValue } from '@observatory/core';

/** The parts of an exceljs cell this needs. */
export interface XlsxCellLike {
  value: unknown;
  numFmt?: string | undefined;
}

const millisecondsPerDay = 24 * 60 * 60 * 1000;

export function xlsxCellValue(cell: XlsxCellLike, date1904: boolean): CellValue {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (typeof result === 'number' && isDateFormat(cell.numFmt)) return serialToIsoDate(result, date1904);
      return plainValue(result);
    }
  }
  return plainValue(value);
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('');
    return text === '' ? null : text;
  }
  if ('text' in value && typeof value.text === 'string') return value.text === '' ? null : value.text;
  return null;
}

/** 'YYYY-MM-DD' of a date exceljs made from a serial (UTC midnight based); null when out of range. */
function isoDate(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** An Excel serial day number as 'YYYY-MM-DD', the way exceljs converts stored dates. */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const days = serial - 25569 + (date1904 ? 1462 : 0);
  return isoDate(new Date(Math.round(days * millisecondsPerDay)));
}

/** A number format shows a date when it has date or time letters outside quoted text and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
