/**
 * `observatory evaluation …`: 亩均论英雄 evaluations from the terminal. `schemes` loads the shipped schemes (by
 * digest) and lists them; `run --scheme ID` starts a draft on the stored data of the scheme's year; `show`,
 * `verify`, `submit`, `publish --approver NAME`, `explain --uscc`, `ledger` and `candidates` follow the run;
 * `export RUN --out FILE.xlsx` writes its list (evaluation-list.command.ts) and `facts import|list|retract` keeps
 * the evidence facts (evaluation-facts.command.ts). The acting person is `cli:<os user>`; the operator of the
 * database acts city-wide (cli-subject.ts).
 */
import { dataScope } from '@observatory/core';
import type { Command } from 'commander';
import { AppError } from '../../app-error.ts';
import { buildEvaluationLedger } from '../../services/evaluation/build-evaluation-ledger.ts';
import { explainEvaluationResult } from '../../services/evaluation/explain-evaluation-result.ts';
import { findEvaluationCandidates } from '../../services/evaluation/find-evaluation-candidates.ts';
import { getEvaluationRun } from '../../services/evaluation/get-evaluation-run.ts';
import { listEvaluationSchemes } from '../../services/evaluation/list-evaluation-schemes.ts';
import { loadEvaluationSchemes } from '../../services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../services/evaluation/publish-evaluation-run.ts';
import { startEvaluationRun } from '../../services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../services/evaluation/submit-evaluation-run.ts';
import { verifyEvaluationRun } from '../../services/evaluation/verify-evaluation-run.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { cliActorName, cliSubject } from '../cli-subject.ts';
import { registerEvaluationFactCommands } from './evaluation-facts.command.ts';
import { registerEvaluationListCommand } from './evaluation-list.command.ts';
import { withRuntime } from './with-runtime.ts';

const cliActor = cliActorName;
/** Whoever runs the command holds the database itself and acts city-wide (cli-subject.ts): every row. */
const operatorScope = dataScope(cliSubject(), 'evaluation.read');

function runNumber(text: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError(
      'validation_failed',
      `评价批次编号应为正整数，实际为 "${text}" (RUN must be a positive integer)`,
    );
  return id;
}

const formatOption = ['--format <format>', 'json 或 text', 'text'] as const;

export function registerEvaluationCommands(program: Command, io: CliIo): void {
  const evaluation = program.command('evaluation').description('亩均论英雄 综合评价 (per-mu enterprise evaluation)');
  const print = (format: string, value: unknown, text: () => string[]) => {
    if (parseFormat(format) === 'json') io.out(JSON.stringify(value));
    else for (const line of text()) io.out(line);
  };

  evaluation
    .command('schemes')
    .description('载入随产品提供的评价方案并列出 (load the shipped schemes by digest and list them)')
    .option(...formatOption)
    .action(async (options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        await loadEvaluationSchemes(database.db, { loadedBy: cliActor() });
        const schemes = await listEvaluationSchemes(database.db);
        print(options.format, schemes, () =>
          schemes.map((s) => `${s.id}@${s.version}  ${s.year}年  ${s.name.zh}  ${s.digest.slice(0, 12)}`),
        );
      });
    });

  evaluation
    .command('run')
    .description('开始一次评价（草稿）(start a draft run of a scheme on the stored data)')
    .requiredOption('--scheme <id>', '评价方案 (scheme id)')
    .option('--version <n>', '方案版本，默认最新 (scheme version; latest by default)')
    .option(...formatOption)
    .action(async (options: { scheme: string; version?: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        await loadEvaluationSchemes(database.db, { loadedBy: cliActor() });
        const { runId, run } = await startEvaluationRun(database.db, {
          schemeId: options.scheme,
          schemeVersion: options.version === undefined ? undefined : runNumber(options.version),
          createdBy: cliActor(),
        });
        const counts = run.groups.map((g) => `${g.groupId}: ${JSON.stringify(g.classCounts)}`);
        print(
          options.format,
          { runId, digest: run.digest, enterprises: run.results.length, issues: run.issues },
          () => [
            `评价批次 ${runId} (run ${runId}): ${run.schemeId}@${run.schemeVersion} ${run.year}年, ${run.results.length} 家企业`,
            `digest ${run.digest}`,
            ...counts,
            ...run.issues.map((issue) => `注意 (note): ${issue}`),
          ],
        );
      });
    });

  evaluation
    .command('show <run>')
    .description('显示评价结果 (show a run with every enterprise)')
    .option(...formatOption)
    .action(async (run: string, options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        const shown = await getEvaluationRun(database.db, runNumber(run), operatorScope);
        print(options.format, shown, () => [
          `评价批次 ${shown.id} ${shown.schemeId}@${shown.schemeVersion} ${shown.year}年 状态 ${shown.status}`,
          ...shown.results.map(
            (r) =>
              `${r.uscc} ${r.name ?? ''} ${r.groupId ?? '—'} ${r.total ?? '—'} 第${r.rank ?? '—'}名 初评 ${r.initialClass ?? '—'} 调档后 ${r.finalClass ?? '—'}${r.reason ? ` (${r.reason.zh})` : ''}`,
          ),
        ]);
      });
    });

  evaluation
    .command('verify <run>')
    .description('重新计算并核对摘要 (recompute from the stored scheme and input)')
    .option(...formatOption)
    .action(async (run: string, options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        const report = await verifyEvaluationRun(database.db, runNumber(run));
        print(options.format, report, () => [
          `完整 (intact): ${report.intact}  可复算 (reproducible): ${report.reproducible}`,
          `数据已变化 (store changed since): ${report.inputChangedSince}`,
        ]);
        if (!report.intact || !report.reproducible)
          throw new AppError('conflict', `评价批次 ${run} 校验未通过 (run ${run} fails verification)`);
      });
    });

  evaluation
    .command('submit <run>')
    .description('提交审核 (submit a draft for review)')
    .action(async (run: string) => {
      await withRuntime(async ({ database }) => {
        await submitEvaluationRun(database.db, { runId: runNumber(run), submittedBy: cliActor() });
        io.out(`已提交审核 (submitted for review): ${run}`);
      });
    });

  evaluation
    .command('publish <run>')
    .description('发布（批准人不能是提交人）(publish; the approver must not be the submitter)')
    .requiredOption('--approver <name>', '批准人 (approver)')
    .option('--appeal-days <n>', '申诉期天数 (days of the appeal window)', '15')
    .action(async (run: string, options: { approver: string; appealDays: string }) => {
      await withRuntime(async ({ database }) => {
        const { appealDeadline } = await publishEvaluationRun(database.db, {
          runId: runNumber(run),
          approvedBy: options.approver,
          appealDays: Number(options.appealDays),
        });
        io.out(`已发布 (published): ${run}，申诉截止 (appeals until) ${appealDeadline.toISOString()}`);
      });
    });

  evaluation
    .command('explain <run>')
    .description('一家企业的评价说明 (one enterprise’s result explained)')
    .requiredOption('--uscc <code>', '统一社会信用代码 (USCC)')
    .option(...formatOption)
    .action(async (run: string, options: { uscc: string; format: string }) => {
      await withRuntime(async ({ database }) => {
        const shown = await explainEvaluationResult(database.db, runNumber(run), options.uscc, operatorScope);
        const e = shown.explanation;
        print(options.format, shown, () => [
          `${shown.uscc} ${e.result.name}: 得分 ${e.result.total ?? '—'} 初评 ${shown.initialClass ?? '—'} 调档后 ${shown.finalClass ?? '—'}`,
          ...e.indicators.map(
            (i) =>
              `  ${i.name.zh}: ${i.value ?? '—'} ${i.unitLabel}  基准 ${i.baseline ?? '—'}  得分 ${i.score ?? '—'}/${i.effectiveWeight}`,
          ),
          ...(e.nextClass
            ? [`  升至 ${e.nextClass.className.zh} 需总分 ${e.nextClass.requiredTotal}（差 ${e.nextClass.gap}）`]
            : []),
        ]);
      });
    });

  evaluation
    .command('ledger <run>')
    .description('差别化政策台账与全市合计 (the policy ledger and city totals)')
    .option(...formatOption)
    .action(async (run: string, options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        const ledger = await buildEvaluationLedger(database.db, runNumber(run));
        print(options.format, ledger, () => [
          ...ledger.entries.map(
            (e) => `${e.uscc} ${e.name} ${e.classId} ${e.leverName.zh} ${e.amount ?? '—'} ${e.unit ?? ''}`,
          ),
          ...ledger.totals.map(
            (t) => `合计 (total) ${t.kind} ${t.direction}: ${t.amount} ${t.unit ?? ''}，${t.enterprises} 家企业`,
          ),
        ]);
      });
    });

  evaluation
    .command('candidates [run]')
    .description('整治对象候选，默认最新发布的批次 (rectification candidates; the latest published run by default)')
    .option(...formatOption)
    .action(async (run: string | undefined, options: { format: string }) => {
      await withRuntime(async ({ database }) => {
        const found = await findEvaluationCandidates(database.db, run === undefined ? undefined : runNumber(run));
        print(options.format, found, () =>
          found.candidates.map(
            (c) => `${c.uscc} ${c.name} ${c.classId ?? '—'}: ${c.reasons.map((r) => r.text.zh).join('；')}`,
          ),
        );
      });
    });

  registerEvaluationListCommand(evaluation, io, runNumber);
  registerEvaluationFactCommands(evaluation, io, cliActor);
}
