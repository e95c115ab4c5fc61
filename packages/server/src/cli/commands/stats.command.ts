/**
 * `observatory stats --system ID --period YYYY-MM --measure M`: a system's clusters for a period (1–N月) with
 * value, 上年同期, comparable growth, share, 拉动 and rank, after disclosure control for the audience (public by
 * default). `observatory official-rate set`: record the statistics bureau's real growth rate.
 */
import {
  chooseMoneyUnit,
  formatGrowthSigned,
  formatMoneyText,
  formatOptional,
  formatPercentText,
  formatPointsText,
  SUPPRESSED_MARK,
} from '@observatory/core';
import type { Command } from 'commander';
import { parseAudience } from '../../services/disclosure/parse-audience.ts';
import { discloseClusterStatistics } from '../../services/disclosure/disclose-cluster-statistics.ts';
import { recordOfficialGrowthRate } from '../../services/statistics/record-official-growth-rate.ts';
import { parsePeriod } from '../../services/statistics/statistics-query.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

export function registerStatsCommands(program: Command, io: CliIo): void {
  program
    .command('stats')
    .description('集群统计：1–N月累计、可比增速、占比、拉动、位次 (cluster statistics of a period)')
    .requiredOption('--system <id>', '集群体系 (cluster system), e.g. wuda')
    .requiredOption('--period <period>', '期别 YYYY-MM（1–N月累计）或 YYYY（年度）(period)')
    .option('--measure <code>', '指标 (measure)', 'industrial_output')
    .option('--unit <id>', '只统计一个县（市、区）(one reporting unit)')
    .option('--audience <audience>', '发布对象 public | unit:<id> | full (who receives the figures)', 'public')
    .option('--format <format>', 'json 或 text', 'text')
    .action(
      async (options: {
        system: string;
        period: string;
        measure: string;
        unit?: string;
        audience: string;
        format: string;
      }) => {
        const format = parseFormat(options.format);
        const { year, month } = parsePeriod(options.period);
        const audience = parseAudience(options.audience);
        await withRuntime(async (runtime, config) => {
          const rows = await discloseClusterStatistics(
            runtime.database.db,
            { systemId: options.system, measure: options.measure, year, month, reportingUnitId: options.unit },
            audience,
            config.disclosureRules,
          );
          if (format === 'json') {
            io.out(
              JSON.stringify(
                rows.map((row) => ({
                  cluster: row.cluster,
                  value: row.value,
                  base: row.base,
                  yoy: row.yoy,
                  share: row.share,
                  pull: row.pull,
                  rank: row.rank,
                  suppressed: row.suppressed,
                })),
              ),
            );
            return;
          }
          const unit = chooseMoneyUnit(rows.map((row) => row.value));
          io.out(`${options.system} ${options.measure} ${year}年${month === 0 ? '' : `1-${month}月`}`);
          for (const row of rows) {
            const indent = '  '.repeat(row.depth + 1);
            const figures = row.suppressed
              ? SUPPRESSED_MARK
              : [
                  formatOptional(row.value, (value) => formatMoneyText(value, 'zh', unit)),
                  formatOptional(row.yoy, formatGrowthSigned),
                  `占比 ${formatOptional(row.share, formatPercentText)}`,
                  `拉动 ${formatOptional(row.pull, (points) => formatPointsText(points))}`,
                  `第${row.rank ?? '—'}位`,
                ].join('  ');
            io.out(`${indent}${row.name.zh}: ${figures}`);
          }
        });
      },
    );

  const official = program.command('official-rate').description('官方增速（统计局可比价增速）(official growth rates)');
  official
    .command('set')
    .description('记录一项官方增速 (record an official growth rate)')
    .requiredOption('--measure <code>', '指标 (measure), e.g. value_added')
    .requiredOption('--period <period>', '期别 YYYY-MM (period)')
    .requiredOption('--rate <percent>', '增速，百分数，如 7.1 (growth in percent)')
    .requiredOption('--source <text>', '来源 (source), e.g. 市统计局')
    .option('--scope <scope>', '范围 city 或集群代码 (city or a cluster id)', 'city')
    .action(async (options: { measure: string; period: string; rate: string; source: string; scope: string }) => {
      const { year, month } = parsePeriod(options.period);
      await withRuntime(async (runtime) => {
        await recordOfficialGrowthRate(runtime.database.db, {
          measure: options.measure,
          scope: options.scope,
          year,
          month,
          ratePercent: options.rate,
          source: options.source,
          recordedBy: 'cli',
        });
        io.out(`已记录 (recorded): ${options.measure} ${options.scope} ${options.period} ${options.rate}%`);
      });
    });
}
