/**
 * The closed vocabularies of the cluster registry (DOMAIN.md §2): designation levels, statuses,
 * zone roles and catalogue coverage, each with its Chinese and English label.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const designationLevels = {
  world: { zh: '世界级', en: 'world-class' },
  national: { zh: '国家级', en: 'national' },
  provincial_characteristic: { zh: '省级特色产业集群', en: 'provincial characteristic cluster' },
  provincial_nova: { zh: '省级“新星”产业群', en: 'provincial "nova" group' },
  city: { zh: '市级', en: 'city' },
} as const satisfies Record<string, BilingualName>;
export type DesignationLevel = keyof typeof designationLevels;

/** Lifecycle 申报 → 培育/创建 → 认定 → 复核/摘牌. */
export const designationStatuses = {
  candidate: { zh: '申报', en: 'candidate' },
  cultivating: { zh: '培育/创建', en: 'cultivating' },
  recognised: { zh: '认定', en: 'recognised' },
  reviewed: { zh: '复核通过', en: 'reviewed' },
  withdrawn: { zh: '摘牌', en: 'withdrawn' },
} as const satisfies Record<string, BilingualName>;
export type DesignationStatus = keyof typeof designationStatuses;

export const zoneRoles = {
  core: { zh: '核心区', en: 'core zone' },
  collaborative: { zh: '协同区', en: 'collaborative zone' },
  member_city: { zh: '成员城市', en: 'member city' },
  focus: { zh: '重点布局', en: 'focus area' },
} as const satisfies Record<string, BilingualName>;
export type ZoneRole = keyof typeof zoneRoles;

export const catalogueCoverages = {
  full: { zh: '全部', en: 'full' },
  partial: { zh: '部分', en: 'partial' },
} as const satisfies Record<string, BilingualName>;
export type CatalogueCoverage = keyof typeof catalogueCoverages;

export const systemOwners = {
  national: { zh: '国家', en: 'national' },
  province: { zh: '省', en: 'province' },
  city: { zh: '市', en: 'city' },
} as const satisfies Record<string, BilingualName>;
export type SystemOwner = keyof typeof systemOwners;

/** Keys of a vocabulary as a non-empty tuple, for zod enums. */
export function vocabularyKeys<T extends Record<string, BilingualName>>(
  vocabulary: T,
): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(vocabulary) as (keyof T & string)[];
  if (keys.length === 0) throw new Error('empty vocabulary');
  return keys as [keyof T & string, ...(keyof T & string)[]];
}
