/**
 * An evaluation scheme (亩均论英雄 综合评价方案) as versioned data: one per data year and place, with its source and
 * every parameter the source left open, the quantities it computes, whether firms sharing a parcel are merged,
 * rounding, the classes, who is unrated, the groups (规上, 规下, tenant-only; optional industry segments) with their
 * indicators, rules and classification, and the policy levers each class brings. packages/server/data/
 * evaluation-schemes/*.yaml are examples; docs/evaluation-schemes.md describes every option.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { isIsoDate } from '../period/iso-date.ts';
import { classificationSchema, classIdSchema } from './scheme-classification.ts';
import { indicatorSchema } from './scheme-indicator.ts';
import { leverSchema } from './scheme-lever.ts';
import { quantityDefinitionSchema } from './scheme-quantity.ts';
import { evaluationRuleSchema } from './scheme-rule.ts';
import { industryPrefixSchema, scopePredicateSchema } from './scope-predicate.ts';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '编号为小写字母、数字和连字符 (ids are a-z, 0-9, -)');

export const unratedRuleSchema = z.strictObject({
  id: idSchema,
  when: scopePredicateSchema,
  reason: bilingualNameSchema,
});

export const segmentSchema = z.strictObject({
  id: idSchema,
  name: bilingualNameSchema,
  industries: z.array(industryPrefixSchema).min(1),
});

export const evaluationGroupSchema = z.strictObject({
  id: idSchema,
  name: bilingualNameSchema,
  members: scopePredicateSchema,
  unrated: z.array(unratedRuleSchema).default([]),
  segments: z.array(segmentSchema).default([]),
  indicators: z.array(indicatorSchema).min(1),
  rules: z.array(evaluationRuleSchema).default([]),
  bonusCap: z.number().positive().nullable().default(null),
  penaltyCap: z.number().positive().nullable().default(null),
  classification: classificationSchema,
  rectification: z
    .strictObject({
      taxPerMuFloor: z.number().positive().describe('元/亩: 评价税收 / 用地 under this in each of `years` years'),
      years: z.number().int().positive().default(3),
      classes: z.array(classIdSchema).default(['D']),
      taxQuantity: z.string().default('evaluation_tax'),
      landQuantity: z.string().default('land_net'),
    })
    .nullable()
    .default(null),
});

export const evaluationSchemeSchema = z.strictObject({
  format: z.literal('observatory/evaluation-scheme@1'),
  id: idSchema,
  version: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100).describe('the data year evaluated'),
  name: bilingualNameSchema,
  region: z.string().nullable().default(null),
  sources: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        url: z.string().nullable().default(null),
        published: z.string().refine(isIsoDate, 'YYYY-MM-DD').nullable().default(null),
        note: z.string().nullable().default(null),
      }),
    )
    .min(1),
  assumptions: z
    .array(z.strictObject({ parameter: z.string().min(1), choice: z.string().min(1), reason: z.string().min(1) }))
    .default([]),
  quantities: z.array(quantityDefinitionSchema).default([]),
  merge: z.strictObject({ sharedParcels: z.boolean().default(false) }).default({ sharedParcels: false }),
  rounding: z
    .strictObject({
      scoreDecimals: z.number().int().min(0).max(12).nullable().default(null),
      totalDecimals: z.number().int().min(0).max(12).nullable().default(2),
      mode: z.enum(['half_up', 'half_even', 'down']).default('half_up'),
    })
    .default({ scoreDecimals: null, totalDecimals: 2, mode: 'half_up' }),
  classes: z.array(z.strictObject({ id: classIdSchema, name: bilingualNameSchema })).min(1),
  unrated: z.array(unratedRuleSchema).default([]),
  groups: z.array(evaluationGroupSchema).min(1),
  levers: z.array(leverSchema).default([]),
});

export type EvaluationScheme = z.infer<typeof evaluationSchemeSchema>;
export type EvaluationGroup = z.infer<typeof evaluationGroupSchema>;
export type UnratedRule = z.infer<typeof unratedRuleSchema>;
export type Segment = z.infer<typeof segmentSchema>;
/** The scheme as written in a file, before defaults are filled in. */
export type EvaluationSchemeDocument = z.input<typeof evaluationSchemeSchema>;
