/**
 * `observatory targets [--system wuda] [--year] [--format text|csv|json]`: every target of a system with its measured
 * value, where the figure comes from (统计/名录/人工/暂无), progress, the projection to the deadline, whether it is on
 * track, and the owner — the targets page in the terminal. Values in the target's canonical unit (元, 元/亩, ratio,
 * count) for csv and json; the text table formats them.
 */
import { formatMoneyText, formatPercentText } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { listSystemTargets } from '../../services/targets/list-system-targets.ts';
import type { CliIo } from '../cli-io.ts';
import { csvLine, tableFormat } from './register-output-format.ts';
import { withRuntime } from './with-runtime.ts';

const SOURCE_NAMES: Record<string, string> = {
  statistics: '统计',
  register: '名录',
  manual: '人工',
  unavailable: '暂无',
};

function figure(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === 'yuan') return formatMoneyText(value);
  if (unit === 'yuan/mu') return `${formatMoneyText(value)}/亩`;
  if (unit === 'yuan/person') return `${formatMoneyText(value)}/人`;
  if (unit === 'ratio') return formatPercentText(value);
  if (unit === 'count') return String(Math.round(value * 100) / 100);
  return `${value} ${unit}`;
}

const onTrackText = (onTrack: boolean | null) => (onTrack === null ? '—' : onTrack ? '可完成' : '需加快');

export function registerTargetsCommand(program: Command, io: CliIo): void {
  program
    .command('targets')
    .description('目标任务：实际值、来源、进度、预测与责任单位 (every target with value, source, progress, projection)')
    .option('--system <system>', '集群体系 (cluster system)', 'wuda')
    .option('--year <year>', '截至年份 (as of year; default the latest year with data)')
    .option('--format <format>', 'text、csv 或 json', 'text')
    .action(async (options: { system: string; year?: string; format: string }) => {
      const format = tableFormat(options.format);
      const year = options.year === undefined ? undefined : Number(options.year);
      if (year !== undefined && (!Number.isInteger(year) || year < 1990 || year > 2100))
        throw new AppError('validation_failed', `--year 应为年份，实际为 "${options.year}" (--year must be a year)`);
      await withRuntime(async ({ database }) => {
        const listed = await listSystemTargets(database.db, { systemId: options.system, year });
        if (format === 'json') return io.out(JSON.stringify(listed));
        if (format === 'csv') {
          const header = [
            '目标',
            '章节',
            '指标',
            '目标值',
            '单位',
            '实际年份',
            '实际值',
            '来源',
            '进度',
            '预测值',
            '可完成',
            '责任单位',
          ];
          const rows = listed.targets.map((t) => [
            t.targetId,
            t.section.name.zh,
            t.indicator,
            t.targetValue,
            t.unit,
            t.actualYear,
            t.actualValue,
            t.source,
            t.progress,
            t.projectedValue,
            t.onTrack === null ? '' : String(t.onTrack),
            t.owner,
          ]);
          io.out(`\uFEFF${[header, ...rows].map(csvLine).join('\n')}`);
          return;
        }
        io.out(`${listed.systemName.zh} 截至 ${listed.year} 年 (as of)`);
        let section = '';
        for (const t of listed.targets) {
          if (t.section.name.zh !== section) {
            section = t.section.name.zh;
            io.out(`【${section}】`);
          }
          const reason = t.unavailable ? `（${t.unavailable.zh}）` : '';
          io.out(
            `  ${t.name.zh}: ${figure(t.actualValue, t.unit)} / ${figure(t.targetValue, t.unit)} ` +
              `[${SOURCE_NAMES[t.source]}] 进度 ${t.progress === null ? '—' : formatPercentText(t.progress)}，` +
              `预测 ${figure(t.projectedValue, t.unit)}，${onTrackText(t.onTrack)}${reason}`,
          );
        }
      });
    });
}
