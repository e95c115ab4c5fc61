/**
 * `observatory projects summary --year <y> [--month <m>] [--unit <id>] [--system <id>] [--format text|csv|json]`:
 * the year's projects as at month N (default the latest list month) by reporting unit, then by cluster and the
 * total — count, planned and completed investment, 完成率, 开工率, overdue and 技改 projects (docs/projects.md).
 * A human table by default; csv (UTF-8, one row per unit, cluster and the total) or json. The command line acts
 * city-wide, so it sees every project.
 */
import { formatMoneyText, formatPercentText } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import type { ProjectSummaryRow } from '../../services/projects/summary-row.ts';
import { summarizeProjectYear } from '../../services/projects/summarize-projects.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

function integerOption(name: string, text: string | undefined, low: number, high: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < low || value > high)
    throw new AppError(
      'validation_failed',
      `${name} 应为 ${low}–${high} 的整数，实际为 "${text}" (${name} must be an integer from ${low} to ${high})`,
    );
  return value;
}

const FORMATS = ['text', 'csv', 'json'] as const;
function formatOf(text: string): (typeof FORMATS)[number] {
  const format = FORMATS.find((candidate) => candidate === text);
  if (!format)
    throw new AppError('validation_failed', `--format 应为 text、csv 或 json (--format must be text, csv or json)`);
  return format;
}

const rate = (percent: number | null) => (percent === null ? '—' : formatPercentText(percent / 100));
const money = (yuan: number) => formatMoneyText(yuan, 'zh', 'hundred_million_yuan', 2);
const csvCell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

const COLUMNS = [
  '分组 (group)',
  '名称 (name)',
  '项目数',
  '计划总投资（元）',
  '年度计划投资（元）',
  '本年完成投资（元）',
  '累计完成投资（元）',
  '年度完成率（%）',
  '总投资完成率（%）',
  '开工率（%）',
  '应开工',
  '已开工',
  '逾期项目',
  '技改项目',
  '技改计划总投资（元）',
];

const csvRow = (group: string, name: string, row: ProjectSummaryRow) =>
  [
    group,
    name,
    row.projects,
    row.plannedTotalYuan,
    row.plannedAnnualYuan,
    row.yearCompletedYuan,
    row.completedYuan,
    row.annualCompletionRate,
    row.totalCompletionRate,
    row.startRate,
    row.dueProjects,
    row.startedProjects,
    row.overdueProjects,
    row.renovationProjects,
    row.renovationPlannedTotalYuan,
  ]
    .map(csvCell)
    .join(',');

const textRow = (name: string, row: ProjectSummaryRow) =>
  `${name.padEnd(12, '　')} ${String(row.projects).padStart(4)} 个  计划 ${money(row.plannedAnnualYuan).padStart(10)}` +
  `  完成 ${money(row.yearCompletedYuan).padStart(10)}  完成率 ${rate(row.annualCompletionRate).padStart(6)}` +
  `  开工率 ${rate(row.startRate).padStart(6)}  逾期 ${row.overdueProjects}  技改 ${row.renovationProjects}`;

export function registerProjectsCommands(program: Command, io: CliIo): void {
  const projects = program.command('projects').description('项目信息库 (projects and investment tracking)');
  projects
    .command('summary')
    .description('项目推进汇总：按县（市、区）和集群 (the year by unit and by cluster, as at a month)')
    .requiredOption('--year <year>', '年份 (year)')
    .option('--month <month>', '截至月份 1-12 (as at month; default the latest list month)')
    .option('--unit <id>', '报送单位代码 (one reporting unit)')
    .option('--system <id>', '集群体系 (cluster system)', 'wuda')
    .option('--format <format>', 'text、csv 或 json', 'text')
    .action(async (options: { year: string; month?: string; unit?: string; system: string; format: string }) => {
      const format = formatOf(options.format);
      const year = integerOption('--year', options.year, 1990, 2100)!;
      const month = integerOption('--month', options.month, 1, 12);
      await withRuntime(async ({ database }) => {
        const summary = await summarizeProjectYear(database.db, {
          year,
          month,
          unit: options.unit,
          systemId: options.system,
          scope: { kind: 'all' },
        });
        if (format === 'json') return io.out(JSON.stringify(summary));
        if (format === 'csv') {
          io.out(COLUMNS.map(csvCell).join(','));
          for (const row of summary.byUnit) io.out(csvRow('unit', row.unit.name.zh, row));
          for (const row of summary.byCluster) io.out(csvRow('cluster', row.cluster?.name.zh ?? '其他', row));
          io.out(csvRow('total', '合计', summary.total));
          return;
        }
        io.out(`${summary.year}年1-${summary.month}月重大工业项目推进情况（截至${summary.asOf}）`);
        io.out('按县（市、区） (by reporting unit)');
        for (const row of summary.byUnit) io.out(`  ${textRow(row.unit.name.zh, row)}`);
        io.out('按集群 (by cluster)');
        for (const row of summary.byCluster) io.out(`  ${textRow(row.cluster?.name.zh ?? '其他', row)}`);
        io.out(`  ${textRow('合计', summary.total)}`);
        if (summary.overdue.length > 0) io.out(`逾期项目 ${summary.overdue.length} 个 (overdue projects)`);
      });
    });
}
