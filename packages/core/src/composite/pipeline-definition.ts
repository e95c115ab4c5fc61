/**
 * The definition of a composite index computation: an ordered list of steps with their parameters, as
 * data (YAML or JSON). Steps run in the order given, each reading the previous stage (or the stage named by
 * `from`) and writing a stage named by `name` (default: COINr's names Denominated, Imputed, Screened,
 * Treated, Normalised, Aggregated; the input is Raw). docs/index-definition.md describes every field.
 */
import { z } from 'zod';
import { CompositeError } from './composite-error.ts';
import { aggregateStepSchema } from './step-aggregate.ts';
import { denominateStepSchema } from './step-denominate.ts';
import { imputeStepSchema } from './step-impute.ts';
import { normaliseStepSchema } from './step-normalise.ts';
import { screenStepSchema } from './step-screen.ts';
import { treatStepSchema } from './step-treat.ts';

export const pipelineStepSchema = z.discriminatedUnion('step', [
  denominateStepSchema,
  imputeStepSchema,
  screenStepSchema,
  treatStepSchema,
  normaliseStepSchema,
  aggregateStepSchema,
]);
export type PipelineStep = z.infer<typeof pipelineStepSchema>;
export type StepKind = PipelineStep['step'];

export const pipelineDefinitionSchema = z.strictObject({
  name: z.string().min(1).default('composite index'),
  description: z.string().optional(),
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  steps: z.array(pipelineStepSchema).min(1),
});
export type PipelineDefinition = z.infer<typeof pipelineDefinitionSchema>;

export const rawStageName = 'Raw';

export const defaultStageNames: Record<StepKind, string> = {
  denominate: 'Denominated',
  impute: 'Imputed',
  screen: 'Screened',
  treat: 'Treated',
  normalise: 'Normalised',
  aggregate: 'Aggregated',
};

export const stageName = (step: PipelineStep): string => step.name ?? defaultStageNames[step.step];

/** Stage names are unique, and every `from` names an earlier stage. */
function checkStageNames(definition: PipelineDefinition): string[] {
  const problems: string[] = [];
  const names = [rawStageName];
  definition.steps.forEach((step, index) => {
    const name = stageName(step);
    const where = `steps.${index}`;
    if (step.from !== undefined && !names.includes(step.from))
      problems.push(
        `${where}：from "${step.from}" 不是之前的阶段 (${where}: from "${step.from}" is not an earlier stage)`,
      );
    if (names.includes(name))
      problems.push(
        `${where}：阶段名 "${name}" 重复，请用 name 指定 (${where}: stage name "${name}" repeats; give the step a name)`,
      );
    names.push(name);
  });
  return problems;
}

/** A parsed YAML/JSON value → a checked definition; throws CompositeError listing every problem. */
export function parsePipelineDefinition(value: unknown): PipelineDefinition {
  const parsed = pipelineDefinitionSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.') || '(根 root)';
      return `定义字段 ${path} 无效 (definition field ${path} is invalid): ${issue.message}`;
    });
    throw new CompositeError('计算定义无效 (the index definition is invalid)', problems);
  }
  const problems = checkStageNames(parsed.data);
  if (problems.length > 0) throw new CompositeError('计算定义无效 (the index definition is invalid)', problems);
  return parsed.data;
}
