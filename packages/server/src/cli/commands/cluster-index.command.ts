/**
 * `observatory index cluster --period 2024 [--definition ID[@VERSION]] [--format json|text]`: the cluster
 * development index of a period on the stored data (scores, dimension scores and ranks per cluster), and
 * `observatory index series --from 2021 --to 2024`: its fixed-base series (base year = 100) per cluster, for the
 * system and the city. Both record the result with its digests and name the definition version used.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { computeClusterIndex, type ClusterIndexResult } from '../../services/cluster-index/compute-cluster-index.ts';
import { computeIndexSeries, type IndexSeriesResult } from '../../services/cluster-index/compute-index-series.ts';
import { parsePeriod } from '../../services/statistics/statistics-query.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

const cliActor = () => `cli:${userInfo().username}`;
const fixed = (value: number | null, digits = 1) => (value === null ? '—' : value.toFixed(digits));

function parseYear(text: string, option: string): number {
  if (!/^\d{4}$/.test(text.trim()))
    throw new AppError('validation_failed', `${option} 应为四位年份 (${option} must be a year YYYY)`);
  return Number(text);
}

function printRanking(result: ClusterIndexResult, io: CliIo): void {
  const { definition } = result;
  io.out(`${definition.name.zh} ${definition.id}@${definition.version} · ${definition.system} · ${result.period}`);
  const dimensions = result.clusters[0]?.dimensions.map((dimension) => dimension.id) ?? [];
  io.out(['位次 rank', '集群 cluster', '指数 index', ...dimensions].join('\t'));
  for (const row of result.clusters)
    io.out(
      [
        row.rank ?? '—',
        row.name.zh,
        fixed(row.index),
        ...row.dimensions.map((dimension) => fixed(dimension.score)),
      ].join('\t'),
    );
  for (const message of result.messages.filter((entry) => entry.severity === 'info' || entry.stage === 'Data'))
    io.out(`  [${message.stage}] ${message.message}`);
  io.out(
    `定义摘要 definition ${definition.digest.slice(0, 12)} · 输入 input ${result.inputDigest.slice(0, 12)} · 结果 result ${result.digest.slice(0, 12)}`,
  );
}

function printSeries(result: IndexSeriesResult, io: CliIo): void {
  const { definition } = result;
  io.out(
    `${definition.name.zh} ${definition.id}@${definition.version} · 定基 ${result.baseYear} = 100 · ${result.period}`,
  );
  const names = new Map(result.clusters.map((cluster) => [cluster.id, cluster.name.zh]));
  const years = result.units[0]?.points.map((point) => point.year) ?? [];
  io.out(['单位 unit', ...years].join('\t'));
  for (const unit of result.units) {
    const label =
      unit.kind === 'cluster'
        ? (names.get(unit.unit) ?? unit.unit)
        : unit.kind === 'system'
          ? '体系合计 system'
          : '全市规上 city';
    io.out([label, ...unit.points.map((point) => fixed(point.index))].join('\t'));
  }
  io.out(
    `定义摘要 definition ${definition.digest.slice(0, 12)} · 输入 input ${result.inputDigest.slice(0, 12)} · 结果 result ${result.digest.slice(0, 12)}`,
  );
}

/** Adds `cluster` and `series` to the `index` command (created by index.command.ts). */
export function addClusterIndexCommands(program: Command, io: CliIo): void {
  const index = program.commands.find((command) => command.name() === 'index') ?? program.command('index');
  index
    .command('cluster')
    .description('产业集群发展指数：各集群得分、维度得分与位次 (the cluster development index of a period)')
    .requiredOption('--period <period>', '期别 YYYY（年度）或 YYYY-MM（1–N月）(period)')
    .option('--definition <id>', '指数定义 ID 或 ID@版本 (index definition)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { period: string; definition?: string; format: string }) => {
      const format = parseFormat(options.format);
      const period = parsePeriod(options.period);
      await withRuntime(async (runtime) => {
        const result = await computeClusterIndex(runtime.database.db, {
          period,
          definition: options.definition,
          computedBy: cliActor(),
        });
        if (format === 'json') io.out(JSON.stringify(result, null, 2));
        else printRanking(result, io);
      });
    });
  index
    .command('series')
    .description('产业集群发展指数定基序列（基期 = 100）(the fixed-base series of the cluster index)')
    .requiredOption('--from <year>', '起始年 (first year)')
    .requiredOption('--to <year>', '结束年 (last year)')
    .option('--definition <id>', '指数定义 ID 或 ID@版本 (index definition)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { from: string; to: string; definition?: string; format: string }) => {
      const format = parseFormat(options.format);
      const from = parseYear(options.from, '--from');
      const to = parseYear(options.to, '--to');
      await withRuntime(async (runtime) => {
        const result = await computeIndexSeries(runtime.database.db, {
          from,
          to,
          definition: options.definition,
          computedBy: cliActor(),
        });
        if (format === 'json') io.out(JSON.stringify(result, null, 2));
        else printSeries(result, io);
      });
    });
}
