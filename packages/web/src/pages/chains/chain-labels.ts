/** Names of the chain vocabulary on screen (the same words as core's chains module), and the output basis line. */
import type { ChainStage, LinkStrength } from '../../charts/options/chain-graph.ts';
import type { Bilingual } from '../../i18n/language.tsx';
import type { GapAction, LeadStatus, OutputBasis } from './chain-types.ts';

export const STAGE_NAMES: Record<ChainStage, Bilingual> = {
  upstream: { zh: '上游', en: 'Upstream' },
  midstream: { zh: '中游', en: 'Midstream' },
  downstream: { zh: '下游', en: 'Downstream' },
};

export const STRENGTH_NAMES: Record<LinkStrength, Bilingual> = {
  strong: { zh: '强', en: 'Strong' },
  weak: { zh: '弱', en: 'Weak' },
  missing: { zh: '缺', en: 'Missing' },
};

export const ACTION_NAMES: Record<GapAction, Bilingual> = {
  build: { zh: '建链', en: 'Build the chain' },
  fill: { zh: '补链', en: 'Fill the gap' },
  strengthen: { zh: '强链', en: 'Strengthen' },
  extend: { zh: '延链', en: 'Extend the chain' },
};

/** The pipeline's open columns in order; 放弃 is shown apart. */
export const PIPELINE: readonly Exclude<LeadStatus, 'dropped'>[] = ['lead', 'contact', 'visit', 'signed', 'landed'];

export const LEAD_STATUS_NAMES: Record<LeadStatus, Bilingual> = {
  lead: { zh: '线索', en: 'Lead' },
  contact: { zh: '接洽', en: 'In contact' },
  visit: { zh: '考察', en: 'Site visit' },
  signed: { zh: '签约', en: 'Signed' },
  landed: { zh: '落地', en: 'Landed' },
  dropped: { zh: '放弃', en: 'Dropped' },
};

/** The next stage of an open lead, or null for 落地 and 放弃. */
export function nextLeadStatus(status: LeadStatus): LeadStatus | null {
  const index = PIPELINE.indexOf(status as (typeof PIPELINE)[number]);
  return index < 0 || index === PIPELINE.length - 1 ? null : PIPELINE[index + 1]!;
}

export function basisText(year: number, basis: OutputBasis): Bilingual {
  if (basis.kind === 'annual') return { zh: `${year}年全年产值`, en: `Annual output ${year}` };
  if (basis.kind === 'cumulative')
    return { zh: `${year}年1-${basis.month}月累计产值`, en: `Output Jan–${basis.month} ${year} (cumulative)` };
  return { zh: `${year}年尚无产值数据`, en: `No output stored for ${year}` };
}
