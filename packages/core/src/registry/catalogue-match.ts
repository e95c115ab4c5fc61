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

/** The parent of a cluster in its system, for sub-directions (化纤新材料 under 现代纺织); null at the top. */
export type ParentOf = (clusterId: string) => string | null;

function ancestorsOf(clusterId: string, parentOf: ParentOf): Set<string> {
  const ancestors = new Set<string>();
  for (let at = parentOf(clusterId); at !== null && !ancestors.has(at); at = parentOf(at)) ancestors.add(at);
  return ancestors;
}

/**
 * A sub-direction listing the same code as its parent cluster does not make the match ambiguous: the
 * most specific cluster is taken (its parent contains it). Unrelated clusters on the same prefix, or any
 * partial rule among the best matches, leave the decision to a person.
 */
export function matchCatalogue(
  industryCode: string,
  rules: readonly CatalogueRule[],
  year: number,
  parentOf: ParentOf = () => null,
): CatalogueMatch {
  const matching = rules.filter((rule) => validIn(rule, year) && industryCode.startsWith(rule.industryPrefix));
  if (matching.length === 0) return { status: 'unassigned' };
  const longest = Math.max(...matching.map((rule) => rule.industryPrefix.length));
  const best = matching.filter((rule) => rule.industryPrefix.length === longest);
  const clusters = [...new Set(best.map((rule) => rule.clusterId))];
  const covered = new Set(clusters.flatMap((clusterId) => [...ancestorsOf(clusterId, parentOf)]));
  const deepest = clusters.filter((clusterId) => !covered.has(clusterId));
  if (deepest.length === 1 && best.every((rule) => rule.coverage === 'full')) {
    return { status: 'assigned', clusterId: deepest[0]!, matchedPrefix: best[0]!.industryPrefix };
  }
  return {
    status: 'needs_review',
    candidates: deepest.map((clusterId) => ({ clusterId, matchedPrefix: best[0]!.industryPrefix })),
  };
}
