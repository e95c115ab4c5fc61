/**
 * The rectification register's words (高耗低效企业整治 and 低效用地, DOMAIN.md §6): the statuses of a case
 * 摸排 → 认定 → 方案 → 实施 → 验收 → 销号 (or 不予认定 after the 摸排 check), the five plan types, and where a case came
 * from (an evaluation run's candidate, a data rule, or the county's own report).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

/** The main line of a case, in order. */
export const RECTIFICATION_STAGES = ['survey', 'confirmed', 'planned', 'implementing', 'accepted', 'closed'] as const;
export type RectificationStage = (typeof RECTIFICATION_STAGES)[number];
/** 不予认定: the local check found no case. */
export type RectificationStatus = RectificationStage | 'dismissed';
export const RECTIFICATION_STATUSES: readonly RectificationStatus[] = [...RECTIFICATION_STAGES, 'dismissed'];

export const RECTIFICATION_STATUS_NAMES: Record<RectificationStatus, BilingualName> = {
  survey: { zh: '摸排', en: 'Survey' },
  confirmed: { zh: '认定', en: 'Confirmed' },
  planned: { zh: '方案', en: 'Plan' },
  implementing: { zh: '实施', en: 'Implementing' },
  accepted: { zh: '验收', en: 'Accepted' },
  closed: { zh: '销号', en: 'Closed' },
  dismissed: { zh: '不予认定', en: 'Dismissed' },
};

export const RECTIFICATION_PLAN_TYPES = ['upgrade', 'merger', 'reclaim', 'relocate', 'exit'] as const;
export type RectificationPlanType = (typeof RECTIFICATION_PLAN_TYPES)[number];

export const RECTIFICATION_PLAN_NAMES: Record<RectificationPlanType, BilingualName> = {
  upgrade: { zh: '改造提升', en: 'Upgrade' },
  merger: { zh: '兼并重组', en: 'Merger' },
  reclaim: { zh: '回收盘活', en: 'Reclaim and reuse' },
  relocate: { zh: '集聚入园', en: 'Move into a park' },
  exit: { zh: '关停退出', en: 'Close and exit' },
};

export const RECTIFICATION_ORIGINS = ['evaluation', 'data_rule', 'local_report'] as const;
export type RectificationOrigin = (typeof RECTIFICATION_ORIGINS)[number];

export const RECTIFICATION_ORIGIN_NAMES: Record<RectificationOrigin, BilingualName> = {
  evaluation: { zh: '亩均评价', en: 'Evaluation' },
  data_rule: { zh: '数据规则', en: 'Data rule' },
  local_report: { zh: '属地上报', en: 'Local report' },
};

/** A case that is finished: 销号 or 不予认定. */
export function isFinalRectificationStatus(status: RectificationStatus): boolean {
  return status === 'closed' || status === 'dismissed';
}
