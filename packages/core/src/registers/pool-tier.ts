/**
 * The cultivation pools (企业培育库, DOMAIN.md §6) as a fixed vocabulary: each tier with its names as lists
 * write them (雄鹰企业, 专精特新“小巨人”企业, 制造业单项冠军), and the level of a designation (国家/省/市) as
 * its document's issuer says it (工信部 → national, 浙经信 → provincial, 嘉经信 → municipal).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { toHalfWidth } from '../intake/to-half-width.ts';

export const POOL_TIERS = [
  'eagle',
  'young_eagle',
  'specialised',
  'little_giant',
  'single_champion',
  'hidden_champion',
  'listing_reserve',
  'listed',
] as const;
export type PoolTier = (typeof POOL_TIERS)[number];

export const POOL_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type PoolLevel = (typeof POOL_LEVELS)[number];

export const POOL_TIER_NAMES: Record<PoolTier, BilingualName> = {
  eagle: { zh: '雄鹰企业', en: 'eagle enterprise' },
  young_eagle: { zh: '雏鹰企业', en: 'young eagle enterprise' },
  specialised: { zh: '专精特新中小企业', en: 'specialised and innovative SME' },
  little_giant: { zh: '专精特新“小巨人”企业', en: 'little giant' },
  single_champion: { zh: '单项冠军企业', en: 'single-product champion' },
  hidden_champion: { zh: '隐形冠军企业', en: 'hidden champion' },
  listing_reserve: { zh: '上市后备企业', en: 'listing candidate' },
  listed: { zh: '上市企业', en: 'listed company' },
};

const SYNONYMS: Record<PoolTier, readonly string[]> = {
  eagle: ['雄鹰', '雄鹰企业', '雄鹰行动企业', '雄鹰行动培育企业'],
  young_eagle: ['雏鹰', '雏鹰企业', '雏鹰行动企业', '雏鹰行动培育企业'],
  specialised: ['专精特新', '专精特新企业', '专精特新中小企业', '省级专精特新中小企业', '省专精特新中小企业'],
  little_giant: ['小巨人', '小巨人企业', '专精特新小巨人', '专精特新小巨人企业', '国家级专精特新小巨人企业'],
  single_champion: [
    '单项冠军',
    '单项冠军企业',
    '制造业单项冠军',
    '制造业单项冠军企业',
    '单项冠军示范企业',
    '单项冠军产品',
  ],
  hidden_champion: ['隐形冠军', '隐形冠军企业', '省隐形冠军企业', '隐形冠军培育企业'],
  listing_reserve: ['上市后备', '上市后备企业', '拟上市企业', '股改上市后备企业'],
  listed: ['上市', '上市企业', '上市公司', '已上市企业'],
};

/** Width, spaces and quotes do not matter: 专精特新“小巨人”企业 = 专精特新小巨人企业. */
const normalise = (text: string) => toHalfWidth(text).replace(/[\s"'“”‘’《》「」()（）]/gu, '');

const tierByName = new Map<string, PoolTier>(
  POOL_TIERS.flatMap((tier) => SYNONYMS[tier].map((name) => [normalise(name), tier] as const)),
);

/** The tier a list's text names, or null when it names none of the vocabulary. */
export function poolTierOf(text: string): PoolTier | null {
  return tierByName.get(normalise(text)) ?? null;
}

const LEVEL_BY_TEXT: readonly (readonly [RegExp, PoolLevel])[] = [
  [/^(国家|国家级|全国)$/u, 'national'],
  [/^(省|省级|浙江省)$/u, 'provincial'],
  [/^(市|市级|嘉兴市)$/u, 'municipal'],
];

/** The level a 级别 cell names (国家级, 省级, 市级), or null. */
export function poolLevelOf(text: string): PoolLevel | null {
  const compact = normalise(text);
  return LEVEL_BY_TEXT.find(([pattern]) => pattern.test(compact))?.[1] ?? null;
}

/** The level a designating document's issuer implies: 工信部/工信厅 national, 浙经信 provincial, 嘉经信 municipal. */
export function poolLevelOfDocument(document: string): PoolLevel | null {
  const compact = normalise(document);
  if (/^(工信部|工业和信息化部|工信厅)/u.test(compact)) return 'national';
  if (/^(浙经信|浙江省经济和信息化厅|浙政)/u.test(compact)) return 'provincial';
  if (/^(嘉经信|嘉兴市经济和信息化局|嘉政)/u.test(compact)) return 'municipal';
  return null;
}
