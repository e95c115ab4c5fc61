/**
 * A table as people write a region × industry matrix → RegionIndustryMatrix, or the problems that stop it.
 * Layout: the first row is the header (its first cell is a free label such as 地区, the others the industry
 * names); each further row is a region: its name, then one number per industry. Numbers are read as the
 * bureau's sheets write them (parseNumberCell: thousands separators, full-width digits). Blank rows are
 * skipped. Every problem names its cell as a spreadsheet does (C4 = column C, row 4) and the region and
 * industry it belongs to; an empty or unreadable cell is a problem, never a 0.
 */
import { columnLetter } from '../intake/column-letter.ts';
import { parseNumberCell } from '../intake/parse-number-cell.ts';
import type { CellValue } from '../intake/sheet-grid.ts';
import { regionIndustryMatrix, type RegionIndustryMatrix } from './matrix.ts';

export interface MatrixTableProblem {
  /** The cell, e.g. "C4", or null for a problem of the whole table. */
  cell: string | null;
  message: string;
}

export type MatrixTableResult = { matrix: RegionIndustryMatrix } | { problems: MatrixTableProblem[] };

const cellName = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;
const text = (value: CellValue | undefined) => (value === null || value === undefined ? '' : String(value).trim());
const isBlank = (row: readonly CellValue[]) => row.every((value) => text(value) === '');

function readHeader(header: readonly CellValue[], problems: MatrixTableProblem[]): string[] {
  const industries = header.slice(1).map(text);
  const seen = new Map<string, number>();
  industries.forEach((name, i) => {
    const column = i + 1;
    if (name === '')
      problems.push({ cell: cellName(0, column), message: '表头缺少行业名称 (header cell has no industry name)' });
    else if (seen.has(name))
      problems.push({
        cell: cellName(0, column),
        message: `行业 "${name}" 重复，首次出现于 ${cellName(0, seen.get(name)!)} (duplicate industry)`,
      });
    else seen.set(name, column);
  });
  if (industries.length === 0)
    problems.push({
      cell: null,
      message: '表头第一行应为：标签，行业1，行业2… (the first row must name the industries)',
    });
  return industries;
}

function readCell(
  value: CellValue | undefined,
  where: string,
  region: string,
  industry: string,
): { value: number } | { problem: MatrixTableProblem } {
  const cell = parseNumberCell(value ?? null);
  const [zh, en] = [`地区 "${region}" 行业 "${industry}"`, `region "${region}", industry "${industry}"`];
  const problem = (message: string) => ({ problem: { cell: where, message } });
  if (cell.kind === 'missing') return problem(`单元格为空：${zh} (empty cell: ${en})`);
  if (cell.kind === 'invalid' || cell.percent) return problem(`"${text(value)}" 不是数值：${zh} (not a number: ${en})`);
  if (cell.value < 0) return problem(`负数 ${cell.value}：${zh} (negative value: ${en})`);
  return { value: cell.value };
}

export function matrixFromTable(rows: readonly (readonly CellValue[])[]): MatrixTableResult {
  const problems: MatrixTableProblem[] = [];
  const industries = readHeader(rows[0] ?? [], problems);
  const [regions, values] = [[] as string[], [] as number[][]];
  const regionRow = new Map<string, number>();
  rows.forEach((row, r) => {
    if (r === 0 || isBlank(row)) return;
    const region = text(row[0]);
    if (region === '') problems.push({ cell: cellName(r, 0), message: '缺少地区名称 (missing region name)' });
    else if (regionRow.has(region))
      problems.push({
        cell: cellName(r, 0),
        message: `地区 "${region}" 重复，首次出现于第 ${regionRow.get(region)! + 1} 行 (duplicate region)`,
      });
    regionRow.set(region, regionRow.get(region) ?? r);
    const extra = row.findIndex((value, column) => column > industries.length && text(value) !== '');
    if (extra > 0)
      problems.push({
        cell: cellName(r, extra),
        message: `第 ${r + 1} 行的值多于表头的 ${industries.length} 个行业 (row has more values than the header has industries)`,
      });
    const numbers = industries.map((industry, i) => {
      const read = readCell(row[i + 1], cellName(r, i + 1), region, industry);
      if ('problem' in read) {
        problems.push(read.problem);
        return Number.NaN; // never used: a table with problems builds no matrix
      }
      return read.value;
    });
    regions.push(region);
    values.push(numbers);
  });
  if (regions.length === 0 && industries.length > 0)
    problems.push({ cell: null, message: '表中没有地区行 (the table has no region rows)' });
  return problems.length > 0 ? { problems } : { matrix: regionIndustryMatrix(regions, industries, values) };
}
