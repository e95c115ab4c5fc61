/** Bilingual words of the admin pages: scope kinds, account states, chain problems; short times. */
import type { Bilingual } from '../../i18n/language.tsx';

export const SCOPE_KINDS: Record<string, Bilingual> = {
  city: { zh: '全市', en: 'City-wide' },
  unit: { zh: '县（市、区）', en: 'One reporting unit' },
  cluster: { zh: '集群', en: 'One cluster' },
  enterprise: { zh: '本企业', en: 'One enterprise' },
  none: { zh: '无业务数据', en: 'No business data' },
};

export const CHAIN_PROBLEMS: Record<string, Bilingual> = {
  hash_mismatch: { zh: '哈希不符（记录被改动）', en: 'hash mismatch (an entry was altered)' },
  broken_link: { zh: '链接断开', en: 'broken link' },
  sequence_gap: { zh: '序号缺失（记录被删除）', en: 'sequence gap (an entry was removed)' },
};

export const label = (table: Record<string, Bilingual>, key: string): Bilingual => table[key] ?? { zh: key, en: key };

/** "2024-10-05T08:00:00.000Z" → "2024-10-05 08:00:00" (UTC as stored). */
export const longTime = (iso: string | null): string => (iso ? iso.slice(0, 19).replace('T', ' ') : '—');
