/** Bilingual words of the warnings centre: severities, statuses, rule kinds and subject kinds. */
import type { Bilingual } from '../../i18n/language.tsx';
import type { WarningSeverity, WarningStatus } from './warning-types.ts';

export const SEVERITIES: Record<WarningSeverity, Bilingual> = {
  red: { zh: '红色', en: 'Red' },
  orange: { zh: '橙色', en: 'Orange' },
  yellow: { zh: '黄色', en: 'Yellow' },
};

export const STATUSES: Record<WarningStatus, Bilingual> = {
  open: { zh: '待处理', en: 'Open' },
  acknowledged: { zh: '已确认', en: 'Acknowledged' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const KINDS: Record<string, Bilingual> = {
  growth_below: { zh: '增速偏低', en: 'Growth low' },
  below_city: { zh: '低于全市增速', en: 'Below the city' },
  consecutive_decline: { zh: '连续下降', en: 'Consecutive decline' },
  loss_share_over: { zh: '亏损面偏高', en: 'Loss share high' },
  leader_output_drop: { zh: '龙头企业下滑', en: 'Leader output drop' },
  energy_over_quota: { zh: '能耗超限', en: 'Energy over quota' },
  more_d_class: { zh: 'D类企业增多', en: 'More class D firms' },
  project_overdue: { zh: '项目逾期', en: 'Project overdue' },
  pool_entry_expiring: { zh: '培育库资格即将到期', en: 'Pool entry expiring' },
  rectification_overdue: { zh: '整治案件逾期', en: 'Rectification case overdue' },
  platform_review_due: { zh: '平台载体到期复核', en: 'Platform review due' },
  chain_lead_stalled: { zh: '招商线索停滞', en: 'Chain lead stalled' },
};

export const SUBJECT_KINDS: Record<string, Bilingual> = {
  cluster: { zh: '集群', en: 'Cluster' },
  unit: { zh: '县（市、区）', en: 'County' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  project: { zh: '项目', en: 'Project' },
};

export const kindLabel = (kind: string): Bilingual => KINDS[kind] ?? { zh: kind, en: kind };
export const subjectKindLabel = (kind: string): Bilingual => SUBJECT_KINDS[kind] ?? { zh: kind, en: kind };

/** Red first, then orange, then yellow. */
export const severityOrder = (severity: WarningSeverity): number => ['red', 'orange', 'yellow'].indexOf(severity);

/** "2024-10-05T08:00:00.000Z" → "2024-10-05 08:00". */
export const shortTime = (iso: string | null): string => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
