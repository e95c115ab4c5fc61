/**
 * Impute: fill missing indicator values. Methods: `mean` and `median` of the column, `group-mean` and
 * `group-median` within the units' group (a Group column of DATA named by `group`, as COINr's i_mean_grp
 * with use_group), `row-mean` and `row-median` from the unit's other indicators (within the groups of
 * indicators at framework `level`, or all indicators), scaled to [0, 1] first unless `normaliseFirst: false`.
 * Details list every filled cell; a message names each indicator that still has missing values.
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import { compositeMessage } from './composite-message.ts';
import { withColumns, type Dataset, type Value } from './dataset.ts';
import { ancestorAt, frameworkNode } from './framework.ts';
import { imputeColumn, imputeColumnByGroup, imputeRows, type ImputeStatistic } from './impute-values.ts';
import { indicatorColumns, stepBaseShape, unitInfo, type StepContext, type StepOutput } from './step-context.ts';

export const imputeMethods = ['mean', 'median', 'group-mean', 'group-median', 'row-mean', 'row-median'] as const;

export const imputeStepSchema = z
  .strictObject({
    step: z.literal('impute'),
    ...stepBaseShape,
    method: z.enum(imputeMethods).default('mean'),
    group: z.string().min(1).optional(),
    level: z.number().int().min(2).optional(),
    normaliseFirst: z.boolean().default(true),
  })
  .superRefine((step, context) => {
    if (step.method.startsWith('group-') && step.group === undefined)
      context.addIssue({ code: 'custom', path: ['group'], message: `${step.method} needs group (a Group column)` });
  });
export type ImputeStep = z.infer<typeof imputeStepSchema>;

export interface ImputeDetails {
  step: 'impute';
  imputed: { iCode: string; uCode: string; value: number }[];
}

function imputeByRow(data: Dataset, context: StepContext, step: ImputeStep, kind: ImputeStatistic) {
  const codes = indicatorColumns(data, context.framework);
  const sets = new Map<string, string[]>();
  for (const code of codes) {
    const key = step.level === undefined ? '' : ancestorAt(context.framework, code, step.level);
    sets.set(key, [...(sets.get(key) ?? []), code]);
  }
  const result = new Map<string, Value[]>();
  for (const set of sets.values()) {
    const columns = set.map((code) => data.columns.get(code) ?? []);
    const directions = set.map((code) => frameworkNode(context.framework, code).direction);
    imputeRows(columns, directions, kind, step.normaliseFirst).forEach((values, index) =>
      result.set(set[index] ?? '', values),
    );
  }
  return result;
}

function imputeByColumn(data: Dataset, context: StepContext, step: ImputeStep, kind: ImputeStatistic) {
  const group = step.group;
  const groups =
    group === undefined
      ? null
      : data.unitCodes.map((uCode) => {
          const unit = unitInfo(context, uCode);
          if (!unit.groups.has(group))
            throw new CompositeError(
              `数据中没有分组列 ${group}（需在指标元数据中以 Type Group 声明）(DATA has no group column ${group}; declare it in META with Type Group)`,
            );
          return unit.groups.get(group) ?? null;
        });
  const result = new Map<string, Value[]>();
  for (const code of indicatorColumns(data, context.framework)) {
    const values = data.columns.get(code) ?? [];
    result.set(code, groups === null ? imputeColumn(values, kind) : imputeColumnByGroup(values, groups, kind));
  }
  return result;
}

export function runImputeStep(data: Dataset, context: StepContext, step: ImputeStep): StepOutput<ImputeDetails> {
  const kind: ImputeStatistic = step.method.endsWith('median') ? 'median' : 'mean';
  const updates = step.method.startsWith('row-')
    ? imputeByRow(data, context, step, kind)
    : imputeByColumn(data, context, step, kind);
  const imputed: ImputeDetails['imputed'] = [];
  const messages = [];
  for (const [iCode, values] of updates) {
    const before = data.columns.get(iCode) ?? [];
    let stillMissing = 0;
    values.forEach((value, index) => {
      if (value === null) stillMissing++;
      else if (before[index] === null) imputed.push({ iCode, uCode: data.unitCodes[index] ?? '', value });
    });
    if (stillMissing > 0)
      messages.push(
        compositeMessage(
          'warning',
          'still_missing',
          { iCode },
          `插补后仍有 ${stillMissing} 个缺失值`,
          `${stillMissing} values are still missing after imputation`,
        ),
      );
  }
  return { data: withColumns(data, updates), messages, details: { step: 'impute', imputed } };
}
