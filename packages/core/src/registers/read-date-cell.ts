/**
 * A date cell of a register list as YYYY-MM-DD: the readers' own 'YYYY-MM-DD', 2024/3/5, 2024.3.5,
 * 2024年3月5日, 20240305, an Excel day number left without a date format, and a month alone (2024年6月,
 * 2024-06: planned dates are often written so) as its first day. Blank or a missing marker (—, -, /) is
 * no date; anything else, or a day that does not exist, is invalid.
 */
import { toHalfWidth } from '../intake/to-half-width.ts';
import type { CellValue } from '../intake/sheet-grid.ts';
import { isIsoDate } from '../period/iso-date.ts';

export type DateCell = { kind: 'date'; value: string } | { kind: 'missing' } | { kind: 'invalid'; text: string };

const pad = (value: string) => value.padStart(2, '0');
const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/u;
/** Excel day numbers of 1970-01-01 and 2099-12-31. */
const SERIAL_RANGE = [25_569, 73_050] as const;

function checked(year: string, month: string, day: string, text: string): DateCell {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(value) ? { kind: 'date', value } : { kind: 'invalid', text };
}

export function readDateCell(cell: CellValue | undefined): DateCell {
  if (cell === null || cell === undefined) return { kind: 'missing' };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell) };
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < SERIAL_RANGE[0] || cell > SERIAL_RANGE[1])
      return { kind: 'invalid', text: String(cell) };
    return { kind: 'date', value: new Date((cell - SERIAL_RANGE[0]) * 86_400_000).toISOString().slice(0, 10) };
  }
  const text = toHalfWidth(cell).trim();
  if (text === '' || /^[—–\-/…]+$/u.test(text)) return { kind: 'missing' };
  const full = FULL.exec(text) ?? COMPACT.exec(text);
  if (full) return checked(full[1]!, full[2]!, full[3]!, cell);
  const month = MONTH.exec(text);
  if (month) return checked(month[1]!, month[2]!, '1', cell);
  return { kind: 'invalid', text: cell };
}
