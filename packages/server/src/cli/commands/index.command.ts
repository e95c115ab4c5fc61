/**
 * `observatory index compute --meta META --data DATA --definition DEF --out RESULTS.csv`: runs a composite
 * index definition (docs/index-definition.md) on indicator metadata and data in COINr's iMeta and iData
 * layouts (CSV, xlsx or xls; the first sheet) and writes a CSV: COINr's full results table of the final stage
 * (uCode, Rank, aggregates, indicators), or with `--stage NAME` that stage as it is. Prints a summary of
 * every stage, as text or with `--format json`. Needs no database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  CompositeError,
  createFramework,
  datasetTable,
  findStage,
  hasTopAggregate,
  parsePipelineDefinition,
  readDataTable,
  readMetaTable,
  resultsTable,
  runPipeline,
  type CellValue,
  type PipelineResult,
  type ResultsCell,
  type ResultsTable,
  type Stage,
} from '@observatory/core';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app-error.ts';
import { ReaderError, readWorkbook } from '../../readers/index.ts';
import { parseFormat, type CliIo, type OutputFormat } from '../cli-io.ts';
import { addClusterIndexCommands } from './cluster-index.command.ts';
import { addIndexSensitivityCommand } from './index-sensitivity.command.ts';

interface ComputeOptions {
  meta: string;
  data: string;
  definition: string;
  out: string;
  stage?: string;
  format: string;
}

export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('validation_failed', `无法读取文件 ${path} (cannot read file ${path}): ${reason}`);
  }
}

export async function readFirstSheet(path: string): Promise<CellValue[][]> {
  try {
    const sheets = await readWorkbook(readBytes(path), basename(path));
    return sheets[0]?.rows ?? [];
  } catch (error) {
    if (error instanceof ReaderError) throw new AppError('validation_failed', error.message);
    throw error;
  }
}

export function rejectProblems(file: string, what: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const details = problems.map((message) => ({ path: file, message }));
  throw new AppError('validation_failed', `${what}有 ${problems.length} 处错误 (${file} has errors)`, details);
}

export function readDefinition(path: string) {
  let value: unknown;
  try {
    value = parseYaml(Buffer.from(readBytes(path)).toString('utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'validation_failed',
      `定义文件 ${path} 不是有效的 YAML/JSON (${path} is not valid YAML or JSON): ${reason}`,
    );
  }
  return parsePipelineDefinition(value);
}

function csvField(cell: ResultsCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvText = (table: ResultsTable) =>
  [table.header, ...table.rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';

function stageSummary(stage: Stage) {
  return {
    name: stage.name,
    from: stage.from,
    step: stage.details.step,
    units: stage.data.unitCodes.length,
    columns: stage.data.columns.size,
    messages: stage.messages,
    details: stage.details,
  };
}

function printSummary(result: PipelineResult, written: { stage: Stage; table: ResultsTable; out: string }, io: CliIo) {
  for (const stage of result.stages) {
    const from = stage.from === null ? '' : ` ← ${stage.from}`;
    io.out(
      `${stage.name}${from}: ${stage.data.unitCodes.length} 个单位 units, ${stage.data.columns.size} 列 columns, ${stage.messages.length} 条提示 messages`,
    );
    for (const message of stage.messages.slice(0, 10)) io.out(`  [${message.severity}] ${message.message}`);
    if (stage.messages.length > 10) io.out(`  … 另有 ${stage.messages.length - 10} 条 (more: use --format json)`);
  }
  io.out(
    `已写出 written ${written.out}: ${written.stage.name}，${written.table.rows.length} 行 rows × ${written.table.header.length} 列 columns`,
  );
}

async function compute(options: ComputeOptions, format: OutputFormat, io: CliIo): Promise<void> {
  const metaReading = readMetaTable(await readFirstSheet(options.meta));
  rejectProblems(options.meta, '指标元数据 META ', metaReading.problems);
  const framework = createFramework(metaReading.rows);
  const dataReading = readDataTable(await readFirstSheet(options.data), framework);
  rejectProblems(options.data, '指标数据 DATA ', dataReading.problems);
  const definition = readDefinition(options.definition);
  const result = runPipeline({ framework, units: dataReading.units, data: dataReading.data }, definition);
  const stage = options.stage === undefined ? result.final : findStage(result, options.stage);
  if (stage === undefined) {
    const names = result.stages.map((candidate) => candidate.name).join(', ');
    throw new AppError(
      'validation_failed',
      `没有阶段 "${options.stage}"，可选：${names} (no stage "${options.stage}"; stages: ${names})`,
    );
  }
  const asResults = options.stage === undefined && hasTopAggregate(framework, stage.data);
  const table = asResults ? resultsTable(framework, stage.data) : datasetTable(stage.data);
  writeFileSync(options.out, csvText(table));
  if (format === 'text') {
    printSummary(result, { stage, table, out: options.out }, io);
    return;
  }
  const summary = {
    definition: { name: definition.name, version: definition.version ?? null },
    out: options.out,
    stage: stage.name,
    layout: asResults ? 'results' : 'dataset',
    rows: table.rows.length,
    columns: table.header,
    stages: result.stages.map(stageSummary),
  };
  io.out(JSON.stringify(summary, null, 2));
}

export function registerIndexCommands(program: Command, io: CliIo): void {
  program
    .command('index')
    .description('综合指数计算 (composite index)')
    .command('compute')
    .description('按定义计算综合指数并写出 CSV (compute a composite index from a definition and write a CSV)')
    .requiredOption('--meta <file>', '指标元数据，COINr iMeta 格式 (indicator metadata in COINr iMeta layout)')
    .requiredOption('--data <file>', '指标数据，COINr iData 格式 (indicator data in COINr iData layout)')
    .requiredOption('--definition <file>', '计算定义 YAML/JSON (the index definition)')
    .requiredOption('--out <file>', '结果 CSV (the results CSV to write)')
    .option('--stage <name>', '写出某一阶段而非最终结果 (write this stage instead of the final results)')
    .option('--format <format>', '摘要格式 json 或 text (summary format)', 'text')
    .action(async (options: ComputeOptions) => {
      const format = parseFormat(options.format);
      try {
        await compute(options, format, io);
      } catch (error) {
        if (error instanceof CompositeError)
          throw new AppError(
            'validation_failed',
            error.message,
            error.problems.map((message) => ({ message })),
          );
        throw error;
      }
    });
  addClusterIndexCommands(program, io);
  addIndexSensitivityCommand(program, io);
}
