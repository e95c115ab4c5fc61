/**
 * Words and colours of the pool pages: short tier names for tables and cards, validity and transition badges,
 * condition outcomes, and a condition's value in its metric's unit (money in 亿元/万元, shares in %).
 */
import type { ConditionOutcome, EntryValidity, PoolMetric, PoolTier, PoolTransitionKind } from '@observatory/core';
import { count, money, percent } from '../../format/display.ts';
import type { Bilingual, Language } from '../../i18n/language.tsx';

export const TIER_SHORT: Record<PoolTier, Bilingual> = {
  eagle: { zh: '雄鹰', en: 'Eagle' },
  young_eagle: { zh: '雏鹰', en: 'Young eagle' },
  specialised: { zh: '专精特新', en: 'Specialised' },
  little_giant: { zh: '小巨人', en: 'Little giant' },
  single_champion: { zh: '单项冠军', en: 'Single champion' },
  hidden_champion: { zh: '隐形冠军', en: 'Hidden champion' },
  listing_reserve: { zh: '上市后备', en: 'Listing reserve' },
  listed: { zh: '上市', en: 'Listed' },
};

export const LEVEL_NAMES: Record<'national' | 'provincial' | 'municipal', Bilingual> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
};

/** Badge colour per validity (styles.css badge classes). */
export const VALIDITY_BADGE: Record<EntryValidity, string> = {
  in_force: 'blue',
  expiring: 'orange',
  expired: 'red',
  withdrawn: 'red',
  not_yet: 'yellow',
};

export const TRANSITION_BADGE: Record<PoolTransitionKind, string> = {
  new: 'blue',
  upgrade: 'blue',
  kept: '',
  downgrade: 'orange',
  dropped: 'red',
  expired: 'red',
};

export const OUTCOME_MARK: Record<ConditionOutcome, string> = { pass: '✓', fail: '✗', not_measurable: '?' };

/** A condition's value (or threshold) in its metric's unit. */
export function metricValue(metric: PoolMetric | null, value: number | null, language: Language): string {
  if (metric === null || value === null) return '—';
  switch (metric) {
    case 'rd_share':
    case 'revenue_growth':
      return percent(value / 100);
    case 'employees':
      return `${count(Math.round(value))}${language === 'zh' ? '人' : ' people'}`;
    default:
      return money(value, language);
  }
}
