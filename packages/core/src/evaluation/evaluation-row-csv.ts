/**
 * Evaluation rows (evaluation-row.ts) as CSV text (RFC 4180, CRLF): a header row, then one line per row with flat
 * columns `uscc, group, indicator.<id>…, score.<id>…, bonus, total, rank, percentile, class, unratedReason.code,
 * unratedReason.zh` (a leading column from `lead`, e.g. the scheme, when given). Indicator ids are every id of the
 * rows in order of first appearance. Numbers are written as the shortest decimal that reads back as them, null as an
 * empty cell. A text cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * gets a leading ' (CSV injection); numbers are never changed.
 */
import type { EvaluationRow } from './evaluation-row.ts';

export type NeutralisedCsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as they are, text neutralised against formula injection, then quoted where needed. */
export function neutralisedCsvCell(value: NeutralisedCsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function neutralisedCsvLine(values: readonly NeutralisedCsvValue[]): string {
  return values.map(neutralisedCsvCell).join(',');
}

/** Indicator ids of the rows, in order of first appearance. */
export function rowIndicatorIds(rows: readonly EvaluationRow[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const id of Object.keys(row.indicators)) ids.add(id);
  return [...ids];
}

export interface RowsCsvOptions {
  /** An extra first column: its header and its value per row. */
  lead?: { header: string; value: (index: number) => string };
}

export function evaluationRowsCsv(rows: readonly EvaluationRow[], options: RowsCsvOptions = {}): string {
  const ids = rowIndicatorIds(rows);
  const lead = options.lead;
  const header = [
    ...(lead ? [lead.header] : []),
    'uscc',
    'group',
    ...ids.map((id) => `indicator.${id}`),
    ...ids.map((id) => `score.${id}`),
    'bonus',
    'total',
    'rank',
    'percentile',
    'class',
    'unratedReason.code',
    'unratedReason.zh',
  ];
  const lines = rows.map((row, index) =>
    neutralisedCsvLine([
      ...(lead ? [lead.value(index)] : []),
      row.uscc,
      row.group,
      ...ids.map((id) => row.indicators[id] ?? null),
      ...ids.map((id) => row.scores[id] ?? null),
      row.bonus,
      row.total,
      row.rank,
      row.percentile,
      row.class,
      row.unratedReason?.code ?? null,
      row.unratedReason?.zh ?? null,
    ]),
  );
  return [neutralisedCsvLine(header), ...lines].map((line) => `${line}\r\n`).join('');
}
