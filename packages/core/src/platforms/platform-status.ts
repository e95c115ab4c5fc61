/**
 * A platform's designation status (DOMAIN.md §2): 培育/创建 → 认定 → 复核 (repeatable) → 摘牌. A status change has a
 * date; the status on a day is the latest change at or before it. Counting towards targets uses the platforms
 * recognised (认定 or 复核) and not delisted at the end of the year.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const PLATFORM_STATUSES = ['cultivating', 'recognised', 'reviewed', 'delisted'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

export const PLATFORM_STATUS_NAMES: Readonly<Record<PlatformStatus, BilingualName>> = {
  cultivating: { zh: '培育/创建', en: 'cultivating' },
  recognised: { zh: '认定', en: 'recognised' },
  reviewed: { zh: '复核', en: 'reviewed' },
  delisted: { zh: '摘牌', en: 'delisted' },
};

const NEXT: Readonly<Record<PlatformStatus, readonly PlatformStatus[]>> = {
  cultivating: ['recognised', 'delisted'],
  recognised: ['reviewed', 'delisted'],
  reviewed: ['reviewed', 'delisted'],
  delisted: [],
};

/** Whether a platform may move from one status to the next (null: it has none yet, any first status). */
export function platformStatusMayFollow(from: PlatformStatus | null, to: PlatformStatus): boolean {
  return from === null ? to !== 'reviewed' : NEXT[from].includes(to);
}

/** The status a list's text names (培育, 创建, 认定, 复核, 摘牌/撤销), or null. */
export function platformStatusOf(text: string): PlatformStatus | null {
  const clean = text.replace(/\s+/gu, '');
  if (/摘牌|撤销|取消/u.test(clean)) return 'delisted';
  if (/复核|复评/u.test(clean)) return 'reviewed';
  if (/认定|命名|授牌|已认定/u.test(clean)) return 'recognised';
  if (/培育|创建|筹建/u.test(clean)) return 'cultivating';
  const english = clean.toLowerCase();
  return (PLATFORM_STATUSES as readonly string[]).includes(english) ? (english as PlatformStatus) : null;
}

export interface PlatformStatusChange {
  status: PlatformStatus;
  /** YYYY-MM-DD. */
  date: string;
}

/** The status in force on a day (the latest change dated at or before it; ties: the later entry), or null. */
export function platformStatusOn(history: readonly PlatformStatusChange[], day: string): PlatformStatus | null {
  let found: PlatformStatus | null = null;
  let foundDate = '';
  for (const change of history)
    if (change.date <= day && change.date >= foundDate) {
      found = change.status;
      foundDate = change.date;
    }
  return found;
}

/** Recognised and not delisted on the day: the platform counts. */
export function platformInForce(history: readonly PlatformStatusChange[], day: string): boolean {
  const status = platformStatusOn(history, day);
  return status === 'recognised' || status === 'reviewed';
}
