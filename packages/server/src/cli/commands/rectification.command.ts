/**
 * `observatory rectification …`: the rectification register (高耗低效企业整治) from the terminal.
 * `bulletin --year --month [--out FILE.xlsx]` prints the monthly 通报 by unit (cases, by status, overdue, 亩 and
 * 吨标煤 freed, closure rate) or writes it as an .xlsx; `candidates --year` lists the firms the year's published
 * evaluation and the data rules find, with the case already opened for each; `import <file> --year [--as-of]`
 * stores a county's 整治清单 (all rows or none, problems by row and column). The command line acts city-wide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatPercentText, RECTIFICATION_STATUS_NAMES } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { buildRectificationBulletin } from '../../services/rectification/build-rectification-bulletin.ts';
import { findRectificationCandidates } from '../../services/rectification/find-rectification-candidates.ts';
import { importRectificationList } from '../../services/rectification/import-rectification-list.ts';
import { renderRectificationBulletinXlsx } from '../../services/rectification/render-rectification-bulletin-xlsx.ts';
import { cliActorName, cliSubject } from '../cli-subject.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

const formatOption = ['--format <format>', 'json 或 text', 'text'] as const;

function integerOption(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new AppError(
      'validation_failed',
      `${name} 应为 ${min}–${max}，实际为 "${text}" (${name} must be ${min}–${max})`,
    );
  return value;
}

const rateText = (rate: number | null) => (rate === null ? '—' : formatPercentText(rate));

export function registerRectificationCommands(program: Command, io: CliIo): void {
  const rectification = program
    .command('rectification')
    .description('高耗低效企业整治 (rectification register: bulletin, candidates)');

  rectification
    .command('bulletin')
    .description('整治工作月度通报 (the monthly bulletin by unit)')
    .requiredOption('--year <year>', '年度 (year)')
    .requiredOption('--month <month>', '月份 1–12 (month)')
    .option('--out <file>', '写出 .xlsx 文件 (write the bulletin as an .xlsx)')
    .option(...formatOption)
    .action(async (options: { year: string; month: string; out?: string; format: string }) => {
      const year = integerOption(options.year, '--year', 1990, 2100);
      const month = integerOption(options.month, '--month', 1, 12);
      if (options.out !== undefined && !options.out.toLowerCase().endsWith('.xlsx'))
        throw new AppError(
          'validation_failed',
          `--out 应为 .xlsx 文件 (--out must name an .xlsx file): ${options.out}`,
        );
      await withRuntime(async ({ database }) => {
        const bulletin = await buildRectificationBulletin(database.db, { year, month, scope: { kind: 'all' } });
        if (options.out !== undefined) {
          writeFileSync(options.out, await renderRectificationBulletinXlsx(bulletin));
          io.out(`已写出 ${options.out} (written)`);
          return;
        }
        if (parseFormat(options.format) === 'json') {
          io.out(JSON.stringify(bulletin));
          return;
        }
        io.out(`${year}年1-${month}月高耗低效企业整治工作进展通报（截至 ${bulletin.asOf}）`);
        for (const row of [
          ...bulletin.units.map((u) => ({ ...u, label: u.name.zh })),
          { ...bulletin.city!, label: '全市合计' },
        ])
          io.out(
            `${row.label}: ${row.cases} 件，${RECTIFICATION_STATUS_NAMES.closed.zh} ${row.byStatus.closed}，逾期 ${row.overdue}，` +
              `腾出用地 ${row.landFreedMu} 亩，腾出用能 ${row.energyFreedTce} 吨标煤，销号率 ${rateText(row.closureRate)}`,
          );
      });
    });

  rectification
    .command('candidates')
    .description('整治候选企业 (candidates: the published evaluation’s and the data rules’)')
    .requiredOption('--year <year>', '年度 (year)')
    .option(...formatOption)
    .action(async (options: { year: string; format: string }) => {
      const year = integerOption(options.year, '--year', 1990, 2100);
      await withRuntime(async ({ database }) => {
        const found = await findRectificationCandidates(database.db, { year, scope: { kind: 'all' } });
        if (parseFormat(options.format) === 'json') {
          io.out(JSON.stringify(found));
          return;
        }
        io.out(
          `${year}年整治候选 ${found.candidates.length} 家` +
            (found.runId === null ? '（无已发布的亩均评价）' : `（亩均评价批次 #${found.runId}）`),
        );
        for (const row of found.candidates) {
          const reasons = [
            ...(row.evaluation ?? []).map((reason) => reason.text.zh),
            ...row.dataRules.map((finding) => finding.text.zh),
          ];
          io.out(
            `${row.uscc} ${row.name} ${row.reportingUnitId}: ${[...new Set(reasons)].join('；')}` +
              (row.caseId === null ? '' : ` [已立案 #${row.caseId}]`),
          );
        }
      });
    });

  rectification
    .command('import <file>')
    .description('导入整治清单（CSV 或 xlsx）(import a rectification list)')
    .requiredOption('--year <year>', '整治年度 (year of the list)')
    .option('--as-of <date>', '清单所报日期 YYYY-MM-DD (the day the list reports; default today)')
    .action(async (file: string, options: { year: string; asOf?: string }) => {
      const year = integerOption(options.year, '--year', 1990, 2100);
      await withRuntime(async ({ database }) => {
        const imported = await importRectificationList(database.db, {
          bytes: readFileSync(file),
          fileName: basename(file),
          year,
          asOf: options.asOf,
          by: cliActorName(),
          subject: cliSubject(),
        });
        io.out(`已导入 ${imported.cases} 件整治案件 (cases imported): ${imported.fileName}`);
      });
    });
}
