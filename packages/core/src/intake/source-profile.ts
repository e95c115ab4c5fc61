/**
 * A source profile describes one department file (统计月报, 税务, 电力, ...): which columns it has under
 * which names, in which unit, what each column means (identity, a measure's current value, its 上年同期
 * base), and the period it covers. Profiles are data (packages/server/data/profiles/*.yaml); a user can save
 * a custom column mapping on top of one.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';

export const departments = ['statistics', 'tax', 'power', 'land', 'environment', 'economy'] as const;
export type Department = (typeof departments)[number];

/** Where an import's accepted rows are stored. */
export const registerTargets = ['observations', 'projects', 'pool_entries'] as const;
export type RegisterTarget = (typeof registerTargets)[number];

/** What a column carries. */
export const columnRoles = [
  'uscc',
  'enterprise_name',
  'reporting_unit',
  'industry_code',
  'above_scale',
  'period',
  'account_number',
  'text',
  'measure_current',
  'measure_month',
  'measure_base',
  'measure_selector',
  /** Register profiles: a calendar date (签约日期, 入库日期), stored as YYYY-MM-DD. */
  'date',
  /** Register profiles: an amount in a unit (计划总投资 in 万元, 用地 in 亩), stored in the canonical unit. */
  'amount',
] as const;
export type ColumnRole = (typeof columnRoles)[number];

export const profileColumnSchema = z.object({
  /** Key of the column inside the profile, e.g. output_current. */
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  role: z.enum(columnRoles),
  /** The measure code for measure_* roles (industrial_output, tax_paid, electricity, ...). */
  measure: z.string().nullable().default(null),
  /** Header texts that name this column; for headers over several rows, parts joined by '|' (工业总产值|本年累计). */
  synonyms: z.array(z.string().min(1)).min(1),
  /**
   * For a measure_selector column: which measure each of its texts means (用地类型 自有 → land_own); the
   * row's measure_current columns without a measure of their own take it.
   */
  measureByText: z.record(z.string(), z.string()).nullable().default(null),
  /** Unit when the header and the file say none (unit code or symbol: 万元, 千元, kWh ...). */
  defaultUnit: z.string().nullable().default(null),
  required: z.boolean().default(false),
});

export const sourceProfileSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: bilingualNameSchema,
  department: z.enum(departments),
  /** monthly_cumulative: 本年累计 with 上年同期 per month; annual: one value per year; register: lists without periods. */
  periodicity: z.enum(['monthly_cumulative', 'annual', 'register']),
  /** Whom the file covers: only 规上 enterprises (their 规上 flag for the year is set on import) or any. */
  population: z.enum(['above_scale', 'any']).default('any'),
  /** Words in the title or file name that identify this source when none is given. */
  identifiers: z.array(z.string()).default([]),
  columns: z.array(profileColumnSchema).min(1),
  /**
   * Where accepted rows go: observations of measures (department files), or a register's rows (项目 lists →
   * project, 培育库 lists → pool_entry), stored per batch with the same revisions and rollback.
   */
  target: z.enum(registerTargets).default('observations'),
  /** Observation profiles whose rows are also land parcels (自然资源 land file): each row kept as a parcel. */
  landParcels: z.boolean().default(false),
});

export type SourceProfile = z.infer<typeof sourceProfileSchema>;
export type ProfileColumn = z.infer<typeof profileColumnSchema>;
