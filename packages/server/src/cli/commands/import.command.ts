/**
 * `observatory import FILE`: imports a department file (a progress bar on a terminal), prints the result as
 * text or JSON, exits 0 for committed or duplicate, 1 for rejected. `import history`, `import show`,
 * `import rollback` and `import report` look after what was imported.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { buildIssueReport } from '../../services/intake/build-issue-report.ts';
import { getImportBatch, listImportBatches } from '../../services/intake/import-history.ts';
import { importFile } from '../../services/intake/import-file.ts';
import type { ImportResult } from '../../services/intake/import-result.ts';
import { rollbackImport } from '../../services/intake/rollback-import.ts';
import { CliExit, parseFormat, type CliIo } from '../cli-io.ts';
import { progressBar, progressLines } from '../progress-bar.ts';
import { refreshAfterImport } from '../../services/statistics/refresh-after-import.ts';
import { refreshAllStatistics } from '../../services/statistics/refresh-statistics.ts';
import { withRuntime } from './with-runtime.ts';

const cliActor = () => `cli:${userInfo().username}`;

function parsePeriod(text: string | undefined) {
  if (text === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  const month = match?.[2] === undefined ? 0 : Number(match[2]);
  if (!match || month > 12 || (match[2] !== undefined && month < 1)) {
    throw new AppError(
      'validation_failed',
      `--period 应为 YYYY-MM 或 YYYY，实际为 "${text}" (--period must be YYYY-MM or YYYY)`,
    );
  }
  return { year: Number(match[1]), month };
}

function printResult(result: ImportResult, io: CliIo): void {
  const period = result.period
    ? `${result.period.year}${result.period.month ? `-${String(result.period.month).padStart(2, '0')}` : '年'}`
    : '—';
  const label = {
    committed: '已导入 committed',
    duplicate: '重复文件，未改动 duplicate',
    rejected: '已拒绝 rejected',
    dry_run: '试运行通过 dry run',
  }[result.status];
  io.out(`${label}: 批次 ${result.batchId ?? '—'}，来源 ${result.source ?? '—'}，报告期 ${period}`);
  io.out(
    `行 rows: 共 ${result.rows.total}，接收 ${result.rows.accepted}，拒绝 ${result.rows.rejected}；新登记企业 ${result.enterprisesCreated}`,
  );
  if (result.supersedes !== null)
    io.out(`替代批次 supersedes batch ${result.supersedes}（版本 revision ${result.revision}）`);
  for (const issue of result.issues.slice(0, 50))
    io.out(`  [${issue.severity === 'error' ? '错误' : '警告'}] ${issue.message}`);
  if (result.issues.length > 50)
    io.out(`  … 另有 ${result.issues.length - 50} 条 (more issues: use --format json or import report)`);
}

export function registerImportCommands(program: Command, io: CliIo): void {
  const command = program
    .command('import')
    .description('导入部门数据文件 (import a department file: xlsx, xls, csv)')
    .argument('<file>', '文件路径 (file path)')
    .option('--source <id>', '数据来源，如 stats-monthly (source profile; detected when absent)')
    .option('--period <YYYY-MM>', '报告期 (reporting period; from the title when absent)')
    .option('--dry-run', '只检查不保存 (check only, store nothing)', false)
    .option('--create-enterprises', '登记文件中未登记的企业 (register unknown enterprises the file names)', false)
    .option('--format <format>', 'json 或 text', 'text')
    .action(
      async (
        file: string,
        options: { source?: string; period?: string; dryRun: boolean; createEnterprises: boolean; format: string },
      ) => {
        const format = parseFormat(options.format);
        const period = parsePeriod(options.period);
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(file);
        } catch {
          throw new AppError('not_found', `无法读取文件 ${file} (cannot read the file)`);
        }
        const result = await withRuntime(async (runtime, config) => {
          const bar = config.progressLines
            ? progressLines(process.stderr)
            : process.stderr.isTTY
              ? progressBar(process.stderr)
              : null;
          try {
            const imported = await importFile(runtime.database, {
              bytes,
              fileName: basename(file),
              source: options.source,
              period,
              dryRun: options.dryRun,
              createEnterprises: options.createEnterprises,
              actor: cliActor(),
              onProgress: bar?.update,
            });
            await refreshAfterImport(runtime.database.db, imported);
            return imported;
          } finally {
            bar?.done();
          }
        });
        if (format === 'json') {
          io.out(
            JSON.stringify({
              batchId: result.batchId,
              status: result.status,
              source: result.source,
              period: result.period,
              revision: result.revision,
              supersedes: result.supersedes,
              rows: { accepted: result.rows.accepted, rejected: result.rows.rejected, total: result.rows.total },
              issues: result.issues,
            }),
          );
        } else printResult(result, io);
        if (result.status === 'rejected') throw new CliExit(1);
      },
    );

  command
    .command('history')
    .description('导入历史 (import history)')
    .option('--source <id>', '只看一个来源 (one source only)')
    .option('--limit <n>', '条数 (how many)', '50')
    .action(async (options: { source?: string; limit: string }) => {
      await withRuntime(async (runtime) => {
        const batches = await listImportBatches(runtime.database.db, {
          source: options.source,
          limit: Number(options.limit) || 50,
          offset: 0,
        });
        io.out(JSON.stringify(batches, null, 2));
      });
    });

  command
    .command('show')
    .description('一个批次及其问题和版本 (one batch with its issues and revisions)')
    .argument('<batch>', '批次号 (batch id)')
    .action(async (batch: string) => {
      await withRuntime(async (runtime) =>
        io.out(JSON.stringify(await getImportBatch(runtime.database.db, Number(batch)), null, 2)),
      );
    });

  command
    .command('rollback')
    .description('整批回退（新版本，不删除数据）(roll back a batch as a whole: a new revision, nothing deleted)')
    .argument('<batch>', '批次号 (batch id)')
    .requiredOption('--reason <text>', '回退原因 (why)')
    .action(async (batch: string, options: { reason: string }) => {
      await withRuntime(async (runtime) => {
        const result = await rollbackImport(runtime.database.db, {
          batchId: Number(batch),
          actor: cliActor(),
          reason: options.reason,
        });
        await refreshAllStatistics(runtime.database.db);
        io.out(JSON.stringify(result));
      });
    });

  command
    .command('report')
    .description('导出问题报告 xlsx（标出问题单元格）(write the issue report with the bad cells highlighted)')
    .argument('<batch>', '批次号 (batch id)')
    .requiredOption('--out <file>', '输出文件 (output .xlsx)')
    .action(async (batch: string, options: { out: string }) => {
      await withRuntime(async (runtime) => {
        const report = await buildIssueReport(runtime.database.db, Number(batch));
        writeFileSync(options.out, report.bytes);
        io.out(`已写出 ${options.out} (written)`);
      });
    });
}
