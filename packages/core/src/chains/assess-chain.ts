/**
 * A chain assessed on local data: each link strong, weak or missing from its local firms and their output, and the
 * gaps as actions (DOMAIN.md §6): a missing midstream link is 建链 (build the chain's core), a missing upstream link
 * 补链 (fill the supply gap), a missing downstream link 延链 (extend the chain), a weak link anywhere 强链
 * (strengthen). Output unknown for some firm makes a link's output unknown (never a silent 0): such a link is at
 * most weak.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { ChainDefinition, ChainStage, ChainThresholds } from './chain-definition.ts';

export type LinkStrength = 'strong' | 'weak' | 'missing';
export type GapAction = 'build' | 'fill' | 'strengthen' | 'extend';

export const LINK_STRENGTH_NAMES: Record<LinkStrength, BilingualName> = {
  strong: { zh: '强', en: 'Strong' },
  weak: { zh: '弱', en: 'Weak' },
  missing: { zh: '缺', en: 'Missing' },
};

export const GAP_ACTION_NAMES: Record<GapAction, BilingualName> = {
  build: { zh: '建链', en: 'Build the chain' },
  fill: { zh: '补链', en: 'Fill the gap' },
  strengthen: { zh: '强链', en: 'Strengthen' },
  extend: { zh: '延链', en: 'Extend the chain' },
};

export interface LinkFigures {
  firms: number;
  /** Sum of the firms' output in 元; null when some firm's output is unknown. */
  outputYuan: number | null;
}

export interface AssessedLink {
  id: string;
  name: BilingualName;
  stage: ChainStage;
  firms: number;
  outputYuan: number | null;
  strength: LinkStrength;
  action: GapAction | null;
}

export function linkStrength(figures: LinkFigures, thresholds: ChainThresholds): LinkStrength {
  if (figures.firms === 0) return 'missing';
  const strong =
    figures.firms >= thresholds.strongMinFirms &&
    figures.outputYuan !== null &&
    figures.outputYuan >= thresholds.strongMinOutputYuan;
  return strong ? 'strong' : 'weak';
}

export function gapAction(stage: ChainStage, strength: LinkStrength): GapAction | null {
  if (strength === 'strong') return null;
  if (strength === 'weak') return 'strengthen';
  return stage === 'midstream' ? 'build' : stage === 'upstream' ? 'fill' : 'extend';
}

export interface ChainAssessment {
  chainId: string;
  links: AssessedLink[];
  counts: Record<LinkStrength, number>;
  /** Share of links that are strong (0–1). */
  strongShare: number;
}

export function assessChain(chain: ChainDefinition, figures: ReadonlyMap<string, LinkFigures>): ChainAssessment {
  const links = chain.links.map((link): AssessedLink => {
    const own = figures.get(link.id) ?? { firms: 0, outputYuan: 0 };
    const strength = linkStrength(own, chain.thresholds);
    return {
      id: link.id,
      name: link.name,
      stage: link.stage,
      firms: own.firms,
      outputYuan: own.outputYuan,
      strength,
      action: gapAction(link.stage, strength),
    };
  });
  const counts = { strong: 0, weak: 0, missing: 0 };
  for (const link of links) counts[link.strength] += 1;
  return { chainId: chain.id, links, counts, strongShare: links.length === 0 ? 0 : counts.strong / links.length };
}

/** Sums a link's firms' output; unknown when any firm's output is unknown. */
export function linkFigures(outputs: readonly (number | null)[]): LinkFigures {
  let total = 0;
  for (const output of outputs) {
    if (output === null) return { firms: outputs.length, outputYuan: null };
    total += output;
  }
  return { firms: outputs.length, outputYuan: total };
}
