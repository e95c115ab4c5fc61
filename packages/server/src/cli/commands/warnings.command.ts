/**
 * `observatory warnings …`: early warnings from the terminal. `run [--period YYYY-MM]` loads the rule files
 * (by digest) and evaluates every enabled rule; `list` filters by status, severity, unit and rule; `ack ID --by`
 * and `close ID --by --note` move a warning along its lifecycle; `rules` prints the current rule set.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { acknowledgeWarning, closeWarning } from '../../services/warnings/change-warning-status.ts';
import { listWarningRules } from '../../services/warnings/list-warning-rules.ts';
import { listWarnings } from '../../services/warnings/list-warnings.ts';
import { loadWarningRules } from '../../services/warnings/load-warning-rules.ts';
import { runWarnings } from '../../services/warnings/run-warnings.ts';
import { parsePeriod } from '../../services/statistics/statistics-query.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { cliSubject } from '../cli-subject.ts';
import { withRuntime } from './with-runtime.ts';

const cliActor = () => `cli:${userInfo().username}`;
const formatOption = ['--format <format>', 'json 或 text', 'text'] as const;
const marks = { red: '红', orange: '橙', yellow: '黄' } as Record<string, string>;

function warningNumber(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError('validation_failed', `预警编号应为正整数，实际为 "${text}" (ID must be a positive integer)`);
  return id;
}

export function registerWarningsCommands(program: Command, io: CliIo): void {
  const warnings = program.command('warnings').description('预警 (early warnings: run, list, acknowledge, close)');
  const print = (format: string, value: unknown, text: () => string[]) => {
    if (parseFormat(format) === 'json') io.out(JSON.stringify(value));
    else for (const line of text()) io.out(line);
  };

  warnings
    .command('run')
    .description('运行预警规则 (evaluate every enabled rule; default the latest month with data)')
    .option('--period <YYYY-MM>', '报告期 (period)')
    .option(...formatOption)
    .action(async (options: { period?: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        await loadWarningRules(database.db, { loadedBy: cliActor() });
        const summary = await runWarnings(database.db, {
          period: options.period === undefined ? undefined : parsePeriod(options.period),
          actor: cliActor(),
        });
        print(options.format, summary, () => [
          summary.period === null
            ? '没有月度数据，未运行 (no monthly data yet: nothing evaluated)'
            : `预警 ${summary.period.year}年1-${summary.period.month}月: 新开 ${summary.opened}，升级 ${summary.raised}，持续 ${summary.seenAgain}，已消除 ${summary.cleared} (opened, raised, still holding, cleared)`,
          ...summary.rules.map((rule) =>
            rule.evaluable
              ? `  ${rule.ruleId}: ${rule.findings} 条 (findings)${rule.skipped > 0 ? `，${rule.skipped} 个对象缺数据 (subjects without data)` : ''}`
              : `  ${rule.ruleId}: 无法评估 (not evaluable) — ${rule.reason?.zh ?? ''}`,
          ),
        ]);
      });
    });

  warnings
    .command('list')
    .description('预警列表 (warnings, red first)')
    .option('--status <status>', 'open | acknowledged | closed')
    .option('--severity <severity>', 'red | orange | yellow')
    .option('--unit <id>', '报送单位 (reporting unit)')
    .option('--rule <id>', '规则 (rule id)')
    .option(...formatOption)
    .action(async (options: { status?: string; severity?: string; unit?: string; rule?: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const listed = await listWarnings(database.db, {
          status: options.status,
          severity: options.severity,
          reportingUnitId: options.unit,
          ruleId: options.rule,
          enterpriseScope: { kind: 'all' },
        });
        print(options.format, listed, () => [
          ...listed.warnings.map(
            (w) =>
              `#${w.id} [${marks[w.severity]}] ${w.subject.name.zh} ${w.period} ${w.message.zh} — ${w.status}${w.clearedAt ? '（已消除 cleared）' : ''} ${w.owner}`,
          ),
          listed.warnings.length === 0 ? '没有预警 (no warnings)' : `共 ${listed.warnings.length} 条 (warnings)`,
          ...(listed.lastRun?.action === 'run_failed'
            ? [`注意：上次预警运行失败 (the last warning run failed): ${String(listed.lastRun.details.error)}`]
            : []),
        ]);
      });
    });

  warnings
    .command('ack <id>')
    .description('确认预警 (acknowledge an open warning)')
    .requiredOption('--by <name>', '确认人 (who acknowledges)')
    .option(...formatOption)
    .action(async (id: string, options: { by: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const done = await acknowledgeWarning(database.db, {
          id: warningNumber(id),
          by: options.by,
          subject: cliSubject(),
        });
        print(options.format, done, () => [`预警 #${done.id} 已确认 (acknowledged) by ${done.acknowledgedBy}`]);
      });
    });

  warnings
    .command('close <id>')
    .description('关闭预警并说明处理情况 (close a warning with a note)')
    .requiredOption('--by <name>', '处理人 (who closes)')
    .requiredOption('--note <text>', '处理说明 (what was done)')
    .option(...formatOption)
    .action(async (id: string, options: { by: string; note: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const done = await closeWarning(database.db, {
          id: warningNumber(id),
          by: options.by,
          note: options.note,
          subject: cliSubject(),
        });
        print(options.format, done, () => [`预警 #${done.id} 已关闭 (closed) by ${done.closedBy}: ${done.closeNote}`]);
      });
    });

  warnings
    .command('rules')
    .description('载入并显示当前预警规则 (load the rule files by digest and show them)')
    .option(...formatOption)
    .action(async (options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        await loadWarningRules(database.db, { loadedBy: cliActor() });
        const set = await listWarningRules(database.db);
        print(options.format, set, () => [
          `规则集 (rule set) ${set.digest.slice(0, 12)} ${set.source}`,
          ...set.rules.map(
            (rule) => `  ${rule.enabled ? '✓' : '✗'} ${rule.id} ${rule.kind} ${rule.subject} ${rule.name.zh}`,
          ),
        ]);
      });
    });
}
