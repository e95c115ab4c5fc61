/**
 * The status machine of a rectification case: one step forward at a time along 摸排 → 认定 → 方案 → 实施 → 验收 →
 * 销号, or 摸排 → 不予认定 with a note saying why. A step needs its fields: a plan type before 方案, and the outcomes
 * (亩 and 吨标煤 freed; 0 is an outcome, unknown is not) before 验收 and 销号. 销号 and 不予认定 are final.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import {
  isFinalRectificationStatus,
  RECTIFICATION_STAGES,
  RECTIFICATION_STATUS_NAMES,
  type RectificationPlanType,
  type RectificationStage,
  type RectificationStatus,
} from './rectification-vocabulary.ts';

/** What a move may need of the case (its state after the move's own changes). */
export interface RectificationCaseFields {
  status: RectificationStatus;
  planType: RectificationPlanType | null;
  landFreedMu: number | null;
  energyFreedTce: number | null;
}

/** The statuses a case may move to next (empty when final). */
export function nextRectificationStatuses(status: RectificationStatus): RectificationStatus[] {
  if (isFinalRectificationStatus(status)) return [];
  const index = RECTIFICATION_STAGES.indexOf(status as RectificationStage);
  const next: RectificationStatus[] = [RECTIFICATION_STAGES[index + 1]!];
  return status === 'survey' ? [...next, 'dismissed'] : next;
}

const names = RECTIFICATION_STATUS_NAMES;

/** Null when the case may move to `to` (its fields as they will be after the move), else why not (bilingual). */
export function rectificationMoveProblem(
  fields: RectificationCaseFields,
  to: RectificationStatus,
  note?: string | null,
): BilingualName | null {
  const from = fields.status;
  if (isFinalRectificationStatus(from))
    return { zh: `${names[from].zh}为终态，不能再变更`, en: `${names[from].en} is final` };
  if (!nextRectificationStatuses(from).includes(to))
    return {
      zh: `只能逐步推进：${names[from].zh} → ${names[to].zh} 不允许`,
      en: `One step forward at a time: ${names[from].en} → ${names[to].en} is not allowed`,
    };
  if (to === 'dismissed' && (note ?? '').trim() === '')
    return { zh: '不予认定须说明核查情况', en: 'Dismissing a case needs a note on the check' };
  if (to === 'planned' && fields.planType === null)
    return { zh: '进入方案阶段须选定整治方式', en: 'A plan type is needed before the plan stage' };
  if ((to === 'accepted' || to === 'closed') && (fields.landFreedMu === null || fields.energyFreedTce === null))
    return {
      zh: `${names[to].zh}前须填写腾出用地（亩）和腾出用能（吨标煤）`,
      en: `Land freed (亩) and energy freed (吨标煤) are needed before ${names[to].en}`,
    };
  return null;
}
