/**
 * How a group's enterprises are put in classes (初评等级): by rank position within the group or an industry
 * segment (A 前25%（含）, B to 70 %, C to 95 %, D the rest), or by score thresholds. Rounding of share × count,
 * the ordering used for ties and what a tie straddling a cut-off gets are explicit settings.
 */
import { z } from 'zod';
import { within } from './scheme-indicator.ts';
import { referenceIdSchema } from './scope-predicate.ts';

export const classIdSchema = z.string().regex(/^[A-Za-z0-9_-]+$/, '等级编号为字母数字 (class ids are letters, digits)');

const rankOn = z.enum(['total', 'raw_total']).default('total');

export const percentileClassificationSchema = z
  .strictObject({
    method: z.literal('percentile'),
    within: within.default('group'),
    /** Cumulative shares from the top, best class first; the last is 1. */
    cutoffs: z.array(z.strictObject({ class: classIdSchema, upTo: z.number().gt(0).max(1) })).min(1),
    /** How share × n becomes a number of firms: floor = "前25%（含）" (position ≤ 25 % of n). */
    countRounding: z.enum(['floor', 'ceil', 'half_up']).default('floor'),
    ties: z
      .strictObject({
        keys: z
          .array(referenceIdSchema)
          .default([])
          .describe('indicator ids compared (higher score first) when totals tie'),
        policy: z.enum(['favourable', 'unfavourable']).default('favourable'),
      })
      .default({ keys: [], policy: 'favourable' }),
    rankOn,
  })
  .refine(
    (c) => c.cutoffs.every((cut, i) => i === 0 || cut.upTo > c.cutoffs[i - 1]!.upTo) && c.cutoffs.at(-1)?.upTo === 1,
    '累计比例须递增且最后为 1 (cumulative shares must increase and end at 1)',
  );

export const thresholdClassificationSchema = z
  .strictObject({
    method: z.literal('threshold'),
    /** Best class first; a total at or above minScore gets the class; the last has minScore null. */
    thresholds: z.array(z.strictObject({ class: classIdSchema, minScore: z.number().nullable() })).min(1),
    rankOn,
  })
  .refine(
    (c) =>
      c.thresholds.at(-1)?.minScore === null &&
      c.thresholds
        .slice(0, -1)
        .every((t, i) => t.minScore !== null && (i === 0 || t.minScore < c.thresholds[i - 1]!.minScore!)),
    '分数线须递减，且只有最后一档为 null (thresholds decrease; only the last is null)',
  );

export const classificationSchema = z.union([percentileClassificationSchema, thresholdClassificationSchema]);

export type PercentileClassification = z.infer<typeof percentileClassificationSchema>;
export type ThresholdClassification = z.infer<typeof thresholdClassificationSchema>;
export type Classification = z.infer<typeof classificationSchema>;
