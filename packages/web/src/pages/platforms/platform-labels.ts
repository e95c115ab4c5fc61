/** Names of platform kinds, levels and statuses in both languages (as core's PLATFORM_* tables say). */
import type { Bilingual } from '../../i18n/language.tsx';
import type { PlatformKind, PlatformLevel, PlatformStatus } from './platform-types.ts';

export const KIND_NAMES: Record<PlatformKind, Bilingual> = {
  industrialisation_demo_base: { zh: '新型工业化产业示范基地', en: 'New-industrialisation demo base' },
  characteristic_park: { zh: '特色产业园', en: 'Characteristic industrial park' },
  small_micro_park: { zh: '特色小微企业园', en: 'Small and micro enterprise park' },
  manufacturing_innovation_centre: { zh: '制造业创新中心', en: 'Manufacturing innovation centre' },
  industrial_design_base: { zh: '工业设计基地', en: 'Industrial design base' },
  industrial_internet_platform: { zh: '工业互联网平台', en: 'Industrial internet platform' },
  innovation_complex: { zh: '产业创新服务综合体', en: 'Innovation service complex' },
};

export const LEVEL_NAMES: Record<PlatformLevel, Bilingual> = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
};

export const STATUS_NAMES: Record<PlatformStatus, Bilingual> = {
  cultivating: { zh: '培育/创建', en: 'cultivating' },
  recognised: { zh: '认定', en: 'recognised' },
  reviewed: { zh: '复核', en: 'reviewed' },
  delisted: { zh: '摘牌', en: 'delisted' },
};

/** Badge colour of a status: in force blue, cultivating yellow, delisted red. */
export const STATUS_BADGE: Record<PlatformStatus, string> = {
  cultivating: 'yellow',
  recognised: 'blue',
  reviewed: 'blue',
  delisted: 'red',
};
