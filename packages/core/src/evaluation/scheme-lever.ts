/**
 * Differentiated policies (差别化政策) a class brings: land-use tax relief, rewards, new land, energy and emission
 * quota for A/B; surcharges on power, water and sewage for C/D, with steps for consecutive years in the class
 * (海宁 2025 draft: D +0.3 元/kWh, three years running +0.4). A rate is per canonical unit of its basis quantity
 * (元 per kWh, share of 元, 元 per 亩) and gives an amount in canonical units; a lever without a rate is listed only.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { CANONICAL_UNITS } from '../units/index.ts';
import { classIdSchema } from './scheme-classification.ts';
import { referenceIdSchema } from './scope-predicate.ts';

const canonicalUnitCodes = Object.values(CANONICAL_UNITS) as [string, ...string[]];

export const leverKinds = [
  'land_use_tax_relief',
  'reward',
  'land_supply',
  'energy_quota',
  'emission_quota',
  'direct_power_trading',
  'power_surcharge',
  'water_surcharge',
  'sewage_surcharge',
  'gas_surcharge',
  'credit',
  'restriction',
  'other',
] as const;

export const leverSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  name: bilingualNameSchema,
  kind: z.enum(leverKinds),
  direction: z.enum(['benefit', 'charge']),
  classes: z.array(classIdSchema).min(1),
  groups: z.array(z.string()).nullable().default(null).describe('group ids; null = every group'),
  rate: z
    .strictObject({
      basis: referenceIdSchema.describe('measure or quantity the rate applies to'),
      amountUnit: z.enum(canonicalUnitCodes).describe('canonical unit of the amount, e.g. yuan'),
      steps: z
        .array(z.strictObject({ fromConsecutiveYears: z.number().int().positive(), value: z.number().finite() }))
        .min(1)
        .refine((s) => s.every((step, i) => i === 0 || step.fromConsecutiveYears > s[i - 1]!.fromConsecutiveYears)),
      amountDecimals: z.number().int().min(0).max(6).default(2),
    })
    .nullable()
    .default(null),
  source: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});

export type Lever = z.infer<typeof leverSchema>;
export type LeverKind = (typeof leverKinds)[number];
