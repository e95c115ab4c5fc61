/**
 * A stored chain and its assessment as the API and CLI show it: the chain's names, cluster (with its name when
 * the registry knows it), version, year and output basis, the counts by strength, and per link its stage,
 * strength, gap action, firm count and output (withheld for an audience not entitled to it), the edges, and —
 * only when the caller may see enterprises — the member firms within the caller's scope.
 */
import { inDataScope, type BilingualName, type DataScope, type DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findCluster } from '../../repositories/registry.repository.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import type { StoredChainAssessment } from './assess-stored-chain.ts';
import type { StoredChain } from './current-chains.ts';
import type { ChainOutputBasis } from './read-chain-input.ts';
import { withheldLinkOutputs } from './withhold-link-output.ts';

export interface ChainCluster {
  id: string;
  name: BilingualName | null;
}

/** The chain's cluster `system/cluster` with the registry's name, or null when the chain names none. */
export async function chainCluster(
  db: Kysely<DatabaseSchema>,
  cluster: string | undefined,
): Promise<ChainCluster | null> {
  if (cluster === undefined) return null;
  const row = await findCluster(db, cluster.split('/').at(-1)!);
  return { id: cluster, name: row ? { zh: row.name_zh, en: row.name_en } : null };
}

export interface PresentChainOptions {
  year: number;
  basis: ChainOutputBasis;
  audience: Audience;
  rules: DisclosureRules;
  /** Whose member firms the caller may see (none: no member lists at all). */
  memberScope: DataScope;
}

export function presentChain(
  stored: StoredChain,
  cluster: ChainCluster | null,
  { assessment, placed }: StoredChainAssessment,
  options: PresentChainOptions,
) {
  const { chain } = stored;
  const withheld = withheldLinkOutputs(placed, options.audience, options.rules);
  const showMembers = options.memberScope.kind !== 'none';
  return {
    id: chain.id,
    name: chain.name,
    cluster,
    source: chain.source,
    version: stored.version,
    digest: stored.digest,
    year: options.year,
    basis: options.basis,
    thresholds: chain.thresholds,
    counts: assessment.counts,
    strongShare: assessment.strongShare,
    membersShown: showMembers,
    links: assessment.links.map((link) => {
      const definition = chain.links.find((candidate) => candidate.id === link.id)!;
      const firms = placed.get(link.id) ?? [];
      return {
        id: link.id,
        name: link.name,
        stage: link.stage,
        industries: definition.industries,
        note: definition.note ?? null,
        firms: link.firms,
        firmsWithoutOutput: firms.filter((firm) => firm.outputYuan === null).length,
        outputYuan: withheld.has(link.id) ? null : link.outputYuan,
        outputWithheld: withheld.has(link.id),
        strength: link.strength,
        action: link.action,
        members: showMembers
          ? firms
              .filter((firm) => inDataScope(options.memberScope, firm))
              .map((firm) => ({
                uscc: firm.uscc,
                name: firm.name,
                reportingUnitId: firm.reportingUnitId,
                industryCode: firm.industryCode,
                aboveScale: firm.aboveScale,
                outputYuan: firm.outputYuan,
                byHand: firm.byHand,
              }))
          : null,
      };
    }),
    edges: chain.links.flatMap((link) => link.supplies.map((to) => ({ from: link.id, to }))),
  };
}

export type PresentedChain = ReturnType<typeof presentChain>;
