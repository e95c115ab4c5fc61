/**
 * `observatory sdc --input MICRODATA --dims A,B --value V --rules freq=3,p=15`: statistical disclosure
 * control (统计法) of the table of V by the dimensions A, B, … (each with a total "Total", shown 合计) from
 * microdata (csv, xlsx, xls; first row the column names, one row per enterprise record). Prints every cell
 * with its value (null when suppressed), status and reasons, and the interval audit; `--publication`
 * prints only what may be published (values and marks). The rule parameters are never printed. Needs no
 * database. Exit code 1 when a sensitive cell could not be protected.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DisclosureError,
  flatDimension,
  parseDisclosureRules,
  parseNumberCell,
  protectTable,
  toPublication,
  type CellValue,
  type MicrodataRecord,
  type ProtectedTable,
  type SuppressionCost,
  type WeightingMethod,
} from '@observatory/core';
import type { Command } from 'commander';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { CliExit, parseFormat, type CliIo } from '../cli-io.ts';

const TOTAL = 'Total';
const MAX_DETAILS = 20;

interface SdcOptions {
  input: string;
  dims: string;
  value: string;
  rules: string;
  owner?: string;
  weight?: string;
  contributor?: string;
  known?: string;
  weighting: string;
  cost: string;
  sheet?: string;
  publication: boolean;
  format: string;
}

const invalid = (message: string, details: AppErrorDetail[] = []) =>
  new AppError('validation_failed', message, details);

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw invalid(
      `${option} 应为 ${allowed.join('、')} 之一，实际为 "${value}" (${option} must be one of ${allowed.join(', ')})`,
    );
  return value as T;
}

async function readRows(file: string, sheet: string | undefined): Promise<CellValue[][]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw invalid(`无法读取文件 "${file}" (cannot read the file)`);
  }
  try {
    const grids = await readWorkbook(bytes, basename(file));
    const grid = sheet === undefined ? grids[0] : grids.find((candidate) => candidate.name === sheet);
    if (grid === undefined) throw invalid(`文件 "${file}" 中没有工作表 "${sheet ?? ''}" (no such sheet in the file)`);
    return grid.rows;
  } catch (error) {
    if (error instanceof ReaderError) throw invalid(error.message);
    throw error;
  }
}

const text = (cell: CellValue | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Rows → microdata records, the categories of each dimension, and the known contributors. */
function readMicrodata(rows: CellValue[][], options: SdcOptions, dims: string[]) {
  const header = (rows[0] ?? []).map(text);
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0)
      throw invalid(`输入文件缺少列 "${name}" (input is missing column "${name}")`, [
        { path: options.input, message: `现有列 columns: ${header.filter(Boolean).join(', ')}` },
      ]);
    return index;
  };
  const dimColumns = dims.map(column);
  const valueColumn = column(options.value);
  const optional = (name: string | undefined) => (name === undefined ? undefined : column(name));
  const [ownerColumn, weightColumn, contributorColumn] = [options.owner, options.weight, options.contributor].map(
    optional,
  );
  const [knownName, knownValue] = options.known?.split('=').map((part) => part.trim()) ?? [];
  if (options.known !== undefined && (!knownName || knownValue === undefined))
    throw invalid(`--known 应为 列=值，如 county=南湖区，实际为 "${options.known}" (--known must be COLUMN=VALUE)`);
  const knownColumn = optional(knownName);

  const problems: AppErrorDetail[] = [];
  const records: MicrodataRecord[] = [];
  const known = new Set<string>();
  const number = (row: CellValue[], index: number, name: string, where: string) => {
    const cell = parseNumberCell(row[index] ?? null);
    if (cell.kind === 'number' && !cell.percent) return cell.value;
    problems.push({
      path: where,
      message: `列 "${name}" 不是数值："${text(row[index])}" (column "${name}" is not a number)`,
    });
    return undefined;
  };
  rows.slice(1).forEach((row, i) => {
    if (row.every((cell) => text(cell) === '')) return;
    const where = `${options.input} 第 ${i + 2} 行 (row ${i + 2})`;
    const codes = dimColumns.map((index, d) => {
      const code = text(row[index]);
      if (code === '') problems.push({ path: where, message: `列 "${dims[d]}" 为空 (column "${dims[d]}" is empty)` });
      if (code === TOTAL || code === '合计')
        problems.push({
          path: where,
          message: `列 "${dims[d]}" 的值 "${code}" 与合计冲突 (value "${code}" is reserved for the total)`,
        });
      return code;
    });
    const value = number(row, valueColumn, options.value, where);
    const weight = weightColumn === undefined ? undefined : number(row, weightColumn, options.weight ?? '', where);
    const contributorId = contributorColumn === undefined ? `row ${i + 2}` : text(row[contributorColumn]);
    if (contributorId === '') problems.push({ path: where, message: `贡献者编号为空 (contributor id is empty)` });
    if (value === undefined || (weightColumn !== undefined && weight === undefined)) return;
    const owner = ownerColumn === undefined ? '' : text(row[ownerColumn]);
    records.push({ codes, contributorId, value, weight: weight ?? null, ownerId: owner === '' ? null : owner });
    if (knownColumn !== undefined && text(row[knownColumn]) === knownValue) known.add(contributorId);
  });
  if (problems.length > 0)
    throw invalid(
      `输入文件有 ${problems.length} 处问题 (the input has ${problems.length} problems)`,
      problems.slice(0, MAX_DETAILS),
    );
  if (records.length === 0) throw invalid(`输入文件没有数据行 (the input has no data rows)`);
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const categories = dims.map((_, d) =>
    [...new Set(records.map((record) => record.codes[d] ?? ''))].sort(collator.compare),
  );
  return { records, categories, known };
}

const rounded = (value: number, digits: number) => (Number.isFinite(value) ? Number(value.toPrecision(digits)) : null);

function presentJson(table: ProtectedTable) {
  const dims = (codes: readonly string[]) => Object.fromEntries(table.dimensions.map((name, d) => [name, codes[d]]));
  return {
    dimensions: table.dimensions,
    cells: table.cells.map((cell) => ({
      dims: dims(cell.codes),
      value: cell.value === null ? null : rounded(cell.value, 15),
      status: cell.status,
      reasons: cell.reasons,
    })),
    audit: {
      protected: table.audit.protected,
      primary: table.cells.filter((cell) => cell.status === 'primary').length,
      secondary: table.cells.filter((cell) => cell.status === 'secondary').length,
      intervals: table.audit.cells.map((check) => ({
        dims: dims(table.cells[check.cell]?.codes ?? []),
        status: check.status,
        lower: rounded(check.lower, 12),
        upper: rounded(check.upper, 12),
        protected: check.protected,
      })),
    },
  };
}

function printText(table: ProtectedTable, io: CliIo): void {
  const label = (code: string | undefined) => (code === TOTAL ? '合计' : (code ?? ''));
  const status = { published: '公布 published', primary: '初次隐藏 primary', secondary: '二次隐藏 secondary' };
  io.out([...table.dimensions, '数值 value', '状态 status', '原因 reasons'].join('\t'));
  for (const cell of table.cells)
    io.out(
      [
        ...cell.codes.map(label),
        cell.value === null ? 'x' : String(rounded(cell.value, 15)),
        status[cell.status],
        cell.reasons.join(','),
      ].join('\t'),
    );
  const json = presentJson(table).audit;
  io.out(
    `审计 audit: 初次隐藏 primary ${json.primary}，二次隐藏 secondary ${json.secondary}，` +
      `${json.protected ? '全部敏感单元格受保护 all sensitive cells protected' : '有敏感单元格未受保护 sensitive cells UNPROTECTED'}`,
  );
  table.audit.cells.forEach((check, i) => {
    const interval = json.intervals[i];
    const verdict = check.protected === null ? '' : check.protected ? ' 受保护 protected' : ' 未受保护 UNPROTECTED';
    io.out(
      `  ${(table.cells[check.cell]?.codes ?? []).map(label).join(' × ')}  [${interval?.lower}, ${interval?.upper ?? '∞'}]  ${check.status}${verdict}`,
    );
  });
}

export function registerSdcCommand(program: Command, io: CliIo): void {
  program
    .command('sdc')
    .description(
      '统计披露控制：初次与二次隐藏及区间审计 (statistical disclosure control: cell suppression with an interval audit)',
    )
    .requiredOption(
      '--input <file>',
      '微观数据文件 csv/xlsx/xls，首行为列名 (microdata file, first row the column names)',
    )
    .requiredOption('--dims <columns>', '分组维度列，逗号分隔，如 region,gender (dimension columns, comma-separated)')
    .requiredOption('--value <column>', '汇总的数值列 (the value column to add up)')
    .requiredOption(
      '--rules <rules>',
      '规则，如 freq=3,p=15,nk=2:85,pq=60:80,protection=10 (primary rules and protection)',
    )
    .option(
      '--owner <column>',
      '所有者（企业集团）列：同一所有者算一个贡献者 (owner column: one owner, one contributor)',
    )
    .option('--weight <column>', '抽样权数列 (sampling weight column)')
    .option('--contributor <column>', '贡献者编号列，默认每行一个 (contributor id column; one per row by default)')
    .option(
      '--known <column=value>',
      '受众已知的记录，如 county=南湖区 (records the audience knows, e.g. its own county)',
    )
    .option('--weighting <method>', '权数用法 default 或 tau-argus (how weights enter the dominance rules)', 'default')
    .option('--cost <cost>', '二次隐藏代价 value、frequency 或 unit (cost of a complementary suppression)', 'value')
    .option('--sheet <name>', '工作表名（默认第一个）(sheet to read; the first by default)')
    .option('--publication', '只输出可发布的数值与隐藏标记 (print only the publishable values and marks)', false)
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: SdcOptions) => {
      const format = parseFormat(options.format);
      const weighting = oneOf<WeightingMethod>('--weighting', options.weighting, ['default', 'tau-argus']);
      const cost = oneOf<SuppressionCost>('--cost', options.cost, ['value', 'frequency', 'unit']);
      const dims = options.dims.split(/[,，]/).map((name) => name.trim());
      if (dims.some((name) => name === '') || new Set(dims).size !== dims.length)
        throw invalid(
          `--dims 应为不重复的列名，逗号分隔，实际为 "${options.dims}" (--dims must name distinct columns)`,
        );
      let table: ProtectedTable;
      try {
        const rules = parseDisclosureRules(options.rules);
        const { records, categories, known } = readMicrodata(
          await readRows(options.input, options.sheet),
          options,
          dims,
        );
        const dimensions = dims.map((name, d) => flatDimension(name, categories[d] ?? [], TOTAL));
        table = protectTable({ dimensions, records, rules, knownContributors: known, weighting, cost });
        if (options.publication) {
          const publication = toPublication(table);
          const cells = publication.cells.map((cell) => ({
            dims: Object.fromEntries(dims.map((name, d) => [name, cell.codes[d]])),
            value: cell.value === null ? null : rounded(cell.value, 15),
            suppressed: cell.suppressed,
          }));
          if (format === 'json') io.out(JSON.stringify({ dimensions: dims, cells }));
          else for (const cell of cells) io.out([...Object.values(cell.dims), cell.value ?? 'x'].join('\t'));
          return;
        }
      } catch (error) {
        if (error instanceof DisclosureError) throw invalid(error.message);
        throw error;
      }
      if (format === 'json') io.out(JSON.stringify(presentJson(table)));
      else printText(table, io);
      if (!table.audit.protected) {
        io.err(
          '错误 (error): 有敏感单元格无法得到保护，表格不得发布 (sensitive cells remain unprotected; do not publish)',
        );
        throw new CliExit(1);
      }
    });
}
