/**
 * `observatory chains …`: industry chains from the terminal. `load [--dir]` loads the chain files by digest (a
 * changed file becomes the chain's next version); `list [--year]` shows every chain's links by strength; `show
 * <id> [--year]` shows one chain's links with strength, gap action, firms and output. The command line acts
 * city-wide (cli-subject.ts), so it sees every figure and member firm.
 */
import {
  CHAIN_STAGE_NAMES,
  formatMoneyText,
  formatPercentText,
  GAP_ACTION_NAMES,
  LINK_STRENGTH_NAMES,
} from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { getChain } from '../../services/chains/get-chain.ts';
import { listChains } from '../../services/chains/list-chains.ts';
import { loadChainDefinitions } from '../../services/chains/load-chain-definitions.ts';
import type { ChainOutputBasis } from '../../services/chains/read-chain-input.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { cliActorName } from '../cli-subject.ts';
import { withRuntime } from './with-runtime.ts';

const formatOption = ['--format <format>', 'json 或 text', 'text'] as const;

function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new AppError('validation_failed', `--year 应为 1990–2100 的年份，实际为 "${text}" (--year must be a year)`);
  return year;
}

const basisText = (year: number, basis: ChainOutputBasis) =>
  basis.kind === 'annual'
    ? `${year}年全年产值 (annual output)`
    : basis.kind === 'cumulative'
      ? `${year}年1-${basis.month}月累计产值 (cumulative output)`
      : `${year}年无产值数据 (no output stored)`;

export function registerChainsCommands(program: Command, io: CliIo): void {
  const chains = program.command('chains').description('产业链图谱 (industry chains: load, list, show)');
  const print = (format: string, value: unknown, text: () => string[]) => {
    if (parseFormat(format) === 'json') io.out(JSON.stringify(value));
    else for (const line of text()) io.out(line);
  };

  chains
    .command('load')
    .description('载入产业链文件，按摘要识别变化 (load the chain files; a changed file becomes a new version)')
    .option('--dir <directory>', '产业链文件目录 (chain files directory; default the shipped data/chains)')
    .option(...formatOption)
    .action(async (options: { dir?: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const outcomes = await loadChainDefinitions(database.db, { directory: options.dir, loadedBy: cliActorName() });
        print(options.format, outcomes, () =>
          outcomes.map((o) => `${o.id} 第 ${o.version} 版 (version) ${o.status} ${o.file} ${o.digest.slice(0, 12)}`),
        );
      });
    });

  chains
    .command('list')
    .description('产业链及强弱环节数 (the chains with their links by strength)')
    .option('--year <year>', '年份 (year; default the latest with enterprise data)')
    .option(...formatOption)
    .action(async (options: { year?: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const listed = await listChains(database.db, { year: yearOption(options.year) });
        print(options.format, listed, () => [
          basisText(listed.year, listed.basis),
          ...listed.chains.map(
            (chain) =>
              `${chain.id} ${chain.name.zh}: 强 ${chain.counts.strong} 弱 ${chain.counts.weak} 缺 ${chain.counts.missing}` +
              `，强环节占比 ${formatPercentText(chain.strongShare)}，在谈线索 ${chain.openLeads} (strong/weak/missing, open leads)`,
          ),
        ]);
      });
    });

  chains
    .command('show <id>')
    .description('产业链图谱：各环节强弱与补链方向 (one chain: links, strength, gap actions)')
    .option('--year <year>', '年份 (year; default the latest with enterprise data)')
    .option(...formatOption)
    .action(async (id: string, options: { year?: string; format: string }) => {
      await withRuntime(async ({ database }, config) => {
        const chain = await getChain(database.db, {
          chainId: id,
          year: yearOption(options.year),
          audience: { kind: 'full' },
          rules: config.disclosureRules,
          memberScope: { kind: 'all' },
        });
        print(options.format, chain, () => [
          `${chain.name.zh} (${chain.name.en}) 第 ${chain.version} 版 — ${basisText(chain.year, chain.basis)}`,
          ...chain.links.map(
            (link) =>
              `  [${CHAIN_STAGE_NAMES[link.stage].zh}] ${link.name.zh}: ${LINK_STRENGTH_NAMES[link.strength].zh}，` +
              `${link.firms} 家，产值 ${link.outputYuan === null || link.firms === 0 ? '—' : formatMoneyText(link.outputYuan)}` +
              (link.action ? `，${GAP_ACTION_NAMES[link.action].zh}` : ''),
          ),
        ]);
      });
    });
}
