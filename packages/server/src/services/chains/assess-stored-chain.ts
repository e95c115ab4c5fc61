/**
 * A chain assessed on stored data: the year's firms placed on its links (longest industry-code prefix, or the
 * bureau's hand placement, latest per firm), each link's firm count and output summed (unknown stays unknown), and
 * core's strength and gap action per link.
 */
import {
  assessChain,
  assignEnterprisesToLinks,
  linkFigures,
  type ChainAssessment,
  type ChainDefinition,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listLatestChainLinkAssignments } from '../../repositories/chain-link-assignment.repository.ts';
import type { ChainFirm, ChainInput } from './read-chain-input.ts';

export interface PlacedFirm extends ChainFirm {
  /** Placed by hand (chain_link_assignment) rather than by industry code. */
  byHand: boolean;
}

export interface StoredChainAssessment {
  assessment: ChainAssessment;
  /** Link id → the firms on it. */
  placed: Map<string, PlacedFirm[]>;
}

export async function assessStoredChain(
  db: Kysely<DatabaseSchema>,
  chain: ChainDefinition,
  input: ChainInput,
): Promise<StoredChainAssessment> {
  const assignments = await listLatestChainLinkAssignments(db, chain.id, { kind: 'all' });
  const manual = assignments.map((row) => ({ uscc: row.uscc, linkIds: row.link_ids }));
  const byHand = new Set(manual.map((entry) => entry.uscc));
  const firms: PlacedFirm[] = input.firms.map((firm) => ({ ...firm, byHand: byHand.has(firm.uscc) }));
  const placed = assignEnterprisesToLinks(chain, firms, manual);
  const figures = new Map(
    [...placed].map(([linkId, onLink]) => [linkId, linkFigures(onLink.map((firm) => firm.outputYuan))]),
  );
  return { assessment: assessChain(chain, figures), placed };
}
