/**
 * The shape of a registry data file (packages/server/data/registry/*.yaml): one cluster system (口径) with
 * its clusters, their designations and zones, the statistical catalogue and the targets. A bureau edits
 * these files (or uses the API) to replace or extend the registry; this schema is the contract.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { isIsoDate } from '../period/iso-date.ts';
import {
  catalogueCoverages,
  designationLevels,
  designationStatuses,
  systemOwners,
  vocabularyKeys,
  zoneRoles,
} from './registry-vocabulary.ts';

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case ASCII letters, digits and hyphens (如 wuda-textile)');
const isoDateSchema = z.string().refine(isIsoDate, 'dates are real days written YYYY-MM-DD');
const industryPrefixSchema = z
  .string()
  .regex(/^(\d{2}|\d{3}|\d{4})$/, 'catalogue codes are GB/T 4754 division, group or class codes (2–4 digits)');

export const statusChangeSchema = z.object({
  status: z.enum(vocabularyKeys(designationStatuses)),
  date: isoDateSchema.nullable().default(null),
  note: z.string().nullable().default(null),
});

export const zoneSchema = z.object({
  region: z.string().min(1).describe('a region id: a GB/T 2260 code or a functional zone id'),
  role: z.enum(vocabularyKeys(zoneRoles)),
  note: z.string().nullable().default(null),
});

export const designationSchema = z.object({
  level: z.enum(vocabularyKeys(designationLevels)),
  batch: z.number().int().positive().nullable().default(null),
  year: z.number().int().min(1990).max(2100).nullable().default(null),
  status: z.enum(vocabularyKeys(designationStatuses)),
  statusHistory: z.array(statusChangeSchema).default([]),
  source: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
  zones: z.array(zoneSchema).default([]),
});

export const catalogueEntrySchema = z.object({
  code: industryPrefixSchema,
  coverage: z.enum(vocabularyKeys(catalogueCoverages)),
  validFrom: z.number().int().nullable().default(null),
  validTo: z.number().int().nullable().default(null),
  note: z.string().nullable().default(null),
});

export const targetSchema = z.object({
  id: idSchema,
  name: bilingualNameSchema,
  measure: z.string().min(1).describe('measure or count code, e.g. industrial_output, count:listed_companies'),
  value: z.number().finite(),
  unit: z.string().min(1).describe('as the bureau writes it: 亿元, 万元/亩, %, 家, 个'),
  deadline: isoDateSchema,
  baseline: z.object({ value: z.number().finite(), year: z.number().int() }).nullable().default(null),
  owner: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
});

export const clusterSchema = z.object({
  id: idSchema,
  name: bilingualNameSchema,
  parent: idSchema.nullable().default(null),
  tier: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  designations: z.array(designationSchema).default([]),
  catalogue: z.array(catalogueEntrySchema).default([]),
  targets: z.array(targetSchema).default([]),
});

export const clusterSystemSchema = z.object({
  id: idSchema,
  name: bilingualNameSchema,
  owner: z.enum(vocabularyKeys(systemOwners)),
  region: z.string().min(1),
  additive: z.boolean().describe('whether cluster totals may be added up inside this system'),
  illustrative: z.boolean().default(false).describe('true for data that is not official (e.g. the 135N example)'),
  source: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  facts: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

export const registryFileSchema = z.object({
  system: clusterSystemSchema,
  clusters: z.array(clusterSchema).default([]),
  /** Targets of the system as a whole or of the city (subject = the system). */
  targets: z.array(targetSchema).default([]),
});

export type RegistryFile = z.infer<typeof registryFileSchema>;
export type RegistryCluster = z.infer<typeof clusterSchema>;
export type RegistryDesignation = z.infer<typeof designationSchema>;
export type RegistryTarget = z.infer<typeof targetSchema>;
export type RegistryCatalogueEntry = z.infer<typeof catalogueEntrySchema>;
export type RegistrySystem = z.infer<typeof clusterSystemSchema>;
