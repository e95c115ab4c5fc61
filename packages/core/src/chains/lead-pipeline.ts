/**
 * The investment-promotion roadmap's pipeline (招商路线图): a target company for a gap moves 线索 → 接洽 → 考察 →
 * 签约 → 落地, forward only (steps may be skipped when they happened outside the register), or is dropped
 * (放弃) from any open stage with a reason. 落地 and 放弃 are final.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export const LEAD_STAGES = ['lead', 'contact', 'visit', 'signed', 'landed'] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];
export type LeadStatus = LeadStage | 'dropped';

export const LEAD_STATUS_NAMES: Record<LeadStatus, BilingualName> = {
  lead: { zh: '线索', en: 'Lead' },
  contact: { zh: '接洽', en: 'In contact' },
  visit: { zh: '考察', en: 'Site visit' },
  signed: { zh: '签约', en: 'Signed' },
  landed: { zh: '落地', en: 'Landed' },
  dropped: { zh: '放弃', en: 'Dropped' },
};

export function isFinalLeadStatus(status: LeadStatus): boolean {
  return status === 'landed' || status === 'dropped';
}

/** Null when the move is allowed, else why not (bilingual). */
export function leadMoveProblem(from: LeadStatus, to: LeadStatus, reason?: string | null): BilingualName | null {
  if (isFinalLeadStatus(from))
    return { zh: `${LEAD_STATUS_NAMES[from].zh}为终态，不能再变更`, en: `${LEAD_STATUS_NAMES[from].en} is final` };
  if (to === 'dropped')
    return reason && reason.trim() !== '' ? null : { zh: '放弃须说明原因', en: 'Dropping needs a reason' };
  // `from` is open here (not landed, not dropped), `to` is a stage.
  if (LEAD_STAGES.indexOf(to) <= LEAD_STAGES.indexOf(from as LeadStage))
    return {
      zh: `只能向前推进：${LEAD_STATUS_NAMES[from].zh} → ${LEAD_STATUS_NAMES[to].zh} 不允许`,
      en: `Only forward moves: ${LEAD_STATUS_NAMES[from].en} → ${LEAD_STATUS_NAMES[to].en} is not allowed`,
    };
  return null;
}
