/** Bilingual words of the import pages: batch statuses, severities, revision actions, a period's text. */
import type { Bilingual } from '../../i18n/language.tsx';
import type { ImportPeriod } from './import-types.ts';

const STATUS: Record<string, Bilingual> = {
  committed: { zh: '已入库', en: 'Committed' },
  duplicate: { zh: '重复文件（未变化）', en: 'Duplicate (unchanged)' },
  rejected: { zh: '已拒收', en: 'Rejected' },
  dry_run: { zh: '试导入通过（未入库）', en: 'Dry run passed (not stored)' },
  rolled_back: { zh: '已回退', en: 'Rolled back' },
  superseded: { zh: '已被新版本替代', en: 'Superseded' },
};

const ACTION: Record<string, Bilingual> = {
  import: { zh: '导入', en: 'Import' },
  rollback: { zh: '回退', en: 'Rollback' },
};

export const SEVERITY: Record<'error' | 'warning', Bilingual> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '提示', en: 'Warning' },
};

export const statusLabel = (status: string): Bilingual => STATUS[status] ?? { zh: status, en: status };
export const actionLabel = (action: string): Bilingual => ACTION[action] ?? { zh: action, en: action };

/** Colour class of a status badge. */
export function statusTone(status: string): string {
  if (status === 'rejected') return 'red';
  if (status === 'committed' || status === 'dry_run') return 'A';
  return 'blue';
}

/** 2024-10 / 2024 (annual) / — */
export function periodKey(period: ImportPeriod | null): string {
  if (period === null) return '—';
  return period.month === 0 ? String(period.year) : `${period.year}-${String(period.month).padStart(2, '0')}`;
}
