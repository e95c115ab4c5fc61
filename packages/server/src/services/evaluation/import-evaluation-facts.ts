/**
 * Evidence facts from a file (CSV in UTF-8 or GB18030, or xlsx): a header row `uscc,year,tag,ref,count,date,source,
 * note` (the Chinese names 统一社会信用代码, 年度, 标签, 文号, 次数, 日期, 来源, 备注 also do; uscc, year and tag are
 * required, the others optional), one fact per row. Recorded all or nothing by recordEvaluationFacts; every
 * problem names its row and column.
 */
import type { CellValue } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { recordEvaluationFacts, type EvaluationFactInput } from './record-evaluation-facts.ts';

export const FACT_COLUMNS = ['uscc', 'year', 'tag', 'ref', 'count', 'date', 'source', 'note'] as const;
type FactColumn = (typeof FACT_COLUMNS)[number];
const REQUIRED: readonly FactColumn[] = ['uscc', 'year', 'tag'];
const SYNONYMS: Record<string, FactColumn> = {
  统一社会信用代码: 'uscc',
  年度: 'year',
  标签: 'tag',
  事实标签: 'tag',
  文号: 'ref',
  次数: 'count',
  数量: 'count',
  日期: 'date',
  来源: 'source',
  备注: 'note',
};

const cellText = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell).trim();

function columnOf(label: string): FactColumn | undefined {
  const key = label.toLowerCase();
  return (FACT_COLUMNS as readonly string[]).includes(key) ? (key as FactColumn) : SYNONYMS[label];
}

export async function importEvaluationFacts(
  db: Kysely<DatabaseSchema>,
  input: { bytes: Uint8Array; fileName: string; recordedBy: string },
) {
  let grids;
  try {
    grids = await readWorkbook(input.bytes, input.fileName);
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const rows = grids[0]?.rows ?? [];
  const headerIndex = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''));
  const header = rows[headerIndex] ?? [];
  const columns = new Map<FactColumn, number>();
  const problems: { path: string; message: string }[] = [];
  header.forEach((cell, index) => {
    const label = cellText(cell);
    if (label === '') return;
    const column = columnOf(label);
    if (column === undefined || columns.has(column))
      problems.push({
        path: `第 ${headerIndex + 1} 行 第 ${index + 1} 列 (row ${headerIndex + 1}, column ${index + 1})`,
        message: `${column ? '重复的列' : '未知的列'} "${label}" (${column ? 'duplicate' : 'unknown'} column; expected ${FACT_COLUMNS.join(',')})`,
      });
    else columns.set(column, index);
  });
  for (const column of REQUIRED)
    if (!columns.has(column))
      problems.push({
        path: `${input.fileName}`,
        message: `缺少列 "${column}" (the file is missing column "${column}")`,
      });
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      `证据事实文件的表头有误，未登记任何事实 (bad header; nothing recorded)`,
      problems,
    );
  const facts: EvaluationFactInput[] = [];
  const sheetRows: number[] = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    if (row.every((cell) => cellText(cell) === '')) return;
    const fact = Object.fromEntries([...columns].map(([column, index]) => [column, cellText(row[index]) || null]));
    facts.push(fact as unknown as EvaluationFactInput);
    sheetRows.push(headerIndex + offset + 2);
  });
  return recordEvaluationFacts(db, {
    facts,
    recordedBy: input.recordedBy,
    origin: input.fileName,
    pathOf: (index, field) => `第 ${sheetRows[index]} 行 ${field} 列 (row ${sheetRows[index]}, column ${field})`,
  });
}
