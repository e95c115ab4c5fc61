/**
 * Aggregate: compute the framework's aggregates level by level, from the indicators up to the index, each
 * from its children with their META weights (or `weights` from the definition, iCode → weight). The method is
 * `method` (default weighted arithmetic mean), or the one given for the aggregate's level in `levels`
 * (2 … top) or for the aggregate itself in `groups`. `dataThreshold` (0–1) leaves an aggregate missing for a
 * unit with too few children present. The output keeps the indicators and adds every aggregate column.
 */
import { z } from 'zod';
import { aggregateGroup, aggregateMethodSchema, type AggregateMethod } from './aggregate-method.ts';
import { CompositeError } from './composite-error.ts';
import { compositeMessage, type CompositeMessage } from './composite-message.ts';
import { withColumns, type Dataset, type Value } from './dataset.ts';
import { childrenOf, frameworkNode, nodesAtLevel, type Framework } from './framework.ts';
import { stepBaseShape, type StepContext, type StepOutput } from './step-context.ts';

export const aggregateStepSchema = z.strictObject({
  step: z.literal('aggregate'),
  ...stepBaseShape,
  method: aggregateMethodSchema.default({ type: 'arithmetic-mean' }),
  levels: z.record(z.string().regex(/^\d+$/, 'levels are keyed by level number'), aggregateMethodSchema).default({}),
  groups: z.record(z.string(), aggregateMethodSchema).default({}),
  weights: z.record(z.string(), z.number().nonnegative()).default({}),
  dataThreshold: z.number().min(0).max(1).nullable().default(null),
});
export type AggregateStep = z.infer<typeof aggregateStepSchema>;

export interface AggregateDetails {
  step: 'aggregate';
  aggregates: {
    iCode: string;
    level: number;
    method: AggregateMethod;
    children: { iCode: string; weight: number }[];
  }[];
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

function checkKeys(step: AggregateStep, framework: Framework): void {
  const unknown = [
    ...Object.keys(step.levels).filter((level) => Number(level) < 2 || Number(level) > framework.maxLevel),
    ...Object.keys(step.groups).filter((code) => framework.byCode.get(code)?.kind !== 'aggregate'),
    ...Object.keys(step.weights).filter((code) => !framework.byCode.has(code)),
  ];
  if (unknown.length > 0)
    throw new CompositeError(
      `aggregate 步骤中的 ${unknown.join(', ')} 不是框架中的层级、汇总项或指标 (aggregate step: ${unknown.join(', ')} are not levels, aggregates or codes of the framework)`,
    );
}

export function runAggregateStep(
  data: Dataset,
  context: StepContext,
  step: AggregateStep,
): StepOutput<AggregateDetails> {
  const { framework } = context;
  checkKeys(step, framework);
  let current = data;
  const messages: CompositeMessage[] = [];
  const aggregates: AggregateDetails['aggregates'] = [];
  for (let level = 2; level <= framework.maxLevel; level++) {
    const updates = new Map<string, Value[]>();
    for (const node of nodesAtLevel(framework, level)) {
      const children = childrenOf(framework, node.code);
      const weights = children.map((code) => own(step.weights, code) ?? frameworkNode(framework, code).weight ?? 0);
      if (weights.every((weight) => weight === 0))
        throw new CompositeError(`${node.code}：下级权重全为 0 (${node.code}: all children have weight 0)`);
      const columns = children.map((code) => {
        const values = current.columns.get(code);
        if (values === undefined)
          throw new CompositeError(
            `${node.code}：数据集中没有下级列 ${code} (${node.code}: the data set has no column for child ${code})`,
          );
        return values;
      });
      const method = own(step.groups, node.code) ?? own(step.levels, String(level)) ?? step.method;
      const rows = current.unitCodes.map((_, unit) => columns.map((values) => values[unit] ?? null));
      const group = { aggregate: node.code, children, unitCodes: current.unitCodes, rows, weights };
      const values = aggregateGroup({ ...group, dataThreshold: step.dataThreshold }, method);
      const missing = values.filter((value) => value === null).length;
      if (missing > 0)
        messages.push(
          compositeMessage(
            'warning',
            'aggregate_missing',
            { iCode: node.code },
            `${missing} 个单位无法汇总（下级缺失或低于 dataThreshold）`,
            `${missing} units have no value (children missing or below dataThreshold)`,
          ),
        );
      updates.set(node.code, values);
      aggregates.push({
        iCode: node.code,
        level,
        method,
        children: children.map((code, index) => ({ iCode: code, weight: weights[index] ?? 0 })),
      });
    }
    current = withColumns(current, updates);
  }
  return { data: current, messages, details: { step: 'aggregate', aggregates } };
}
