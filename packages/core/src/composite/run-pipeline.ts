/**
 * Runs an index definition on an input (framework, units, raw data): one stage per step, in the order given,
 * each with its data set, messages and step details, starting from the Raw stage. Pure and deterministic:
 * the same input and definition always give the same stages (no randomness, no global state), so it can be
 * rerun with varied definitions or weights for sensitivity analysis.
 */
import type { CompositeMessage } from './composite-message.ts';
import type { Dataset } from './dataset.ts';
import { rawStageName, stageName, type PipelineDefinition, type PipelineStep } from './pipeline-definition.ts';
import { runAggregateStep, type AggregateDetails } from './step-aggregate.ts';
import { stepContext, type CompositeInput, type StepContext, type StepOutput } from './step-context.ts';
import { runDenominateStep, type DenominateDetails } from './step-denominate.ts';
import { runImputeStep, type ImputeDetails } from './step-impute.ts';
import { runNormaliseStep, type NormaliseDetails } from './step-normalise.ts';
import { runScreenStep, type ScreenDetails } from './step-screen.ts';
import { runTreatStep, type TreatDetails } from './step-treat.ts';

export type StageDetails =
  | { step: 'raw' }
  | DenominateDetails
  | ImputeDetails
  | ScreenDetails
  | TreatDetails
  | NormaliseDetails
  | AggregateDetails;

export interface Stage {
  name: string;
  /** The stage this one was computed from; null for Raw. */
  from: string | null;
  data: Dataset;
  messages: CompositeMessage[];
  details: StageDetails;
}

export interface PipelineResult {
  stages: Stage[];
  /** The last stage. */
  final: Stage;
}

function runStep(step: PipelineStep, data: Dataset, context: StepContext): StepOutput<StageDetails> {
  switch (step.step) {
    case 'denominate':
      return runDenominateStep(data, context, step);
    case 'impute':
      return runImputeStep(data, context, step);
    case 'screen':
      return runScreenStep(data, context, step);
    case 'treat':
      return runTreatStep(data, context, step);
    case 'normalise':
      return runNormaliseStep(data, context, step);
    case 'aggregate':
      return runAggregateStep(data, context, step);
  }
}

export function runPipeline(input: CompositeInput, definition: PipelineDefinition): PipelineResult {
  const context = stepContext(input);
  const raw: Stage = { name: rawStageName, from: null, data: input.data, messages: [], details: { step: 'raw' } };
  const stages: Stage[] = [raw];
  for (const step of definition.steps) {
    const source = stages.find((stage) => stage.name === step.from) ?? stages[stages.length - 1] ?? raw;
    const output = runStep(step, source.data, context);
    stages.push({ name: stageName(step), from: source.name, ...output });
  }
  return { stages, final: stages[stages.length - 1] ?? raw };
}

/** The stage called `name`, or undefined. */
export function findStage(result: PipelineResult, name: string): Stage | undefined {
  return result.stages.find((stage) => stage.name === name);
}
