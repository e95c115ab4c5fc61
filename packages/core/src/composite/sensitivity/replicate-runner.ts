/**
 * Runs replicate plans through the engine's steps and returns the target column of the target stage. Runs the
 * steps as runPipeline does (each reads the previous stage or the one named by `from`; a switched-off step
 * passes its input through under its own stage name), but keeps the stages that replicates share: a stage is
 * cached under the removed indicator and the keys of every step up to it, as long as none of them changed
 * continuously. Steps before the first varied one therefore run once, not once per replicate.
 */
import type { Dataset, Value } from '../dataset.ts';
import { rawStageName, stageName, type PipelineStep } from '../pipeline-definition.ts';
import { runAggregateStep } from '../step-aggregate.ts';
import { stepContext, type CompositeInput, type StepContext } from '../step-context.ts';
import { runDenominateStep } from '../step-denominate.ts';
import { runImputeStep } from '../step-impute.ts';
import { runNormaliseStep } from '../step-normalise.ts';
import { runScreenStep } from '../step-screen.ts';
import { runTreatStep } from '../step-treat.ts';
import type { ReplicatePlan } from './replicate-plan.ts';

/** The target of one run: the units of the target stage and their values of the target column. */
export interface ReplicateOutput {
  unitCodes: readonly string[];
  values: readonly Value[];
}

function runStep(step: PipelineStep, data: Dataset, context: StepContext): Dataset {
  switch (step.step) {
    case 'denominate':
      return runDenominateStep(data, context, step).data;
    case 'impute':
      return runImputeStep(data, context, step).data;
    case 'screen':
      return runScreenStep(data, context, step).data;
    case 'treat':
      return runTreatStep(data, context, step).data;
    case 'normalise':
      return runNormaliseStep(data, context, step).data;
    case 'aggregate':
      return runAggregateStep(data, context, step).data;
  }
}

export interface ReplicateRunnerOptions {
  /** The definition's steps as written: their stage names and `from`, which replicates never change. */
  steps: readonly PipelineStep[];
  target: { stage: string; iCode: string };
  /** Most stages kept (default 4096); beyond it, new stages are computed but not kept. */
  cacheLimit?: number;
}

export class ReplicateRunner {
  private readonly cache = new Map<string, Dataset>();
  private readonly contexts = new Map<string, { input: CompositeInput; context: StepContext }>();
  private readonly cacheLimit: number;

  constructor(
    private readonly input: CompositeInput,
    private readonly reducedInputs: ReadonlyMap<string, CompositeInput>,
    private readonly options: ReplicateRunnerOptions,
  ) {
    this.cacheLimit = options.cacheLimit ?? 4096;
  }

  private inputFor(removed: string | null) {
    const key = removed ?? '';
    let entry = this.contexts.get(key);
    if (entry === undefined) {
      const input = removed === null ? this.input : (this.reducedInputs.get(removed) ?? this.input);
      entry = { input, context: stepContext(input) };
      this.contexts.set(key, entry);
    }
    return entry;
  }

  /** Runs the plan; throws the engine's CompositeError when a step cannot run with these choices. */
  run(plan: ReplicatePlan): ReplicateOutput {
    const { input, context } = this.inputFor(plan.removed);
    const stages = new Map<string, Dataset>([[rawStageName, input.data]]);
    let last = input.data;
    let prefix: string | null = `${plan.removed ?? ''}|`;
    this.options.steps.forEach((written, index) => {
      const step = plan.steps[index] ?? null;
      const key = plan.keys[index] ?? null;
      prefix = prefix === null || key === null ? null : `${prefix}${index}:${key}|`;
      const source = (written.from === undefined ? undefined : stages.get(written.from)) ?? last;
      const data = step === null ? source : this.stepData(step, source, context, prefix);
      stages.set(stageName(written), data);
      last = data;
    });
    const stage = stages.get(this.options.target.stage) ?? last;
    const values = stage.columns.get(this.options.target.iCode) ?? stage.unitCodes.map(() => null);
    return { unitCodes: stage.unitCodes, values };
  }

  /** A step's output, from the cache when an identical prefix of steps ran before. */
  private stepData(step: PipelineStep, source: Dataset, context: StepContext, prefix: string | null): Dataset {
    const cached = prefix === null ? undefined : this.cache.get(prefix);
    if (cached !== undefined) return cached;
    const data = runStep(step, source, context);
    if (prefix !== null && this.cache.size < this.cacheLimit) this.cache.set(prefix, data);
    return data;
  }
}
