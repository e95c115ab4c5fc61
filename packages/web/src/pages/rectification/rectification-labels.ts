/** Names of the rectification vocabulary on screen (the same words as core's rectification module). */
import type { Bilingual } from '../../i18n/language.tsx';
import type { CaseStatus, PlanType, RectificationCase } from './rectification-types.ts';

export const STATUS_ORDER: readonly CaseStatus[] = [
  'survey',
  'confirmed',
  'planned',
  'implementing',
  'accepted',
  'closed',
  'dismissed',
];

export const STATUS_NAMES: Record<CaseStatus, Bilingual> = {
  survey: { zh: '摸排', en: 'Survey' },
  confirmed: { zh: '认定', en: 'Confirmed' },
  planned: { zh: '方案', en: 'Plan' },
  implementing: { zh: '实施', en: 'Implementing' },
  accepted: { zh: '验收', en: 'Accepted' },
  closed: { zh: '销号', en: 'Closed' },
  dismissed: { zh: '不予认定', en: 'Dismissed' },
};

export const PLAN_NAMES: Record<PlanType, Bilingual> = {
  upgrade: { zh: '改造提升', en: 'Upgrade' },
  merger: { zh: '兼并重组', en: 'Merger' },
  reclaim: { zh: '回收盘活', en: 'Reclaim and reuse' },
  relocate: { zh: '集聚入园', en: 'Move into a park' },
  exit: { zh: '关停退出', en: 'Close and exit' },
};

export const ORIGIN_NAMES: Record<RectificationCase['origin'], Bilingual> = {
  evaluation: { zh: '亩均评价', en: 'Evaluation' },
  data_rule: { zh: '数据规则', en: 'Data rule' },
  local_report: { zh: '属地上报', en: 'Local report' },
};
