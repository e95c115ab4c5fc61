/**
 * Screen: drop units with too little data (COINr Screen). For each unit, over the indicator columns: the share
 * of values present (data availability) and the share of present values that are not zero. `by: missing`
 * drops units whose availability is below `threshold` (default 2/3), `by: zeros` those whose non-zero share is
 * below `nonZeroThreshold` (default 0.05), `by: missing-or-zeros` either. `include` and `exclude` force units
 * in or out whatever their data. Details give the table for every unit.
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import { compositeMessage } from './composite-message.ts';
import { keepUnits, type Dataset } from './dataset.ts';
import { indicatorColumns, stepBaseShape, type StepContext, type StepOutput } from './step-context.ts';

export const screenStepSchema = z.strictObject({
  step: z.literal('screen'),
  ...stepBaseShape,
  by: z.enum(['missing', 'zeros', 'missing-or-zeros']).default('missing'),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .default(2 / 3),
  nonZeroThreshold: z.number().min(0).max(1).default(0.05),
  include: z.array(z.string().min(1)).default([]),
  exclude: z.array(z.string().min(1)).default([]),
});
export type ScreenStep = z.infer<typeof screenStepSchema>;

export interface ScreenedUnit {
  uCode: string;
  missing: number;
  zeros: number;
  /** Share of indicator values present. */
  availability: number;
  /** Share of present values that are not zero. */
  nonZero: number;
  lowData: boolean;
  lowNonZero: boolean;
  included: boolean;
}

export interface ScreenDetails {
  step: 'screen';
  units: ScreenedUnit[];
  removed: string[];
}

export function runScreenStep(data: Dataset, context: StepContext, step: ScreenStep): StepOutput<ScreenDetails> {
  const forced = [...step.include, ...step.exclude].filter((uCode) => !data.unitCodes.includes(uCode));
  if (forced.length > 0)
    throw new CompositeError(
      `include/exclude 中的单位不在数据中：${forced.join(', ')} (units in include/exclude are not in the data: ${forced.join(', ')})`,
    );
  const columns = indicatorColumns(data, context.framework).map((code) => data.columns.get(code) ?? []);
  const units: ScreenedUnit[] = data.unitCodes.map((uCode, index) => {
    const values = columns.map((column) => column[index] ?? null);
    const missing = values.filter((value) => value === null).length;
    const zeros = values.filter((value) => value === 0).length;
    const availability = 1 - missing / values.length;
    const nonZero = 1 - zeros / (values.length - missing);
    const lowData = availability < step.threshold;
    const lowNonZero = nonZero < step.nonZeroThreshold;
    const dropped = step.by === 'missing' ? lowData : step.by === 'zeros' ? lowNonZero : lowData || lowNonZero;
    const included = step.exclude.includes(uCode) ? false : step.include.includes(uCode) ? true : !dropped;
    return { uCode, missing, zeros, availability, nonZero, lowData, lowNonZero, included };
  });
  const removed = units.filter((unit) => !unit.included).map((unit) => unit.uCode);
  if (removed.length === data.unitCodes.length)
    throw new CompositeError('筛选后没有剩余单位 (screening removed every unit)');
  const messages = removed.map((uCode) =>
    compositeMessage('info', 'unit_screened_out', { uCode }, '因数据不足被剔除', 'screened out for lack of data'),
  );
  return {
    data: keepUnits(
      data,
      units.map((unit) => unit.included),
    ),
    messages,
    details: { step: 'screen', units, removed },
  };
}
