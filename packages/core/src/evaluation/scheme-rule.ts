/**
 * Bonus, penalty and veto rules (加分、减分、一票否决) of a group, applied when a predicate over the enterprise's
 * evidence facts holds: fixed points, or points by count (温岭: renting plant to tenants, 规上 −5 for each tenant
 * after the first, 规下 −10 for the first and −5 for each further one), or a forced class (重大安全事故 → D).
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { scopePredicateSchema } from './scope-predicate.ts';

export const countPointsSchema = z.strictObject({
  fact: z.string().min(1).describe('the fact tag whose counts are added up'),
  free: z.number().int().min(0).default(0).describe('how many are allowed before points start'),
  first: z.number().min(0).describe('points for the first counted one'),
  each: z.number().min(0).describe('points for every further one'),
  max: z.number().positive().nullable().default(null),
});

export const evaluationRuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
    name: bilingualNameSchema,
    kind: z.enum(['bonus', 'penalty', 'veto']),
    when: scopePredicateSchema,
    points: z.number().positive().nullable().default(null),
    perCount: countPointsSchema.nullable().default(null),
    forceClass: z.string().nullable().default(null),
    source: z.string().nullable().default(null),
  })
  .superRefine((rule, ctx) => {
    const scored = rule.points !== null || rule.perCount !== null;
    if (rule.kind === 'veto' && (rule.forceClass === null || scored))
      ctx.addIssue({ code: 'custom', message: '否决规则只给 forceClass (a veto gives forceClass only)' });
    if (
      rule.kind !== 'veto' &&
      (!scored || rule.forceClass !== null || (rule.points !== null && rule.perCount !== null))
    )
      ctx.addIssue({
        code: 'custom',
        message: '加减分规则给出 points 或 perCount 之一 (a bonus or penalty gives points or perCount)',
      });
  });

export type EvaluationRule = z.infer<typeof evaluationRuleSchema>;
export type CountPoints = z.infer<typeof countPointsSchema>;

/** Points for `count` occurrences under a count schedule. */
export function pointsForCount(schedule: CountPoints, count: number): number {
  const counted = Math.max(0, count - schedule.free);
  if (counted === 0) return 0;
  const points = schedule.first + schedule.each * (counted - 1);
  return schedule.max === null ? points : Math.min(points, schedule.max);
}
