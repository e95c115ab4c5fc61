/**
 * `observatory audit verify|export`: the auditor's tools. `verify` walks the hash chain and exits 1 naming the
 * first entry that does not fit; `export` writes the log (or a time window of it) as CSV.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { exportAuditLog } from '../../services/access/export-audit-log.ts';
import { verifyAuditLog } from '../../services/access/verify-audit-log.ts';
import { CliExit, parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

function parseInstant(text: string | undefined, option: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new AppError('validation_failed', `${option} 不是有效时间 "${text}" (${option} is not a valid date/time)`);
  return date;
}

export function registerAuditCommands(program: Command, io: CliIo): void {
  const audit = program.command('audit').description('审计日志 (audit log)');

  audit
    .command('verify')
    .description('校验审计日志哈希链 (verify the audit log hash chain)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { format: string }) => {
      const format = parseFormat(options.format);
      const check = await withRuntime(({ database }) => verifyAuditLog(database.db));
      if (format === 'json') io.out(JSON.stringify(check));
      else if (check.intact)
        io.out(`审计日志完整，共 ${check.entries} 条 (audit log intact, ${check.entries} entries)`);
      else
        io.out(
          `审计日志被篡改：第 ${check.firstBadSequence} 条起不一致 (${check.problem}) (audit log tampered from entry ${check.firstBadSequence})`,
        );
      if (!check.intact) throw new CliExit(1);
    });

  audit
    .command('export')
    .description('导出审计日志为 CSV (export the audit log as CSV)')
    .requiredOption('--out <file>', '输出文件 (output file)')
    .option('--from <time>', '起始时间 (from, ISO 8601)')
    .option('--to <time>', '截止时间，不含 (to, exclusive)')
    .action(async (options: { out: string; from?: string; to?: string }) => {
      const from = parseInstant(options.from, '--from');
      const to = parseInstant(options.to, '--to');
      const { csv, entries } = await withRuntime(({ database }) =>
        exportAuditLog(database.db, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
      );
      await writeFile(options.out, csv);
      io.out(`已导出 ${entries} 条到 ${options.out} (exported ${entries} entries)`);
    });
}
