/** The output formats of the register commands (platforms, targets): a text table, CSV (with BOM) or JSON. */
import { AppError } from '../../app-error.ts';

export type TableFormat = 'text' | 'csv' | 'json';

export function tableFormat(value: string): TableFormat {
  if (value !== 'text' && value !== 'csv' && value !== 'json')
    throw new AppError('validation_failed', `--format 应为 text、csv 或 json，实际为 "${value}" (--format)`);
  return value;
}

/** One CSV line: fields with a comma, quote or line break are quoted. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells
    .map((cell) => {
      const text = cell === null ? '' : String(cell);
      return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
    })
    .join(',');
}
