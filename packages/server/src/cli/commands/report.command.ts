/**
 * `observatory report bulletin --period 2024-10 --out FILE.xlsx|FILE.pdf|FILE.json`: the monthly cluster
 * bulletin (产业集群专刊) for an audience (public by default), in the format the file name says.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { bulletinFormatOfFile, produceBulletin } from '../../services/bulletin/produce-bulletin.ts';
import { parseAudience } from '../../services/disclosure/parse-audience.ts';
import { parsePeriod } from '../../services/statistics/statistics-query.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

export function registerReportCommands(program: Command, io: CliIo): void {
  const report = program.command('report').description('报告与专刊 (reports)');
  report
    .command('bulletin')
    .description('产业集群专刊：xlsx、pdf 或 json (the monthly cluster bulletin)')
    .requiredOption('--period <period>', '期别 YYYY-MM，即 1–N月 (period)')
    .requiredOption('--out <file>', '输出文件 .xlsx、.pdf 或 .json (output file; its extension sets the format)')
    .option('--system <ids>', '集群体系，逗号分隔；默认全部有数据的体系 (systems, comma-separated)')
    .option('--audience <audience>', '发布对象 public | unit:<id> | full (who receives it)', 'public')
    .option('--chromium <path>', 'Chromium 可执行文件 (Chromium for PDF)', '/usr/bin/chromium')
    .action(async (options: { period: string; out: string; system?: string; audience: string; chromium: string }) => {
      const { year, month } = parsePeriod(options.period);
      if (month === 0) throw new AppError('validation_failed', '专刊需要月度期别 YYYY-MM (the bulletin needs a month)');
      const format = bulletinFormatOfFile(options.out);
      const audience = parseAudience(options.audience);
      await withRuntime(async (runtime, config) => {
        const file = await produceBulletin(runtime.database.db, {
          year,
          month,
          format,
          systemIds: options.system?.split(',').map((id) => id.trim()),
          audience,
          rules: config.disclosureRules,
          chromiumPath: options.chromium,
        });
        writeFileSync(options.out, file.bytes);
        io.out(`已生成 (written): ${options.out} (${file.bytes.length} bytes)`);
      });
    });
}
