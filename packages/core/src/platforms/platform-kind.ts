/**
 * The kinds of platform (平台载体) the 2020 五大 policy counts (DOMAIN.md §2, §6): 新型工业化产业示范基地, 特色产业园,
 * 特色小微企业园, 制造业创新中心, 工业设计基地, 工业互联网平台 and 产业创新服务综合体, each with the levels it is
 * designated at and the words a list file uses for it.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const PLATFORM_KINDS = [
  'industrialisation_demo_base',
  'characteristic_park',
  'small_micro_park',
  'manufacturing_innovation_centre',
  'industrial_design_base',
  'industrial_internet_platform',
  'innovation_complex',
] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

export const PLATFORM_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type PlatformLevel = (typeof PLATFORM_LEVELS)[number];

export const PLATFORM_LEVEL_NAMES: Readonly<Record<PlatformLevel, BilingualName>> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
};

export interface PlatformKindInfo {
  name: BilingualName;
  /** The levels the kind is designated at. */
  levels: readonly PlatformLevel[];
  /** Words in a list's 类别 column that mean this kind (longest match wins). */
  words: readonly string[];
}

export const PLATFORM_KIND_INFO: Readonly<Record<PlatformKind, PlatformKindInfo>> = {
  industrialisation_demo_base: {
    name: { zh: '新型工业化产业示范基地', en: 'New-industrialisation demonstration base' },
    levels: ['national', 'provincial'],
    words: ['新型工业化产业示范基地', '新型工业化示范基地', '产业示范基地', '示范基地'],
  },
  characteristic_park: {
    name: { zh: '特色产业园', en: 'Characteristic industrial park' },
    levels: ['provincial', 'municipal'],
    words: ['特色产业园', '特色产业园区'],
  },
  small_micro_park: {
    name: { zh: '特色小微企业园', en: 'Characteristic small and micro enterprise park' },
    levels: ['provincial', 'municipal'],
    words: ['特色小微企业园', '小微企业园', '小微园'],
  },
  manufacturing_innovation_centre: {
    name: { zh: '制造业创新中心', en: 'Manufacturing innovation centre' },
    levels: ['national', 'provincial'],
    words: ['制造业创新中心', '创新中心'],
  },
  industrial_design_base: {
    name: { zh: '工业设计基地', en: 'Industrial design base' },
    levels: ['provincial', 'municipal'],
    words: ['工业设计基地', '工业设计示范基地'],
  },
  industrial_internet_platform: {
    name: { zh: '工业互联网平台', en: 'Industrial internet platform' },
    levels: ['national', 'provincial', 'municipal'],
    words: ['工业互联网平台', '行业工业互联网平台', '工业互联网'],
  },
  innovation_complex: {
    name: { zh: '产业创新服务综合体', en: 'Industrial innovation service complex' },
    levels: ['provincial', 'municipal'],
    words: ['产业创新服务综合体', '创新服务综合体', '综合体'],
  },
};

/** The kind a list's text names, or null. The longest word that occurs decides (小微企业园 before 产业园). */
export function platformKindOf(text: string): PlatformKind | null {
  const clean = text.replace(/\s+/gu, '');
  let best: { kind: PlatformKind; length: number } | null = null;
  for (const kind of PLATFORM_KINDS)
    for (const word of PLATFORM_KIND_INFO[kind].words)
      if (clean.includes(word) && (best === null || word.length > best.length)) best = { kind, length: word.length };
  return best?.kind ?? null;
}

/** The level a list's text names (国家级/省级/市级, 国家/省/市), or null. */
export function platformLevelOf(text: string): PlatformLevel | null {
  const clean = text.replace(/\s+/gu, '');
  if (/^(国家级?|national)$/iu.test(clean) || clean.startsWith('国家')) return 'national';
  if (/^(省级?|provincial)$/iu.test(clean) || clean.startsWith('省')) return 'provincial';
  if (/^(市级?|municipal)$/iu.test(clean) || clean.startsWith('市')) return 'municipal';
  return null;
}
