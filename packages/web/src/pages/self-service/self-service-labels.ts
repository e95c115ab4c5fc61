/** Bilingual words of the self-service page: appeal and correction statuses, short times. */
import type { Bilingual } from '../../i18n/language.tsx';

export const APPEAL_STATUS: Record<string, Bilingual> = {
  open: { zh: '待处理', en: 'Open' },
  awaiting_approval: { zh: '待复核', en: 'Awaiting approval' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

export const CORRECTION_STATUS: Record<string, Bilingual> = {
  pending: { zh: '待处理', en: 'Pending' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

export const label = (table: Record<string, Bilingual>, key: string): Bilingual => table[key] ?? { zh: key, en: key };

/** "2024-10-05T08:00:00.000Z" → "2024-10-05 08:00". */
export const shortTime = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** An exact decimal text as a number for display (null when missing). */
export const numberOf = (text: string | null): number | null => (text === null || text === '' ? null : Number(text));
