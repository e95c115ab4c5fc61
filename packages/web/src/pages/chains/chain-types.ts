/** What the chain API answers (packages/server/src/http/routes/chains.routes.ts). */
import type { ChainGraphEdge, ChainStage, LinkStrength } from '../../charts/options/chain-graph.ts';
import type { Bilingual } from '../../i18n/language.tsx';

export type GapAction = 'build' | 'fill' | 'strengthen' | 'extend';
export type LeadStatus = 'lead' | 'contact' | 'visit' | 'signed' | 'landed' | 'dropped';
export type OutputBasis = { kind: 'annual' } | { kind: 'cumulative'; month: number } | { kind: 'none' };

export interface StrengthCounts {
  strong: number;
  weak: number;
  missing: number;
}

export interface ChainCluster {
  id: string;
  name: Bilingual | null;
}

export interface ChainSummary {
  id: string;
  name: Bilingual;
  cluster: ChainCluster | null;
  version: number;
  links: number;
  counts: StrengthCounts;
  strongShare: number;
  openLeads: number;
  landedLeads: number;
}

export interface ChainList {
  year: number;
  basis: OutputBasis;
  chains: ChainSummary[];
}

export interface LinkMember {
  uscc: string;
  name: string | null;
  reportingUnitId: string;
  industryCode: string | null;
  aboveScale: boolean | null;
  outputYuan: number | null;
  byHand: boolean;
}

export interface ChainLinkView {
  id: string;
  name: Bilingual;
  stage: ChainStage;
  industries: string[];
  note: string | null;
  firms: number;
  firmsWithoutOutput: number;
  outputYuan: number | null;
  outputWithheld: boolean;
  strength: LinkStrength;
  action: GapAction | null;
  members: LinkMember[] | null;
}

export interface ChainView {
  id: string;
  name: Bilingual;
  cluster: ChainCluster | null;
  source: string;
  version: number;
  year: number;
  basis: OutputBasis;
  thresholds: { strongMinFirms: number; strongMinOutputYuan: number };
  counts: StrengthCounts;
  strongShare: number;
  membersShown: boolean;
  links: ChainLinkView[];
  edges: ChainGraphEdge[];
}

export interface ChainLead {
  id: number;
  chainId: string;
  linkId: string;
  companyName: string;
  uscc: string | null;
  expectedInvestmentYuan: number | null;
  ownerUnitId: string;
  status: LeadStatus;
  note: string | null;
  createdBy: string;
  createdAt: string;
  statusChangedAt: string;
  history: { from: LeadStatus | null; to: LeadStatus; at: string; by: string; reason: string | null }[];
}

export interface ReportingUnit {
  id: string;
  name: Bilingual;
}
