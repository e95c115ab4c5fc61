/**
 * `observatory pools …`: the cultivation pools from the terminal. `screen --tier --year [--format csv|json]`
 * screens the year's enterprises against the tier's criteria (data/pools/criteria.yaml) and prints the candidates
 * with every condition's result and value (csv: one row per candidate); `summary --date [--format text|json]`
 * prints the entries in force by tier and reporting unit. The command line acts city-wide (cli-subject.ts).
 */
import { isIsoDate, POOL_TIER_NAMES, POOL_TIERS, type PoolTier } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { screenPoolCandidates, type PoolScreening } from '../../services/pools/screen-pool-candidates.ts';
import { summarisePools } from '../../services/pools/summarise-pools.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

const invalid = (message: string) => new AppError('validation_failed', message);

function tierOption(text: string): PoolTier {
  if (!(POOL_TIERS as readonly string[]).includes(text))
    throw invalid(`--tier 应为 ${POOL_TIERS.join('、')} 之一，实际为 "${text}" (--tier must be a pool tier)`);
  return text as PoolTier;
}

function yearOption(text: string): number {
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw invalid(`--year 应为 1990–2100 的年份，实际为 "${text}" (--year must be a year)`);
  return year;
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised. */
const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@]/u.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function screeningCsv(screening: PoolScreening): string {
  const conditions = screening.candidates[0]?.conditions.map((c) => c.id) ?? [];
  const header = [
    '统一社会信用代码',
    '企业名称',
    '报送单位',
    '结果',
    ...conditions.flatMap((id) => [`${id}（结果）`, `${id}（数值）`]),
  ];
  const rows = screening.candidates.map((candidate) => [
    candidate.uscc,
    candidate.name,
    candidate.reportingUnit,
    candidate.outcome,
    ...candidate.conditions.flatMap((c) => [c.reason === 'manual' ? 'manual_check' : c.outcome, c.value]),
  ]);
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

export function registerPoolsCommands(program: Command, io: CliIo): void {
  const pools = program.command('pools').description('企业培育库 (cultivation pools: screen, summary)');

  pools
    .command('screen')
    .description('按认定条件筛选候选企业 (screen the year’s enterprises against a tier’s criteria)')
    .requiredOption('--tier <tier>', `层级 (tier): ${POOL_TIERS.join(', ')}`)
    .requiredOption('--year <year>', '数据年份 (the year of the figures)')
    .option('--format <format>', 'csv 或 json', 'csv')
    .action(async (options: { tier: string; year: string; format: string }) => {
      if (options.format !== 'csv' && options.format !== 'json')
        throw invalid(`--format 应为 csv 或 json，实际为 "${options.format}" (--format must be csv or json)`);
      const tier = tierOption(options.tier);
      const year = yearOption(options.year);
      await withRuntime(async ({ database }) => {
        const screening = await screenPoolCandidates(database.db, { tier, year, scope: { kind: 'all' } });
        if (!screening.screenable)
          io.err(`注意 (note): ${POOL_TIER_NAMES[tier].zh} 没有可用数据核验的条件 (no measurable condition)`);
        io.out(options.format === 'json' ? JSON.stringify(screening) : screeningCsv(screening).trimEnd());
      });
    });

  pools
    .command('summary')
    .description('在库企业数（层级 × 报送单位）(entries in force on a date by tier and reporting unit)')
    .requiredOption('--date <date>', '日期 YYYY-MM-DD (date)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { date: string; format: string }) => {
      if (!isIsoDate(options.date))
        throw invalid(`--date 应为 YYYY-MM-DD 的有效日期，实际为 "${options.date}" (--date must be a real date)`);
      const format = parseFormat(options.format);
      await withRuntime(async ({ database }) => {
        const summary = await summarisePools(database.db, options.date);
        if (format === 'json') {
          io.out(JSON.stringify(summary));
          return;
        }
        io.out(`${options.date} 在库企业 (entries in force)`);
        for (const row of summary.tiers) {
          const units = Object.entries(row.byUnit)
            .map(([unit, count]) => `${unit} ${count}`)
            .join('，');
          io.out(
            `${POOL_TIER_NAMES[row.tier].zh}: ${row.total} 家，即将到期 ${row.expiring}` +
              (units ? `（${units}）` : ''),
          );
        }
      });
    });
}
