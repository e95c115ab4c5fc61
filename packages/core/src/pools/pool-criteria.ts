/**
 * The cultivation pools' criteria as data (企业培育库认定条件, DOMAIN.md §6): per tier the conditions a firm must
 * meet — measurable ones compare a figure of our data (营业收入, 研发费用, 研发投入占比, …) with a threshold, one asks
 * for a current entry in another tier (小巨人 needs 专精特新 first), and the rest need a manual check (national
 * market share, a global top-3 product) — with the designation's level and validity (often three years); and the
 * ladders that order the tiers (雏鹰 → 雄鹰, 专精特新 → 小巨人 → 单项冠军, 上市后备 → 上市). Checked with zod and for
 * consistency; every problem names its path in the document.
 */
import { z } from 'zod';
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { POOL_LEVELS, POOL_TIERS, type PoolTier } from '../registers/pool-tier.ts';

/**
 * The figures a condition can read: money in 元, shares and growth in %, people as a head count. `rd_share` is
 * R&D expense over revenue, `revenue_growth` the revenue against the year before's.
 */
export const POOL_METRICS = [
  'revenue',
  'rd_expense',
  'rd_share',
  'revenue_growth',
  'employees',
  'output',
  'tax_paid',
] as const;
export type PoolMetric = (typeof POOL_METRICS)[number];

export const POOL_METRIC_NAMES: Record<PoolMetric, BilingualName> = {
  revenue: { zh: '营业收入', en: 'revenue' },
  rd_expense: { zh: '研发费用', en: 'R&D expense' },
  rd_share: { zh: '研发费用占营业收入比重', en: 'R&D share of revenue' },
  revenue_growth: { zh: '营业收入增长率', en: 'revenue growth' },
  employees: { zh: '从业人员', en: 'employees' },
  output: { zh: '工业总产值', en: 'industrial output' },
  tax_paid: { zh: '实缴税金', en: 'tax paid' },
};

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const conditionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, '条件编号：小写字母、数字、横线 (a-z, 0-9, -)');

const atLeast = z
  .object({
    id: conditionId,
    check: z.literal('at_least'),
    metric: z.enum(POOL_METRICS),
    /** In the metric's unit: 元, %, people. */
    value: z.number().finite(),
    text: bilingual,
  })
  .strict();
const inPool = z
  .object({ id: conditionId, check: z.literal('in_pool'), tiers: z.array(z.enum(POOL_TIERS)).min(1), text: bilingual })
  .strict();
const manual = z.object({ id: conditionId, check: z.literal('manual'), text: bilingual }).strict();

export const poolConditionSchema = z.discriminatedUnion('check', [atLeast, inPool, manual]);
export type PoolCondition = z.infer<typeof poolConditionSchema>;

const tierCriteriaSchema = z
  .object({
    tier: z.enum(POOL_TIERS),
    /** The level of the designation (国家/省/市); null when it varies. */
    level: z.enum(POOL_LEVELS).nullable(),
    validityYears: z.number().int().min(1).max(10).nullable(),
    /** The document the conditions come from. */
    source: z.string().min(1),
    conditions: z.array(poolConditionSchema),
    note: bilingual.optional(),
  })
  .strict();
export type PoolTierCriteria = z.infer<typeof tierCriteriaSchema>;

const ladderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
    name: bilingual,
    /** Lowest first: a move to a later tier is an upgrade. */
    tiers: z.array(z.enum(POOL_TIERS)).min(1),
  })
  .strict();
export type PoolLadder = z.infer<typeof ladderSchema>;

export const poolCriteriaSchema = z
  .object({ source: z.string().min(1), ladders: z.array(ladderSchema).min(1), tiers: z.array(tierCriteriaSchema) })
  .strict();
export type PoolCriteria = z.infer<typeof poolCriteriaSchema>;

export class PoolCriteriaError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`培育库认定条件有误 (invalid pool criteria): ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'PoolCriteriaError';
  }
}

/** Consistency beyond the schema: every tier once in the ladders and once in the criteria, unique condition ids. */
export function poolCriteriaProblems(criteria: PoolCriteria): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const laddered = criteria.ladders.flatMap((ladder) => ladder.tiers);
  for (const tier of POOL_TIERS) {
    const times = laddered.filter((t) => t === tier).length;
    if (times !== 1)
      problems.push({ path: 'ladders', message: `${tier} 应恰好出现在一个梯度中 (must be in exactly one ladder)` });
    if (!criteria.tiers.some((entry) => entry.tier === tier))
      problems.push({ path: 'tiers', message: `缺少 ${tier} 的认定条件 (no criteria for ${tier})` });
  }
  criteria.tiers.forEach((entry, index) => {
    if (criteria.tiers.findIndex((other) => other.tier === entry.tier) !== index)
      problems.push({ path: `tiers.${index}.tier`, message: `${entry.tier} 重复 (criteria given twice)` });
    entry.conditions.forEach((condition, k) => {
      const path = `tiers.${index}.conditions.${k}`;
      if (entry.conditions.findIndex((other) => other.id === condition.id) !== k)
        problems.push({ path: `${path}.id`, message: `条件编号重复 ${condition.id} (duplicate condition id)` });
      if (condition.check === 'in_pool' && condition.tiers.includes(entry.tier))
        problems.push({ path: `${path}.tiers`, message: '不能以本层级为前提 (a tier cannot require itself)' });
    });
  });
  return problems;
}

/** Parses and checks a criteria document; throws PoolCriteriaError naming every problem with its path. */
export function parsePoolCriteria(document: unknown): PoolCriteria {
  const parsed = poolCriteriaSchema.safeParse(document);
  if (!parsed.success)
    throw new PoolCriteriaError(
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message })),
    );
  const problems = poolCriteriaProblems(parsed.data);
  if (problems.length > 0) throw new PoolCriteriaError(problems);
  return parsed.data;
}

/** The criteria of one tier (parsePoolCriteria guarantees every tier has them). */
export function criteriaOfTier(criteria: PoolCriteria, tier: PoolTier): PoolTierCriteria {
  const found = criteria.tiers.find((entry) => entry.tier === tier);
  if (!found) throw new RangeError(`no criteria for ${tier}`);
  return found;
}

/** The ladder a tier belongs to and its rank there (0 = lowest). */
export function ladderOf(criteria: PoolCriteria, tier: PoolTier): { ladder: PoolLadder; rank: number } {
  for (const ladder of criteria.ladders) {
    const rank = ladder.tiers.indexOf(tier);
    if (rank >= 0) return { ladder, rank };
  }
  throw new RangeError(`${tier} is on no ladder`);
}
