/**
 * The uncertainty specification of a sensitivity analysis, as data (YAML or JSON): which choices of an index
 * definition are uncertain and what their alternatives are, in the spirit of COINr's `SA_specs` (an address in
 * the pipeline, a distribution, a type). Each choice `vary`s one part of the definition:
 * - `weight-noise`: weights of the nodes at the given levels × (1 ± noise), uniform, re-scaled within each parent;
 * - `weight-sets`: one of several weight sets (iCode → weight), chosen uniformly;
 * - `normalisation`: the normalise step's method, one of `alternatives`;
 * - `aggregation`: the aggregate step's method (for every level, or for one `level`), one of `alternatives`;
 * - `step-switch`: a data step (denominate, impute, screen, treat) on or off;
 * - `indicator-removal`: one indicator dropped from the framework (or none), siblings' weights re-spread.
 * `type` is `ua` (uncertainty: ranks and intervals), `sa` (also variance-based sensitivity indices) or `oat`
 * (one choice at a time). docs/index-definition.md ("Sensitivity / 敏感性分析") describes every field.
 */
import { z } from 'zod';
import { aggregateMethodSchema } from '../aggregate-method.ts';
import { CompositeError } from '../composite-error.ts';
import { normaliseMethodSchema } from '../normalise-method.ts';

const choiceBase = {
  /** Label in the results; default: `vary` (and `step` when given). Unique. */
  name: z.string().min(1).optional(),
  /** The step to address: its stage name (e.g. `Normalised`) or its kind (`normalise`) when only one has it. */
  step: z.string().min(1).optional(),
};

const levelKey = z.string().regex(/^\d+$/, 'levels are keyed by level number');

export const uncertainChoiceSchema = z.discriminatedUnion('vary', [
  z.strictObject({
    vary: z.literal('weight-noise'),
    ...choiceBase,
    levels: z
      .record(levelKey, z.number().min(0).lt(1))
      .refine((levels) => Object.keys(levels).length > 0, 'give at least one level'),
  }),
  z.strictObject({
    vary: z.literal('weight-sets'),
    ...choiceBase,
    sets: z.array(z.record(z.string(), z.number().nonnegative())).min(1),
  }),
  z.strictObject({
    vary: z.literal('normalisation'),
    ...choiceBase,
    alternatives: z.array(normaliseMethodSchema).min(1),
  }),
  z.strictObject({
    vary: z.literal('aggregation'),
    ...choiceBase,
    level: z.number().int().min(2).optional(),
    alternatives: z.array(aggregateMethodSchema).min(1),
  }),
  z.strictObject({ vary: z.literal('step-switch'), name: choiceBase.name, step: z.string().min(1) }),
  z.strictObject({
    vary: z.literal('indicator-removal'),
    name: choiceBase.name,
    indicators: z.array(z.string().min(1)).min(1).optional(),
    includeNone: z.boolean().default(true),
  }),
]);
export type UncertainChoice = z.infer<typeof uncertainChoiceSchema>;
export type UncertainChoiceKind = UncertainChoice['vary'];

export const sensitivityTypes = ['ua', 'sa', 'oat'] as const;
export type SensitivityType = (typeof sensitivityTypes)[number];

export const uncertaintySpecificationSchema = z.strictObject({
  name: z.string().min(1).default('uncertainty analysis'),
  description: z.string().optional(),
  type: z.enum(sensitivityTypes).default('ua'),
  /** UA: replicates; SA: base sample size N (N·(d + 2) runs); OAT: draws per continuous choice. */
  replicates: z.number().int().min(1).max(1_000_000).default(1000),
  seed: z.union([z.number().int(), z.string().min(1)]).default(1),
  target: z.strictObject({ stage: z.string().min(1).optional(), iCode: z.string().min(1).optional() }).default({}),
  choices: z.array(uncertainChoiceSchema).min(1),
});
export type UncertaintySpecification = z.infer<typeof uncertaintySpecificationSchema>;

/** The label of a choice: its `name`, else `vary` with the step it addresses. */
export function choiceName(choice: UncertainChoice): string {
  if (choice.name !== undefined) return choice.name;
  return 'step' in choice && choice.step !== undefined ? `${choice.vary}:${choice.step}` : choice.vary;
}

/** A parsed YAML/JSON value → a checked specification; throws CompositeError listing every problem. */
export function parseUncertaintySpecification(value: unknown): UncertaintySpecification {
  const parsed = uncertaintySpecificationSchema.safeParse(value);
  const invalid = '不确定性设定无效 (the uncertainty specification is invalid)';
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.') || '(根 root)';
      return `不确定性设定字段 ${path} 无效 (uncertainty field ${path} is invalid): ${issue.message}`;
    });
    throw new CompositeError(invalid, problems);
  }
  const seen = new Set<string>();
  const problems: string[] = [];
  parsed.data.choices.forEach((choice, index) => {
    const name = choiceName(choice);
    if (seen.has(name))
      problems.push(
        `choices.${index}：名称 "${name}" 重复，请用 name 区分 (choices.${index}: name "${name}" repeats; give it a name)`,
      );
    seen.add(name);
  });
  if (problems.length > 0) throw new CompositeError(invalid, problems);
  return parsed.data;
}
