/**
 * One indicator of an evaluation group: numerator and denominator quantities, the unit it is shown and scored in
 * (numerator unit / denominator unit from the unit catalogue, e.g. 万元/亩), its direction and weight, how it is
 * scored (ratio to a baseline, optionally capped; or bounded min-max) and what happens when its value is missing.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { isUnitCode } from '../units/index.ts';
import { referenceIdSchema } from './scope-predicate.ts';

export const within = z.enum(['group', 'segment']);

const unitCodeSchema = z
  .string()
  .refine(isUnitCode, '未知计量单位代码 (unknown unit code, see units/unit-catalogue.ts)');

export const baselineSchema = z.discriminatedUnion('kind', [
  /** A published value in the indicator's unit (黄岩 2022: 亩均税收 24.097 万元/亩). */
  z.strictObject({ kind: z.literal('fixed'), value: z.number().positive() }),
  /** multiple × the group's (or segment's) mean; aggregate = Σ numerator / Σ denominator, simple = mean of values. */
  z.strictObject({
    kind: z.literal('group_mean'),
    multiple: z.number().positive().default(1),
    average: z.enum(['aggregate', 'simple']).default('aggregate'),
    within: within.default('group'),
  }),
]);

export const scoringSchema = z.discriminatedUnion('method', [
  /** weight × value / baseline (positive) or weight × baseline / value (negative), capped at cap × weight. */
  z.strictObject({
    method: z.literal('ratio'),
    baseline: baselineSchema,
    cap: z.number().positive().nullable().default(null),
    floor: z.number().nullable().default(null),
  }),
  /** weight × [floor + (100 − floor) × (x − min) / (max − min)] / 100 (旌德: floor 20). */
  z.strictObject({
    method: z.literal('min_max'),
    floor: z.number().min(0).max(100).default(20),
    within: within.default('group'),
    range: z
      .union([z.literal('observed'), z.strictObject({ min: z.number().finite(), max: z.number().finite() })])
      .default('observed'),
  }),
]);

export const missingPolicySchema = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('zero') }),
  z.strictObject({ policy: z.literal('group_mean_score') }),
  z.strictObject({ policy: z.literal('exclude') }),
  z.strictObject({ policy: z.literal('penalty'), points: z.number().positive() }),
  z.strictObject({ policy: z.literal('unrated') }),
]);

export const indicatorSchema = z.strictObject({
  id: referenceIdSchema,
  name: bilingualNameSchema,
  numerator: referenceIdSchema,
  denominator: referenceIdSchema,
  unit: z.strictObject({ numerator: unitCodeSchema, denominator: unitCodeSchema }),
  decimals: z.number().int().min(0).max(12).nullable().default(null),
  direction: z.enum(['positive', 'negative']).default('positive'),
  weight: z.number().positive(),
  scoring: scoringSchema,
  missing: missingPolicySchema,
  note: z.string().nullable().default(null),
});

export type Baseline = z.infer<typeof baselineSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type MissingPolicy = z.infer<typeof missingPolicySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
