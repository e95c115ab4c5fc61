/**
 * Derives an enterprise's cluster in one system from its GB/T 4754 class and the system's statistical
 * catalogue (code prefix → cluster, full or partial, valid years). The longest matching prefix wins.
 * A full match assigns the cluster; a partial match needs a product-level or manual decision.
 */
import type { CatalogueCoverage } from './registry-vocabulary.ts';

export interface CatalogueRule {
  clusterId: string;
  industryPrefix: string;
  coverage: CatalogueCoverage;
  validFrom: number | null;
  validTo: number | null;
}

export type CatalogueMatch =
  | { status: 'assigned'; clusterId: string; matchedPrefix: string }
  | { status: 'needs_review'; candidates: { clusterId: string; matchedPrefix: string }[] }
  | { status: 'unassigned' };

function validIn(rule: CatalogueRule, year: number): boolean {
  return (rule.validFrom === null || rule.validFrom <= year) && (rule.validTo === null || year <= rule.validTo);
}

export function matchCatalogue(industryCode: string, rules: readonly CatalogueRule[], year: number): CatalogueMatch {
  const matching = rules.filter((rule) => validIn(rule, year) && industryCode.startsWith(rule.industryPrefix));
  if (matching.length === 0) return { status: 'unassigned' };
  const longest = Math.max(...matching.map((rule) => rule.industryPrefix.length));
  const best = matching.filter((rule) => rule.industryPrefix.length === longest);
  const full = best.filter((rule) => rule.coverage === 'full');
  const distinctFull = new Set(full.map((rule) => rule.clusterId));
  if (distinctFull.size === 1 && best.length === full.length) {
    const [rule] = full;
    return { status: 'assigned', clusterId: rule!.clusterId, matchedPrefix: rule!.industryPrefix };
  }
  const seen = new Set<string>();
  const candidates = best
    .filter((rule) => (seen.has(rule.clusterId) ? false : (seen.add(rule.clusterId), true)))
    .map((rule) => ({ clusterId: rule.clusterId, matchedPrefix: rule.industryPrefix }));
  return { status: 'needs_review', candidates };
}
