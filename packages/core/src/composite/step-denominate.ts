/**
 * Denominate: divide indicators by a unit attribute (GDP, population, area…) to make units of different size
 * comparable. Each indicator's denominator comes from its META Denominator, or from `denominators` in the
 * definition (a code, or null to leave the indicator as it is). A missing or zero denominator gives a missing
 * value and a message, never a division by zero.
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import { compositeMessage, type CompositeMessage } from './composite-message.ts';
import { finiteOrNull, withColumns, type Dataset, type Value } from './dataset.ts';
import { frameworkNode } from './framework.ts';
import {
  checkIndicatorKeys,
  indicatorColumns,
  stepBaseShape,
  unitInfo,
  type StepContext,
  type StepOutput,
} from './step-context.ts';

export const denominateStepSchema = z.strictObject({
  step: z.literal('denominate'),
  ...stepBaseShape,
  denominators: z.record(z.string(), z.string().min(1).nullable()).default({}),
});
export type DenominateStep = z.infer<typeof denominateStepSchema>;

export interface DenominateDetails {
  step: 'denominate';
  /** Each denominated indicator and what it was divided by. */
  denominated: { iCode: string; denominator: string }[];
}

export function runDenominateStep(
  data: Dataset,
  context: StepContext,
  step: DenominateStep,
): StepOutput<DenominateDetails> {
  checkIndicatorKeys(Object.keys(step.denominators), context.framework, 'denominators');
  const messages: CompositeMessage[] = [];
  const updates = new Map<string, Value[]>();
  const denominated: DenominateDetails['denominated'] = [];
  for (const iCode of indicatorColumns(data, context.framework)) {
    const denominator = Object.hasOwn(step.denominators, iCode)
      ? step.denominators[iCode]
      : frameworkNode(context.framework, iCode).denominator;
    if (denominator === null || denominator === undefined) continue;
    const values = data.columns.get(iCode) ?? [];
    updates.set(
      iCode,
      values.map((value, index) => {
        const uCode = data.unitCodes[index] ?? '';
        const unit = unitInfo(context, uCode);
        if (!unit.denominators.has(denominator))
          throw new CompositeError(
            `${iCode}：数据中没有分母列 ${denominator} (${iCode}: DATA has no denominator column ${denominator})`,
          );
        const divisor = unit.denominators.get(denominator) ?? null;
        if (value === null) return null;
        if (divisor === null || divisor === 0) {
          messages.push(
            compositeMessage(
              'warning',
              divisor === null ? 'denominator_missing' : 'denominator_zero',
              { iCode, uCode },
              `分母 ${denominator} ${divisor === null ? '缺失' : '为 0'}，结果记为缺失`,
              `denominator ${denominator} is ${divisor === null ? 'missing' : 'zero'}; the value is missing`,
            ),
          );
          return null;
        }
        return finiteOrNull(value / divisor);
      }),
    );
    denominated.push({ iCode, denominator });
  }
  return { data: withColumns(data, updates), messages, details: { step: 'denominate', denominated } };
}
