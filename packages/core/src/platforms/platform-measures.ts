/**
 * The target measures the platform register answers (wuda's 2025 targets, DOMAIN.md §2) and how each counts:
 * which kind and levels, whether only platforms recognised after the policy (2020-09-29: "新增") count, and
 * whether clusters are counted instead of platforms (产业创新服务综合体 "全覆盖": clusters with at least one).
 * A platform counts when it is in force at the end of the year (认定 or 复核, not 摘牌).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { PlatformKind, PlatformLevel } from './platform-kind.ts';
import { platformInForce, type PlatformStatusChange } from './platform-status.ts';

/** The date of the 五大 policy (《关于培育“五大”先进制造业产业集群高质量发展的实施意见》): "new" means recognised after it. */
export const PLATFORM_POLICY_DATE = '2020-09-29';

export interface PlatformMeasure {
  measure: string;
  kind: PlatformKind;
  /** Levels that count (a national one counts where 省级以上 is meant). */
  levels: readonly PlatformLevel[];
  /** Only platforms recognised after the policy date. */
  newSincePolicy: boolean;
  /** Count distinct top-level clusters with such a platform instead of platforms. */
  countClusters: boolean;
  basis: BilingualName;
}

const measure = (
  id: string,
  kind: PlatformKind,
  levels: readonly PlatformLevel[],
  basis: [string, string],
  options: { newSincePolicy?: boolean; countClusters?: boolean } = {},
): PlatformMeasure => ({
  measure: id,
  kind,
  levels,
  newSincePolicy: options.newSincePolicy ?? false,
  countClusters: options.countClusters ?? false,
  basis: { zh: basis[0], en: basis[1] },
});

export const PLATFORM_MEASURES: readonly PlatformMeasure[] = [
  measure(
    'count:national_industrialisation_demo_bases',
    'industrialisation_demo_base',
    ['national'],
    [
      '国家级新型工业化产业示范基地（年末认定有效）',
      'national new-industrialisation demonstration bases in force at year end',
    ],
  ),
  measure(
    'count:provincial_industrialisation_demo_bases',
    'industrialisation_demo_base',
    ['provincial'],
    [
      '省级新型工业化产业示范基地（年末认定有效）',
      'provincial new-industrialisation demonstration bases in force at year end',
    ],
  ),
  measure(
    'count:new_characteristic_industrial_parks',
    'characteristic_park',
    ['provincial', 'municipal'],
    [
      '2020-09-29 政策印发后认定、年末有效的特色产业园',
      'characteristic industrial parks recognised after the policy of 2020-09-29 and in force at year end',
    ],
    { newSincePolicy: true },
  ),
  measure(
    'count:new_small_micro_enterprise_parks',
    'small_micro_park',
    ['provincial', 'municipal'],
    [
      '2020-09-29 政策印发后认定、年末有效的特色小微企业园',
      'small and micro enterprise parks recognised after the policy of 2020-09-29 and in force at year end',
    ],
    { newSincePolicy: true },
  ),
  measure(
    'count:provincial_manufacturing_innovation_centres',
    'manufacturing_innovation_centre',
    ['national', 'provincial'],
    ['省级及以上制造业创新中心（年末认定有效）', 'provincial or national manufacturing innovation centres in force'],
  ),
  measure(
    'count:industrial_internet_platforms',
    'industrial_internet_platform',
    ['national', 'provincial', 'municipal'],
    ['认定有效的行业工业互联网平台（各级）', 'sector industrial internet platforms in force (any level)'],
  ),
  measure(
    'count:provincial_industrial_design_bases',
    'industrial_design_base',
    ['provincial'],
    ['省级工业设计基地（年末认定有效）', 'provincial industrial design bases in force at year end'],
  ),
  measure(
    'count:clusters_with_provincial_innovation_complex',
    'innovation_complex',
    ['provincial'],
    [
      '有省级产业创新服务综合体（年末有效）的集群数',
      'clusters with a provincial industrial innovation service complex in force at year end',
    ],
    { countClusters: true },
  ),
];

export interface CountablePlatform {
  kind: PlatformKind;
  level: PlatformLevel;
  /** YYYY-MM-DD or null. */
  recognisedDate: string | null;
  /** The top-level cluster of the system the count is for, or null. */
  topClusterId: string | null;
  history: readonly PlatformStatusChange[];
}

/** The measure's value at the end of a year. */
export function countPlatforms(definition: PlatformMeasure, platforms: readonly CountablePlatform[], year: number) {
  const yearEnd = `${year}-12-31`;
  const counted = platforms.filter(
    (platform) =>
      platform.kind === definition.kind &&
      definition.levels.includes(platform.level) &&
      platformInForce(platform.history, yearEnd) &&
      (!definition.newSincePolicy ||
        (platform.recognisedDate !== null && platform.recognisedDate > PLATFORM_POLICY_DATE)),
  );
  if (!definition.countClusters) return counted.length;
  return new Set(counted.flatMap((platform) => (platform.topClusterId === null ? [] : [platform.topClusterId]))).size;
}
