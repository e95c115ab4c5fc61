/**
 * Which links of a chain a local enterprise sits on: by its GB/T 4754 industry code, the link(s) with the longest
 * matching prefix (a firm in 2822 涤纶 sits on the link listing 2822, not on one listing only 28), unless the bureau
 * assigned it by hand, which wins. A firm whose code matches no link is not on the chain.
 */
import type { ChainDefinition } from './chain-definition.ts';

export interface ManualLinkAssignment {
  uscc: string;
  linkIds: readonly string[];
}

export function linksOfIndustry(chain: ChainDefinition, industryCode: string | null): string[] {
  if (industryCode === null) return [];
  let best = 0;
  let links: string[] = [];
  for (const link of chain.links) {
    const length = Math.max(
      0,
      ...link.industries.filter((prefix) => industryCode.startsWith(prefix)).map((p) => p.length),
    );
    if (length === 0) continue;
    if (length > best) {
      best = length;
      links = [link.id];
    } else if (length === best) links.push(link.id);
  }
  return links;
}

export function assignEnterprisesToLinks<Firm extends { uscc: string; industryCode: string | null }>(
  chain: ChainDefinition,
  firms: readonly Firm[],
  manual: readonly ManualLinkAssignment[] = [],
): Map<string, Firm[]> {
  const byHand = new Map(manual.map((entry) => [entry.uscc, entry.linkIds]));
  const known = new Set(chain.links.map((link) => link.id));
  const result = new Map<string, Firm[]>(chain.links.map((link) => [link.id, []]));
  for (const firm of firms) {
    const links = byHand.get(firm.uscc) ?? linksOfIndustry(chain, firm.industryCode);
    for (const id of links) if (known.has(id)) result.get(id)!.push(firm);
  }
  return result;
}
