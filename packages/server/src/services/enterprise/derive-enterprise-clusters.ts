/**
 * An enterprise's cluster in every system for one year: derived from its industry class through each
 * system's catalogue, unless a manual override for that system and year says otherwise (the latest one
 * counts; earlier ones stay as history).
 */
import { matchCatalogue, type CatalogueMatch } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterOverrides, listEnterpriseYears } from '../../repositories/enterprise.repository.ts';
import { parentLookup, toCatalogueRules } from '../registry/catalogue-rules.ts';
import { listCatalogueEntries, listClusters, listClusterSystems } from '../../repositories/registry.repository.ts';

export interface EnterpriseClusterAssignment {
  systemId: string;
  year: number;
  industryCode: string | null;
  /** manual: an override decides; catalogue: the catalogue assigns; needs_review: partial or ambiguous match. */
  basis: 'manual' | 'catalogue' | 'needs_review' | 'unassigned';
  clusterId: string | null;
  matchedPrefix: string | null;
  candidates: { clusterId: string; matchedPrefix: string }[];
  override: { by: string; reason: string; at: Date } | null;
}

function fromMatch(match: CatalogueMatch) {
  if (match.status === 'assigned')
    return {
      basis: 'catalogue' as const,
      clusterId: match.clusterId,
      matchedPrefix: match.matchedPrefix,
      candidates: [],
    };
  if (match.status === 'needs_review')
    return { basis: 'needs_review' as const, clusterId: null, matchedPrefix: null, candidates: match.candidates };
  return { basis: 'unassigned' as const, clusterId: null, matchedPrefix: null, candidates: [] };
}

export async function deriveEnterpriseClusters(
  db: Kysely<DatabaseSchema>,
  enterpriseId: number,
  year: number,
): Promise<EnterpriseClusterAssignment[]> {
  const [systems, clusters, catalogue, years, overrides] = await Promise.all([
    listClusterSystems(db),
    listClusters(db),
    listCatalogueEntries(db),
    listEnterpriseYears(db, enterpriseId),
    listClusterOverrides(db, enterpriseId),
  ]);
  const parentOf = parentLookup(clusters);
  const industryCode = years.find((row) => row.year === year)?.industry_code ?? null;
  return systems.map((system) => {
    const rules = toCatalogueRules(catalogue.filter((entry) => entry.system_id === system.id));
    const derived =
      industryCode === null
        ? fromMatch({ status: 'unassigned' })
        : fromMatch(matchCatalogue(industryCode, rules, year, parentOf));
    const override = overrides.filter((row) => row.system_id === system.id && row.year === year).at(-1);
    if (override) {
      return {
        systemId: system.id,
        year,
        industryCode,
        basis: 'manual' as const,
        clusterId: override.cluster_id,
        matchedPrefix: derived.matchedPrefix,
        candidates: derived.candidates,
        override: { by: override.assigned_by, reason: override.reason, at: override.assigned_at },
      };
    }
    return { systemId: system.id, year, industryCode, ...derived, override: null };
  });
}
