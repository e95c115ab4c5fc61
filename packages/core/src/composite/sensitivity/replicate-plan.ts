/**
 * One replicate's version of the index definition: the uniform draws of each choice (or null: the choice keeps
 * its nominal value, as in one-at-a-time runs) turned into the steps to run. A discrete choice takes option
 * ⌊u·k⌋ of its k options; weight noise multiplies each weight by 1 + noise·(2u − 1) and re-scales the weights
 * of each parent's perturbed children to their nominal sum. Choices apply in a fixed order (removal, switches,
 * normalisation, aggregation, weight sets, weight noise), so noise perturbs the weights a set chose. Each step
 * gets a key saying how it differs from the definition, so runs can share the stages they have in common;
 * continuous changes have no key (null) and are never shared.
 */
import type { Framework } from '../framework.ts';
import type { PipelineDefinition, PipelineStep } from '../pipeline-definition.ts';
import type { AggregateStep } from '../step-aggregate.ts';
import type { ResolvedChoice, WeightSlot } from './resolve-uncertainty.ts';

export interface ReplicatePlan {
  /** The indicator taken out of the framework, if any. */
  removed: string | null;
  /** The steps to run in order; null where a step is switched off. */
  steps: (PipelineStep | null)[];
  /** Per step: '' as defined, a text naming a discrete change, or null after a continuous change. */
  keys: (string | null)[];
}

/** One replicate's draws: per choice, its uniforms in [0, 1), or null to keep the nominal value. */
export type ReplicateDraws = readonly (Float64Array | null)[];

const applyOrder: Record<ResolvedChoice['vary'], number> = {
  'indicator-removal': 0,
  'step-switch': 1,
  normalisation: 2,
  aggregation: 3,
  'weight-sets': 4,
  'weight-noise': 5,
};

export const discreteOption = (u: number, options: number): number => Math.min(options - 1, Math.floor(u * options));

function withoutKey<T>(record: Record<string, T>, code: string): Record<string, T> {
  if (!Object.hasOwn(record, code)) return record;
  const copy = { ...record };
  delete copy[code];
  return copy;
}

/** The step without settings keyed by the removed indicator (they would name a code the framework lacks). */
function stepWithout(step: PipelineStep, code: string): PipelineStep {
  switch (step.step) {
    case 'denominate':
      return { ...step, denominators: withoutKey(step.denominators, code) };
    case 'treat':
      return { ...step, indicators: withoutKey(step.indicators, code) };
    case 'normalise':
      return { ...step, indicators: withoutKey(step.indicators, code) };
    case 'aggregate':
      return { ...step, weights: withoutKey(step.weights, code) };
    default:
      return step;
  }
}

function noisyWeights(step: AggregateStep, framework: Framework, slots: readonly WeightSlot[], u: Float64Array) {
  const weights = { ...step.weights };
  const nominal = (code: string) =>
    (Object.hasOwn(weights, code) ? weights[code] : undefined) ?? framework.byCode.get(code)?.weight ?? 0;
  const sums = new Map<string, { before: number; after: number }>();
  const drawn = slots.map((slot, index) => {
    const before = nominal(slot.code);
    const after = before * (1 + slot.noise * (2 * (u[index] ?? 0.5) - 1));
    const sum = sums.get(slot.parent) ?? { before: 0, after: 0 };
    sums.set(slot.parent, { before: sum.before + before, after: sum.after + after });
    return after;
  });
  slots.forEach((slot, index) => {
    const sum = sums.get(slot.parent);
    const scale = sum !== undefined && sum.after > 0 ? sum.before / sum.after : 1;
    weights[slot.code] = (drawn[index] ?? 0) * scale;
  });
  return weights;
}

export function replicatePlan(
  definition: PipelineDefinition,
  framework: Framework,
  choices: readonly ResolvedChoice[],
  draws: ReplicateDraws,
): ReplicatePlan {
  const steps: (PipelineStep | null)[] = [...definition.steps];
  const keys: (string | null)[] = steps.map(() => '');
  const mark = (index: number, key: string | null) => {
    const before = keys[index];
    keys[index] = before === null || key === null ? null : `${before}${key};`;
  };
  let removed: string | null = null;
  const order = choices
    .map((_, index) => index)
    .sort((a, b) => applyOrder[choices[a]!.vary] - applyOrder[choices[b]!.vary]);
  for (const index of order) {
    const choice = choices[index]!;
    const u = draws[index];
    if (u === null || u === undefined) continue;
    const option = choice.options === null ? 0 : discreteOption(u[0] ?? 0, choice.options);
    if (choice.vary === 'indicator-removal') {
      removed = choice.candidates[option] ?? null;
      continue;
    }
    const step = steps[choice.stepIndex];
    if (step === null || step === undefined) continue;
    if (choice.vary === 'step-switch') {
      if (option === 1) steps[choice.stepIndex] = null;
      mark(choice.stepIndex, option === 1 ? 'off' : 'on');
    } else if (choice.vary === 'normalisation' && step.step === 'normalise') {
      steps[choice.stepIndex] = { ...step, method: choice.alternatives[option]! };
      mark(choice.stepIndex, `n${option}`);
    } else if (choice.vary === 'aggregation' && step.step === 'aggregate') {
      const method = choice.alternatives[option]!;
      steps[choice.stepIndex] =
        choice.level === null
          ? { ...step, method, levels: {}, groups: {} }
          : { ...step, levels: { ...step.levels, [String(choice.level)]: method } };
      mark(choice.stepIndex, `a${choice.level ?? ''}:${option}`);
    } else if (choice.vary === 'weight-sets' && step.step === 'aggregate') {
      steps[choice.stepIndex] = { ...step, weights: { ...step.weights, ...choice.sets[option] } };
      mark(choice.stepIndex, `s${option}`);
    } else if (choice.vary === 'weight-noise' && step.step === 'aggregate') {
      steps[choice.stepIndex] = { ...step, weights: noisyWeights(step, framework, choice.slots, u) };
      mark(choice.stepIndex, null);
    }
  }
  const code = removed;
  return {
    removed: code,
    steps: code === null ? steps : steps.map((step) => (step === null ? null : stepWithout(step, code))),
    keys,
  };
}
