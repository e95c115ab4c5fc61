/**
 * `observatory evaluate`: 亩均 evaluation results, one row per enterprise `{uscc, group, indicators, scores, bonus,
 * total, rank, percentile, class, unratedReason}` (core evaluation-row.ts), as JSON or CSV, with nothing stored.
 *   evaluate --scheme FILE --input FIRMS.csv [--year N]   offline, no database: a scheme YAML/JSON and a firm file
 *                                                         (read-evaluation-firms.ts)
 *   evaluate --year N [--scheme-id ID]                    the stored data of year N under the loaded schemes of N
 *                                                         (all of them, each row led by `scheme`, or the one named)
 * `--group G` keeps one group's rows; `--out FILE` writes the file (CSV with a UTF-8 BOM for spreadsheets).
 * Notes of the engine (a scheme's warnings, a year that differs from the scheme's) go to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  evaluationRows,
  evaluationRowsCsv,
  parseEvaluationScheme,
  runEvaluation,
  type EvaluationRow,
  type EvaluationRun,
  type EvaluationScheme,
} from '@observatory/core';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app-error.ts';
import { evaluateStoredData } from '../../services/evaluation/evaluate-stored-data.ts';
import { measuresReferencedBy, readEvaluationFirms } from '../../services/evaluation/read-evaluation-firms.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

interface EvaluateOptions {
  scheme?: string;
  input?: string;
  year?: string;
  schemeId?: string;
  group?: string;
  format: string;
  out?: string;
}

const invalid = (message: string) => new AppError('validation_failed', message);

function readBytes(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw invalid(`无法读取${what} "${path}" (cannot read the file)`);
  }
}

function parseYear(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw invalid(`--year 应为年份，实际为 "${text}" (--year must be a year)`);
  return year;
}

function readSchemeFile(path: string, io: CliIo): EvaluationScheme {
  let document: unknown;
  try {
    document = parseYaml(new TextDecoder().decode(readBytes(path, '评价方案')));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid(`评价方案 "${path}" 不是有效的 YAML 或 JSON (not valid YAML or JSON): ${(error as Error).message}`);
  }
  const { scheme, issues } = parseEvaluationScheme(document);
  for (const issue of issues.filter((i) => i.severity === 'warning'))
    io.err(`注意 (note): ${path}: ${issue.path}: ${issue.message}`);
  if (scheme === null)
    throw new AppError(
      'validation_failed',
      `评价方案 "${path}" 无效 (invalid evaluation scheme)`,
      issues.filter((i) => i.severity === 'error').map((i) => ({ path: i.path, message: i.message })),
    );
  return scheme;
}

async function evaluateOffline(options: EvaluateOptions, io: CliIo): Promise<EvaluationRun> {
  if (options.scheme === undefined || options.input === undefined)
    throw invalid('离线评价需要 --scheme 和 --input 两者 (offline evaluation needs both --scheme and --input)');
  if (options.schemeId !== undefined)
    throw invalid('--scheme-id 只用于库中数据 (--scheme-id is for stored data; offline, --scheme names the file)');
  const scheme = readSchemeFile(options.scheme, io);
  const input = await readEvaluationFirms(readBytes(options.input, '企业文件'), basename(options.input), {
    year: options.year === undefined ? undefined : parseYear(options.year),
    schemeMeasures: measuresReferencedBy(scheme),
  });
  try {
    return runEvaluation(scheme, input);
  } catch (error) {
    if (error instanceof RangeError) throw invalid(`评价无法运行 (the evaluation cannot run): ${error.message}`);
    throw error;
  }
}

/** Rows of every run, each scheme's in its order; `scheme` leads each row when `lead` (several schemes). */
function collectRows(runs: readonly EvaluationRun[], group: string | undefined) {
  if (group !== undefined && !runs.some((run) => run.scheme.groups.some((g) => g.id === group))) {
    const known = [...new Set(runs.flatMap((run) => run.scheme.groups.map((g) => g.id)))];
    throw invalid(`方案中没有评价组 "${group}"，已有 ${known.join('、')} (no such group)`);
  }
  return runs.flatMap((run) =>
    evaluationRows(run)
      .filter((row) => group === undefined || row.group === group)
      .map((row) => ({ scheme: `${run.schemeId}@${run.schemeVersion}`, row })),
  );
}

function render(rows: { scheme: string; row: EvaluationRow }[], format: string, lead: boolean): string {
  if (format === 'csv')
    return evaluationRowsCsv(
      rows.map((r) => r.row),
      lead ? { lead: { header: 'scheme', value: (i) => rows[i]!.scheme } } : {},
    );
  const objects = rows.map(({ scheme, row }) => JSON.stringify(lead ? { scheme, ...row } : row));
  return objects.length === 0 ? '[]\n' : `[\n${objects.join(',\n')}\n]\n`;
}

export function registerEvaluateCommand(program: Command, io: CliIo): void {
  program
    .command('evaluate')
    .description(
      '亩均评价结果（不保存批次）：离线用方案文件与企业文件，或用库中某年数据 (evaluation rows, nothing stored: offline from files, or on the stored data of a year)',
    )
    .option('--scheme <file>', '评价方案 YAML/JSON 文件（离线）(scheme file, offline)')
    .option('--input <file>', '企业文件 CSV/xlsx 或 JSON（离线）(firm file, offline)')
    .option('--year <year>', '数据年份；无 --input 时评价库中数据 (data year; without --input: the stored data)')
    .option('--scheme-id <id>', '库中数据只用此方案（默认该年全部方案）(stored data: this scheme only)')
    .option('--group <id>', '只输出此评价组 (only this group)')
    .option('--format <format>', 'json 或 csv', 'json')
    .option('--out <file>', '写入文件而非标准输出 (write to a file instead of stdout)')
    .action(async (options: EvaluateOptions) => {
      if (options.format !== 'json' && options.format !== 'csv')
        throw invalid(`--format 应为 json 或 csv，实际为 "${options.format}" (--format must be json or csv)`);
      const offline = options.scheme !== undefined || options.input !== undefined;
      if (!offline && options.year === undefined)
        throw invalid(
          '请给出 --scheme 与 --input（离线），或 --year（库中数据）(give --scheme and --input, or --year for stored data)',
        );
      const runs = offline
        ? [await evaluateOffline(options, io)]
        : await withRuntime(({ database }) =>
            evaluateStoredData(database.db, { year: parseYear(options.year!), schemeId: options.schemeId }),
          );
      for (const run of runs) for (const issue of run.issues) io.err(`注意 (note): ${run.schemeId}: ${issue}`);
      const lead = !offline && options.schemeId === undefined;
      const rows = collectRows(runs, options.group);
      const text = render(rows, options.format, lead);
      if (options.out === undefined) {
        io.out(text);
        return;
      }
      const bom = options.format === 'csv' ? '\uFEFF' : '';
      try {
        writeFileSync(options.out, bom + text, 'utf8');
      } catch (error) {
        throw invalid(`无法写入 "${options.out}" (cannot write the file): ${(error as Error).message}`);
      }
      io.out(`已写入 ${options.out}：${rows.length} 家企业 (written: ${rows.length} enterprises)`);
    });
}
