/**
 * `observatory evaluation export RUN --out FILE.xlsx [--version public|full]`: a run's list as an .xlsx — the
 * published list (公布名单, the default; only for a published run) or the full list for the bureau.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { exportEvaluationList, type EvaluationListVersion } from '../../services/evaluation/export-evaluation-list.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

function parseVersion(text: string): EvaluationListVersion {
  if (text !== 'public' && text !== 'full')
    throw new AppError(
      'validation_failed',
      `--version 应为 public 或 full，实际为 "${text}" (--version must be public or full)`,
    );
  return text;
}

export function registerEvaluationListCommand(
  evaluation: Command,
  io: CliIo,
  runNumber: (text: string) => number,
): void {
  evaluation
    .command('export <run>')
    .description('导出评价结果名单 xlsx：public 公布名单（已发布批次）或 full 完整清单 (the list of a run as xlsx)')
    .requiredOption('--out <file>', '输出文件 .xlsx (output file)')
    .option('--version <version>', 'public（公布名单，默认）或 full（完整清单）', 'public')
    .action(async (run: string, options: { out: string; version: string }) => {
      const version = parseVersion(options.version);
      if (!/\.xlsx$/i.test(options.out))
        throw new AppError('validation_failed', `输出文件应以 .xlsx 结尾 (--out must end in .xlsx): ${options.out}`);
      await withRuntime(async ({ database }) => {
        const file = await exportEvaluationList(database.db, runNumber(run), version);
        writeFileSync(options.out, file.bytes);
        io.out(`已生成 (written): ${options.out} (${version}, ${file.bytes.length} bytes)`);
      });
    });
}
