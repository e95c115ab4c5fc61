/**
 * The data rules that find rectification cases (DOMAIN.md §6), as data with their thresholds:
 * - `evaluation_class`: the firm's final class in the latest published 亩均 evaluation is one of `classes` (D);
 * - `tax_per_mu_below`: 亩均税收 (tax / net land) under the floor of its size group (规上 10万元/亩, 规下 3万元/亩)
 *   in each of the last `years` years;
 * - `energy_over_quota`: the year's energy use (吨标煤) over its quota, the value added (万元) times an allowed
 *   intensity, for firms using at least `minEnergyTce`.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '规则编号只能含小写字母、数字和连字符 (id: a-z, 0-9, -)');

export const rectificationRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    id: ruleId,
    name: bilingualNameSchema,
    kind: z.literal('evaluation_class'),
    classes: z.array(z.string().min(1)).min(1),
  }),
  z.object({
    id: ruleId,
    name: bilingualNameSchema,
    kind: z.literal('tax_per_mu_below'),
    /** 元 per 亩, by size group. */
    floors: z.object({ aboveScale: z.number().positive(), belowScale: z.number().positive() }),
    years: z.number().int().min(1).max(10),
  }),
  z.object({
    id: ruleId,
    name: bilingualNameSchema,
    kind: z.literal('energy_over_quota'),
    /** Allowed 吨标煤 per 万元 of value added. */
    tcePerTenThousandYuan: z.number().positive(),
    /** Firms using less are not watched. */
    minEnergyTce: z.number().nonnegative().default(0),
  }),
]);
export type RectificationRule = z.infer<typeof rectificationRuleSchema>;
export type RectificationRuleKind = RectificationRule['kind'];

export const rectificationRuleSetSchema = z.array(rectificationRuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `规则编号重复 ${rule.id} (duplicate id)` });
    seen.add(rule.id);
  });
});

/** The default rules (嘉兴 practice): D class, 亩均税收 under 10万/3万 three years running, energy over 0.6 tce/万元. */
export const DEFAULT_RECTIFICATION_RULES: readonly RectificationRule[] = rectificationRuleSetSchema.parse([
  {
    id: 'evaluation-d-class',
    name: { zh: '亩均评价D类', en: 'evaluated class D' },
    kind: 'evaluation_class',
    classes: ['D'],
  },
  {
    id: 'tax-per-mu-three-years',
    name: { zh: '连续三年亩均税收低于下限', en: 'tax per 亩 under the floor three years running' },
    kind: 'tax_per_mu_below',
    floors: { aboveScale: 100_000, belowScale: 30_000 },
    years: 3,
  },
  {
    id: 'energy-over-quota',
    name: { zh: '能耗超限额', en: 'energy use over quota' },
    kind: 'energy_over_quota',
    tcePerTenThousandYuan: 0.6,
    minEnergyTce: 1000,
  },
]);
