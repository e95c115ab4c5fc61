/**
 * Quantities an evaluation works with: stored measures (canonical units) and derived ones defined as data, a
 * signed sum of terms (评价税收 = 实缴税金 + 免抵调库 + 退税; net land = own + rented in − rented out) or the
 * first present of several measures (annual value added, else the December cumulative). The built-ins below
 * apply unless a scheme defines a quantity with the same id.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { referenceIdSchema } from './scope-predicate.ts';

export const quantityTermSchema = z.strictObject({
  of: referenceIdSchema.describe('a measure code or a quantity defined earlier'),
  sign: z.union([z.literal(1), z.literal(-1)]).default(1),
  optional: z
    .boolean()
    .default(false)
    .describe('a missing optional term counts as 0; a missing required one makes the sum missing'),
});

export const quantityDefinitionSchema = z
  .strictObject({
    id: referenceIdSchema,
    name: bilingualNameSchema,
    sum: z.array(quantityTermSchema).min(1).optional(),
    firstOf: z.array(referenceIdSchema).min(1).optional(),
    note: z.string().nullable().default(null),
  })
  .refine(
    (q) => (q.sum === undefined) !== (q.firstOf === undefined),
    '数量须且只须给出 sum 或 firstOf (give sum or firstOf)',
  );

export type QuantityDefinition = z.infer<typeof quantityDefinitionSchema>;

const term = (of: string, sign: 1 | -1 = 1, optional = true) => ({ of, sign, optional });

export const BUILT_IN_QUANTITIES: readonly QuantityDefinition[] = [
  {
    id: 'land_net',
    name: { zh: '用地面积（自有+租入−租出）', en: 'net land (own + rented in − rented out)' },
    sum: [term('land_own'), term('land_rented_in'), term('land_rented_out', -1)],
    note: 'packages/core/src/enterprise/net-land-area.ts',
  },
  {
    id: 'evaluation_tax',
    name: { zh: '评价税收（实缴税金+免抵调库+退税）', en: 'evaluation tax (paid + export credit + refunds)' },
    sum: [term('tax_paid', 1, false), term('tax_export_credit'), term('tax_refund')],
    note: 'DOMAIN.md §4: 评价税收 with add-backs for export 免抵 and refunds',
  },
  {
    id: 'emissions',
    name: { zh: '主要污染物排放当量（COD+SO2+氨氮+NOx）', en: 'main pollutant emissions (COD + SO2 + NH3-N + NOx)' },
    sum: [term('cod'), term('so2'), term('ammonia_nitrogen'), term('nox')],
    note: null,
  },
  {
    id: 'value_added_year',
    name: { zh: '工业增加值（年报，缺则取累计）', en: 'value added (annual report, else cumulative)' },
    firstOf: ['annual_value_added', 'value_added'],
    note: null,
  },
];

/** The scheme's quantities after the built-ins it does not redefine, in evaluation order. */
export function effectiveQuantities(defined: readonly QuantityDefinition[]): QuantityDefinition[] {
  const own = new Set(defined.map((q) => q.id));
  return [...BUILT_IN_QUANTITIES.filter((q) => !own.has(q.id)), ...defined];
}
