/**
 * What every step receives and returns. A step is a pure function (data set, context, parameters) → output:
 * the new data set, messages and step-specific details; no hidden state, so the same input always gives the
 * same output (the pipeline can be rerun many times, e.g. for Monte Carlo sensitivity analysis).
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import type { CompositeMessage } from './composite-message.ts';
import type { Dataset, UnitInfo } from './dataset.ts';
import { indicatorCodes, type Framework } from './framework.ts';

export interface CompositeInput {
  framework: Framework;
  units: readonly UnitInfo[];
  data: Dataset;
}

export interface StepContext {
  framework: Framework;
  units: ReadonlyMap<string, UnitInfo>;
}

export interface StepOutput<Details> {
  data: Dataset;
  messages: CompositeMessage[];
  details: Details;
}

/** Fields every step may have: `name` (the stage it writes) and `from` (the stage it reads; default: the last). */
export const stepBaseShape = {
  name: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
};

export function stepContext(input: CompositeInput): StepContext {
  return { framework: input.framework, units: new Map(input.units.map((unit) => [unit.code, unit])) };
}

export function unitInfo(context: StepContext, uCode: string): UnitInfo {
  const unit = context.units.get(uCode);
  if (unit === undefined) throw new CompositeError(`未知单位 ${uCode} (unknown unit ${uCode})`);
  return unit;
}

/** The framework's indicators that are columns of the data set, in framework order. */
export function indicatorColumns(dataset: Dataset, framework: Framework): string[] {
  return indicatorCodes(framework).filter((code) => dataset.columns.has(code));
}

/** Throws when `codes` (keys of a per-indicator setting) name anything but indicators of the framework. */
export function checkIndicatorKeys(codes: Iterable<string>, framework: Framework, setting: string): void {
  const unknown = [...codes].filter((code) => framework.byCode.get(code)?.kind !== 'indicator');
  if (unknown.length > 0)
    throw new CompositeError(
      `${setting} 中的 ${unknown.join(', ')} 不是框架中的指标 (${setting}: ${unknown.join(', ')} are not indicators of the framework)`,
    );
}
