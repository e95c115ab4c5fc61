/**
 * Normalise: bring every indicator onto a common scale with `method` (default min-max onto [0, 100]), or
 * with a method of its own from `indicators` (iCode → method). Directions from META are applied unless
 * `useDirections: false`. Values that cannot be computed (a column with no spread, a maximum of 0) become
 * missing with a message naming the indicator.
 */
import { z } from 'zod';
import { compositeMessage, type CompositeMessage } from './composite-message.ts';
import { withColumns, type Dataset, type Value } from './dataset.ts';
import { frameworkNode } from './framework.ts';
import { normaliseMethodSchema, normaliseValues, type NormaliseMethod } from './normalise-method.ts';
import {
  checkIndicatorKeys,
  indicatorColumns,
  stepBaseShape,
  type StepContext,
  type StepOutput,
} from './step-context.ts';

export const normaliseStepSchema = z.strictObject({
  step: z.literal('normalise'),
  ...stepBaseShape,
  method: normaliseMethodSchema.default({ type: 'min-max', range: [0, 100] }),
  indicators: z.record(z.string(), normaliseMethodSchema).default({}),
  useDirections: z.boolean().default(true),
});
export type NormaliseStep = z.infer<typeof normaliseStepSchema>;

export interface NormaliseDetails {
  step: 'normalise';
  indicators: { iCode: string; method: NormaliseMethod; direction: 1 | -1 }[];
}

export function runNormaliseStep(
  data: Dataset,
  context: StepContext,
  step: NormaliseStep,
): StepOutput<NormaliseDetails> {
  checkIndicatorKeys(Object.keys(step.indicators), context.framework, 'indicators');
  const messages: CompositeMessage[] = [];
  const updates = new Map<string, Value[]>();
  const indicators: NormaliseDetails['indicators'] = [];
  for (const iCode of indicatorColumns(data, context.framework)) {
    const node = frameworkNode(context.framework, iCode);
    const method = (Object.hasOwn(step.indicators, iCode) ? step.indicators[iCode] : undefined) ?? step.method;
    const direction = step.useDirections ? node.direction : 1;
    const values = data.columns.get(iCode) ?? [];
    const normalised = normaliseValues(values, method, { ...node, direction, unitCodes: data.unitCodes });
    const lost = normalised.filter((value, index) => value === null && values[index] !== null).length;
    if (lost > 0)
      messages.push(
        compositeMessage(
          'warning',
          'not_computable',
          { iCode },
          `${lost} 个值无法按 ${method.type} 计算（如无离散度或最大值为 0），记为缺失`,
          `${lost} values cannot be computed with ${method.type} (e.g. no spread or a maximum of 0); they are missing`,
        ),
      );
    updates.set(iCode, normalised);
    indicators.push({ iCode, method, direction });
  }
  return { data: withColumns(data, updates), messages, details: { step: 'normalise', indicators } };
}
