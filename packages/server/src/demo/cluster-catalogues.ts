/**
 * The cluster systems of the shipped registry (data/registry/*.yaml) as the demo needs them: which cluster a
 * GB/T 4754 class falls in, by the same rule the platform derives assignments with (core matchCatalogue:
 * longest prefix, the most specific sub-direction wins, partial or ambiguous matches need review).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { matchCatalogue, registryFileSchema, type CatalogueMatch, type CatalogueRule } from '@observatory/core';
import { shippedRegistryDir } from '../data-files.ts';

interface LoadedSystem {
  rules: CatalogueRule[];
  parents: Map<string, string | null>;
  names: Map<string, string>;
}

export class ClusterCatalogues {
  private readonly cache = new Map<string, CatalogueMatch>();

  private constructor(private readonly systems: ReadonlyMap<string, LoadedSystem>) {}

  static load(directory: string = shippedRegistryDir): ClusterCatalogues {
    const systems = new Map<string, LoadedSystem>();
    for (const fileName of readdirSync(directory)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()) {
      const file = registryFileSchema.parse(parseYaml(readFileSync(join(directory, fileName), 'utf8')));
      systems.set(file.system.id, {
        rules: file.clusters.flatMap((cluster) =>
          cluster.catalogue.map((entry) => ({
            clusterId: cluster.id,
            industryPrefix: entry.code,
            coverage: entry.coverage === 'full' ? ('full' as const) : ('partial' as const),
            validFrom: entry.validFrom,
            validTo: entry.validTo,
          })),
        ),
        parents: new Map(file.clusters.map((cluster) => [cluster.id, cluster.parent])),
        names: new Map(file.clusters.map((cluster) => [cluster.id, cluster.name.zh])),
      });
    }
    return new ClusterCatalogues(systems);
  }

  systemIds(): string[] {
    return [...this.systems.keys()];
  }

  private system(systemId: string): LoadedSystem {
    const system = this.systems.get(systemId);
    if (system === undefined) throw new RangeError(`registry has no cluster system ${systemId}`);
    return system;
  }

  match(systemId: string, code: string, year: number): CatalogueMatch {
    const key = `${systemId}|${code}|${year}`;
    let match = this.cache.get(key);
    if (match === undefined) {
      const { rules, parents } = this.system(systemId);
      match = matchCatalogue(code, rules, year, (clusterId) => parents.get(clusterId) ?? null);
      this.cache.set(key, match);
    }
    return match;
  }

  /** The cluster a class is assigned to (the most specific one), or null when unassigned or for review. */
  assigned(systemId: string, code: string, year: number): string | null {
    const match = this.match(systemId, code, year);
    return match.status === 'assigned' ? match.clusterId : null;
  }

  /** The top-level cluster above `clusterId` (itself when it has no parent). */
  topCluster(systemId: string, clusterId: string): string {
    const { parents } = this.system(systemId);
    let at = clusterId;
    for (let parent = parents.get(at) ?? null; parent !== null; parent = parents.get(at) ?? null) at = parent;
    return at;
  }

  /** Whether a class counts for `clusterId`: assigned to it or to one of its sub-directions. */
  inCluster(systemId: string, clusterId: string, code: string, year: number): boolean {
    const { parents } = this.system(systemId);
    for (let at = this.assigned(systemId, code, year); at !== null; at = parents.get(at) ?? null) {
      if (at === clusterId) return true;
    }
    return false;
  }

  /** Whether a class counts for some cluster of the system (the system's clusters together, once). */
  inSystem(systemId: string, code: string, year: number): boolean {
    return this.assigned(systemId, code, year) !== null;
  }

  needsReview(systemId: string, code: string, year: number): boolean {
    return this.match(systemId, code, year).status === 'needs_review';
  }

  clusterName(systemId: string, clusterId: string): string {
    return this.system(systemId).names.get(clusterId) ?? clusterId;
  }
}
