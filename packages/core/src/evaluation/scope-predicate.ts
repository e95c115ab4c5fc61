/**
 * Scope predicates of an evaluation scheme: who belongs to a group (规上; 规下 with land ≥ 3 亩 or power ≥ 20万kWh;
 * tenant-only), who is unrated (utilities, not yet producing, no land data) and when a bonus, penalty or veto
 * applies (a tagged evidence fact). Written in YAML as small objects that combine with all / any / not.
 */
import { z } from 'zod';

export type ScopePredicate =
  | { always: true }
  | { aboveScale: boolean }
  | { inProduction: boolean }
  | { industry: string[] }
  | { quantity: string; atLeast?: number; above?: number; atMost?: number; below?: number }
  | { missing: string }
  | { fact: string; minCount?: number }
  | { all: ScopePredicate[] }
  | { any: ScopePredicate[] }
  | { not: ScopePredicate };

/** GB/T 4754 digit prefixes (2–4 digits) or the industrial section letters B, C, D. */
export const industryPrefixSchema = z
  .string()
  .regex(/^(\d{2,4}|[BCD])$/, '行业代码前缀应为 2–4 位数字或门类 B/C/D (industry prefixes are 2–4 digits or B, C, D)');

export const referenceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, '编号为小写字母、数字和下划线 (ids are lower-case letters, digits, underscores)');

const quantityBoundsSchema = z
  .strictObject({
    quantity: referenceIdSchema,
    atLeast: z.number().finite().optional(),
    above: z.number().finite().optional(),
    atMost: z.number().finite().optional(),
    below: z.number().finite().optional(),
  })
  .refine(
    (p) => [p.atLeast, p.above, p.atMost, p.below].some((bound) => bound !== undefined),
    '数量条件至少要有一个界限 atLeast/above/atMost/below (a quantity condition needs a bound)',
  );

export const scopePredicateSchema: z.ZodType<ScopePredicate> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ aboveScale: z.boolean() }),
    z.strictObject({ inProduction: z.boolean() }),
    z.strictObject({ industry: z.array(industryPrefixSchema).min(1) }),
    quantityBoundsSchema,
    z.strictObject({ missing: referenceIdSchema }),
    z.strictObject({ fact: z.string().min(1), minCount: z.number().int().positive().optional() }),
    z.strictObject({ all: z.array(scopePredicateSchema).min(1) }),
    z.strictObject({ any: z.array(scopePredicateSchema).min(1) }),
    z.strictObject({ not: scopePredicateSchema }),
  ]),
);

/** Every quantity and fact tag a predicate refers to (for cross-checks and for collecting evidence). */
export function predicateReferences(predicate: ScopePredicate): { quantities: string[]; facts: string[] } {
  const quantities: string[] = [];
  const facts: string[] = [];
  const walk = (p: ScopePredicate): void => {
    if ('quantity' in p) quantities.push(p.quantity);
    else if ('missing' in p) quantities.push(p.missing);
    else if ('fact' in p) facts.push(p.fact);
    else if ('all' in p) p.all.forEach(walk);
    else if ('any' in p) p.any.forEach(walk);
    else if ('not' in p) walk(p.not);
  };
  walk(predicate);
  return { quantities, facts };
}
