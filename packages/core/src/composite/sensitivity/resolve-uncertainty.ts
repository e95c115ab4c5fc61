/**
 * An uncertainty specification checked against the index definition and framework it will perturb: each
 * choice gets the index of the step it addresses, its options (discrete choices) or weight slots (noise), and
 * the number of uniform draws it takes per replicate (its dimension in the Monte Carlo design). Indicator
 * removal builds the input without each candidate once, here, so a framework that cannot lose an indicator
 * is reported before anything runs. Every problem is collected and thrown as one CompositeError.
 */
import type { AggregateMethod } from '../aggregate-method.ts';
import { CompositeError } from '../composite-error.ts';
import { indicatorCodes, type Framework } from '../framework.ts';
import type { NormaliseMethod } from '../normalise-method.ts';
import { rawStageName, stageName, type PipelineDefinition, type StepKind } from '../pipeline-definition.ts';
import type { CompositeInput } from '../step-context.ts';
import { inputWithoutIndicator } from './input-without-indicator.ts';
import { choiceName, type UncertainChoice, type UncertaintySpecification } from './uncertainty-specification.ts';

export interface WeightSlot {
  code: string;
  parent: string;
  noise: number;
}

interface ResolvedBase {
  name: string;
  /** Uniform draws per replicate. */
  dimension: number;
  /** Number of discrete options; null for a continuous choice (weight noise). */
  options: number | null;
}

export type ResolvedChoice = ResolvedBase &
  (
    | { vary: 'weight-noise'; stepIndex: number; slots: WeightSlot[] }
    | { vary: 'weight-sets'; stepIndex: number; sets: Record<string, number>[] }
    | { vary: 'normalisation'; stepIndex: number; alternatives: NormaliseMethod[] }
    | { vary: 'aggregation'; stepIndex: number; level: number | null; alternatives: AggregateMethod[] }
    | { vary: 'step-switch'; stepIndex: number }
    | { vary: 'indicator-removal'; candidates: (string | null)[] }
  );

export interface ResolvedUncertainty {
  choices: ResolvedChoice[];
  target: { stage: string; iCode: string };
  /** The input without each removable indicator. */
  reducedInputs: ReadonlyMap<string, CompositeInput>;
}

const switchableSteps: readonly StepKind[] = ['denominate', 'impute', 'screen', 'treat'];

function findStep(definition: PipelineDefinition, wanted: string | undefined, kinds: readonly StepKind[]) {
  const matches = definition.steps.flatMap((step, index) =>
    kinds.includes(step.step) && (wanted === undefined || stageName(step) === wanted || step.step === wanted)
      ? [index]
      : [],
  );
  if (matches.length === 1) return { index: matches[0] ?? 0, problem: null };
  const what = `${kinds.join('/')}${wanted === undefined ? '' : ` "${wanted}"`}`;
  return matches.length === 0
    ? { index: -1, problem: `定义中没有 ${what} 步骤 (the definition has no ${what} step)` }
    : {
        index: -1,
        problem: `定义中有多个 ${what} 步骤，请用 step 指明阶段名 (several ${what} steps; name one with step)`,
      };
}

function weightSlots(framework: Framework, levels: Record<string, number>, problems: string[]): WeightSlot[] {
  const slots: WeightSlot[] = [];
  for (const [key, noise] of Object.entries(levels)) {
    const level = Number(key);
    if (level < 1 || level >= framework.maxLevel)
      problems.push(
        `levels 中的层级 ${key} 应在 1 到 ${framework.maxLevel - 1} 之间 (level ${key} must be 1 to ${framework.maxLevel - 1})`,
      );
    for (const node of framework.nodes)
      if (node.level === level && node.parent !== null) slots.push({ code: node.code, parent: node.parent, noise });
  }
  return slots;
}

function resolveChoice(
  choice: UncertainChoice,
  definition: PipelineDefinition,
  input: CompositeInput,
  problems: string[],
): ResolvedChoice | null {
  const name = choiceName(choice);
  const { framework } = input;
  const local: string[] = [];
  const step = (kinds: readonly StepKind[], wanted: string | undefined) => {
    const found = findStep(definition, wanted, kinds);
    if (found.problem !== null) local.push(found.problem);
    return found.index;
  };
  let resolved: ResolvedChoice;
  switch (choice.vary) {
    case 'weight-noise': {
      const slots = weightSlots(framework, choice.levels, local);
      const stepIndex = step(['aggregate'], choice.step);
      resolved = { vary: choice.vary, name, stepIndex, slots, dimension: slots.length, options: null };
      break;
    }
    case 'weight-sets': {
      const weighted = (code: string) => (framework.byCode.get(code)?.parent ?? null) !== null;
      const unknown = [...new Set(choice.sets.flatMap((set) => Object.keys(set).filter((code) => !weighted(code))))];
      if (unknown.length > 0)
        local.push(
          `sets 中的 ${unknown.join(', ')} 不是框架中有上级的代码 (${unknown.join(', ')} are not weighted codes of the framework)`,
        );
      const stepIndex = step(['aggregate'], choice.step);
      resolved = { vary: choice.vary, name, stepIndex, sets: choice.sets, dimension: 1, options: choice.sets.length };
      break;
    }
    case 'normalisation': {
      const stepIndex = step(['normalise'], choice.step);
      const { alternatives } = choice;
      resolved = { vary: choice.vary, name, stepIndex, alternatives, dimension: 1, options: alternatives.length };
      break;
    }
    case 'aggregation': {
      if (choice.level !== undefined && choice.level > framework.maxLevel)
        local.push(`level ${choice.level} 超出框架最高层 ${framework.maxLevel} (level is above the top level)`);
      const stepIndex = step(['aggregate'], choice.step);
      const { alternatives } = choice;
      const level = choice.level ?? null;
      resolved = {
        vary: choice.vary,
        name,
        stepIndex,
        level,
        alternatives,
        dimension: 1,
        options: alternatives.length,
      };
      break;
    }
    case 'step-switch': {
      const stepIndex = step(switchableSteps, choice.step);
      resolved = { vary: choice.vary, name, stepIndex, dimension: 1, options: 2 };
      break;
    }
    case 'indicator-removal': {
      const codes = choice.indicators ?? indicatorCodes(framework);
      for (const code of codes)
        if (framework.byCode.get(code)?.kind !== 'indicator')
          local.push(`${code} 不是框架中的指标 (${code} is not an indicator of the framework)`);
      const candidates = [...(choice.includeNone ? [null] : []), ...codes];
      resolved = { vary: choice.vary, name, candidates, dimension: 1, options: candidates.length };
      break;
    }
  }
  problems.push(...local.map((problem) => `${name}：${problem}`));
  return local.length === 0 ? resolved : null;
}

function reducedInputs(choices: ResolvedChoice[], input: CompositeInput, problems: string[]) {
  const inputs = new Map<string, CompositeInput>();
  for (const choice of choices) {
    if (choice.vary !== 'indicator-removal') continue;
    for (const code of choice.candidates) {
      if (code === null || inputs.has(code)) continue;
      try {
        inputs.set(code, inputWithoutIndicator(input, code));
      } catch (error) {
        if (!(error instanceof CompositeError)) throw error;
        const reasons = error.problems.length > 0 ? error.problems.join('; ') : error.message;
        problems.push(`${choice.name}：不能去掉 ${code} (cannot remove ${code}): ${reasons}`);
      }
    }
  }
  return inputs;
}

function resolveTarget(spec: UncertaintySpecification, definition: PipelineDefinition, framework: Framework) {
  const problems: string[] = [];
  const stages = [rawStageName, ...definition.steps.map(stageName)];
  const stage = spec.target.stage ?? stages[stages.length - 1] ?? rawStageName;
  if (!stages.includes(stage))
    problems.push(`target.stage "${stage}" 不是定义中的阶段 (is not a stage of the definition): ${stages.join(', ')}`);
  const top = framework.nodes.find((node) => node.parent === null && node.level === framework.maxLevel);
  const iCode = spec.target.iCode ?? top?.code ?? '';
  if (!framework.byCode.has(iCode))
    problems.push(`target.iCode "${iCode}" 不在框架中 (is not a code of the framework)`);
  return { target: { stage, iCode }, problems };
}

export function resolveUncertainty(
  spec: UncertaintySpecification,
  definition: PipelineDefinition,
  input: CompositeInput,
): ResolvedUncertainty {
  const { target, problems } = resolveTarget(spec, definition, input.framework);
  const choices = spec.choices.flatMap((choice) => resolveChoice(choice, definition, input, problems) ?? []);
  const reduced = reducedInputs(choices, input, problems);
  if (!Number.isInteger(spec.replicates) || spec.replicates < 1)
    problems.push(`replicates 应为正整数，实际为 ${spec.replicates} (replicates must be a positive integer)`);
  else if (spec.type === 'sa' && spec.replicates < 2) problems.push('sa 需要 replicates ≥ 2 (sa needs replicates ≥ 2)');
  if (problems.length > 0)
    throw new CompositeError(
      '不确定性设定与计算定义不符 (the uncertainty specification does not fit the definition)',
      problems,
    );
  return { choices, target, reducedInputs: reduced };
}
