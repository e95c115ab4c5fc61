/**
 * `observatory evaluation facts …`: evidence facts (证据事实) for the bonus, penalty and veto rules. `import FILE`
 * records a file of `uscc,year,tag,ref,count,date,source,note` all or nothing (the schemes are loaded first, so
 * their tags are known); `list [--year N] [--uscc X]` shows them, retracted ones marked; `retract ID --reason`.
 * The operator of the database acts city-wide (cli-subject.ts).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dataScope } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { importEvaluationFacts } from '../../services/evaluation/import-evaluation-facts.ts';
import { listEvaluationFacts } from '../../services/evaluation/list-evaluation-facts.ts';
import { loadEvaluationSchemes } from '../../services/evaluation/load-evaluation-schemes.ts';
import { retractEvaluationFact } from '../../services/evaluation/retract-evaluation-fact.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { cliSubject } from '../cli-subject.ts';
import { withRuntime } from './with-runtime.ts';

function factId(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError('validation_failed', `事实编号应为正整数，实际为 "${text}" (ID must be a positive integer)`);
  return id;
}

function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text))
    throw new AppError('validation_failed', `--year 应为四位年份，实际为 "${text}" (--year must be a year)`);
  return Number(text);
}

export function registerEvaluationFactCommands(evaluation: Command, io: CliIo, actor: () => string): void {
  const facts = evaluation.command('facts').description('证据事实：加分、减分、否决的依据 (evidence facts)');

  facts
    .command('import <file>')
    .description('从 CSV 或 xlsx 登记证据事实，全部成功或全部不登记 (record facts from a file, all or nothing)')
    .action(async (file: string) => {
      const bytes = new Uint8Array(readFileSync(file));
      await withRuntime(async ({ database }) => {
        await loadEvaluationSchemes(database.db, { loadedBy: actor() });
        const { recorded } = await importEvaluationFacts(database.db, {
          bytes,
          fileName: basename(file),
          recordedBy: actor(),
        });
        io.out(`已登记 ${recorded} 条证据事实 (recorded ${recorded} facts) from ${file}`);
      });
    });

  facts
    .command('list')
    .description('列出证据事实，含已撤销的 (list facts, retracted ones marked)')
    .option('--year <year>', '数据年度 (data year)')
    .option('--uscc <code>', '统一社会信用代码 (USCC)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { year?: string; uscc?: string; format: string }) => {
      const format = parseFormat(options.format);
      const year = yearOption(options.year);
      await withRuntime(async ({ database }) => {
        const rows = await listEvaluationFacts(database.db, {
          scope: dataScope(cliSubject(), 'enterprise.read'),
          year,
          uscc: options.uscc,
        });
        if (format === 'json') return io.out(JSON.stringify(rows));
        for (const f of rows)
          io.out(
            `${f.id} ${f.year} ${f.uscc} ${f.tag} ×${f.count} ${f.ref ?? '—'} ${f.date ?? '—'} ${f.source ?? ''}` +
              (f.retracted ? `  已撤销 (retracted) ${f.retractedBy}: ${f.retractReason}` : ''),
          );
      });
    });

  facts
    .command('retract <id>')
    .description('撤销一条证据事实，保留记录 (retract a fact; it stays as history)')
    .requiredOption('--reason <text>', '撤销理由 (reason)')
    .action(async (id: string, options: { reason: string }) => {
      await withRuntime(async ({ database }) => {
        await retractEvaluationFact(database.db, { id: factId(id), retractedBy: actor(), reason: options.reason });
        io.out(`已撤销证据事实 (retracted fact) ${id}`);
      });
    });
}
