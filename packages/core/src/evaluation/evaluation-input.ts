/**
 * What an evaluation run receives for one data year: per enterprise its identity, reporting unit, GB/T 4754 class,
 * 规上 and 在产 flags, measures in canonical units (元, 亩, kWh, 吨标煤, 当量吨, 人), the land parcels it uses (for
 * merging firms on one parcel) and tagged evidence facts for bonus, penalty and veto rules. A missing measure is
 * absent or null, never 0. The loader builds this from the store; the run keeps it so it can be recomputed.
 */
import { z } from 'zod';

export const evidenceFactSchema = z.strictObject({
  /** e.g. high_tech_enterprise, specialised_sme (专精特新), major_safety_accident, environmental_penalty. */
  tag: z.string().min(1),
  id: z.string().nullable().default(null),
  count: z.number().int().positive().default(1),
  date: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});

export const evaluationEnterpriseSchema = z.strictObject({
  enterpriseId: z.string().min(1),
  uscc: z.string(),
  name: z.string(),
  reportingUnitId: z.string(),
  industryCode: z.string().nullable(),
  aboveScale: z.boolean().nullable(),
  inProduction: z.boolean().nullable(),
  /** Canonical units; absent or null = missing. */
  measures: z.record(z.string(), z.number().finite().nullable()),
  /** Ids of the parcels (certificate numbers) the enterprise uses in the year. */
  parcels: z.array(z.string()).default([]),
  facts: z.array(evidenceFactSchema).default([]),
});

export const evaluationInputSchema = z.strictObject({
  year: z.number().int(),
  enterprises: z.array(evaluationEnterpriseSchema),
});

export type EvidenceFact = z.infer<typeof evidenceFactSchema>;
export type EvaluationEnterprise = z.infer<typeof evaluationEnterpriseSchema>;
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;
/** The input as a caller may write it (defaults not yet filled in). */
export type EvaluationInputDocument = z.input<typeof evaluationInputSchema>;

const factKey = (f: EvidenceFact) => `${f.tag}\u0000${f.id ?? ''}\u0000${f.date ?? ''}\u0000${f.source ?? ''}`;

/**
 * Validates the input and puts it in one order (enterprises by id, parcels and facts sorted, null measures
 * dropped), so the same data always gives the same run and digest. Duplicate enterprise ids are refused.
 */
export function normaliseEvaluationInput(input: EvaluationInputDocument): EvaluationInput {
  const parsed = evaluationInputSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new RangeError(`评价输入无效 ${first.path.join('.')}: ${first.message} (invalid evaluation input)`);
  }
  const seen = new Set<string>();
  for (const enterprise of parsed.data.enterprises) {
    if (seen.has(enterprise.enterpriseId))
      throw new RangeError(`企业编号重复 ${enterprise.enterpriseId} (duplicate enterprise id)`);
    seen.add(enterprise.enterpriseId);
  }
  const enterprises = parsed.data.enterprises
    .map((enterprise) => ({
      ...enterprise,
      measures: Object.fromEntries(
        Object.entries(enterprise.measures)
          .filter(([, value]) => value !== null)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      parcels: [...new Set(enterprise.parcels)].sort(),
      facts: [...enterprise.facts].sort((a, b) => (factKey(a) < factKey(b) ? -1 : factKey(a) > factKey(b) ? 1 : 0)),
    }))
    .sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0));
  return { year: parsed.data.year, enterprises };
}
