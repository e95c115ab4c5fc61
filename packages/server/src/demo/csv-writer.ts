/**
 * CSV as departments export it: RFC 4180 quoting, CRLF line ends, a title line and a 单位 line above the
 * header, 合计 and 注 lines below; encoded as GB18030 (tax) or UTF-8 with a byte-order mark (environment).
 * Numbers are written with a fixed number of decimals, so totals add up at the displayed precision.
 */
import { writeFile } from 'node:fs/promises';
import { encodeGb18030 } from './gb18030.ts';

export type CsvCell = string | number | null;

export interface CsvDocument {
  lines: readonly (readonly CsvCell[])[];
  encoding: 'gb18030' | 'utf8-bom';
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(lines: readonly (readonly CsvCell[])[]): string {
  return lines.map((line) => line.map(field).join(',')).join('\r\n') + '\r\n';
}

export async function writeCsv(path: string, document: CsvDocument): Promise<void> {
  const text = csvText(document.lines);
  const bytes =
    document.encoding === 'gb18030'
      ? encodeGb18030(text)
      : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  await writeFile(path, bytes);
}

/** A whole number of hundredths as text with two decimals: 12345 → '123.45', -5 → '-0.05'. */
export function hundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}

/** A whole number of thousandths as text with three decimals: 1234 → '1.234'. */
export function thousandths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  return `${sign}${Math.floor(magnitude / 1000)}.${String(magnitude % 1000).padStart(3, '0')}`;
}
