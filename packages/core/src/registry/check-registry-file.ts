/**
 * Cross-checks of a registry file that the schema alone cannot express: unique ids, parents inside the
 * same system, known regions and industry codes, and no double counting in an additive system (a code
 * may be `full` for only one cluster, and a full code may not sit under another cluster's full code,
 * except between a cluster and its own sub-directions, which are parts of it).
 */
import type { RegistryFile } from './registry-file.ts';

export interface RegistryReference {
  regionIds: ReadonlySet<string>;
  industryCodes: ReadonlySet<string>;
}

function overlaps(a: { validFrom: number | null; validTo: number | null }, b: typeof a): boolean {
  const aFrom = a.validFrom ?? -Infinity;
  const bFrom = b.validFrom ?? -Infinity;
  const aTo = a.validTo ?? Infinity;
  const bTo = b.validTo ?? Infinity;
  return aFrom <= bTo && bFrom <= aTo;
}

export function checkRegistryFile(file: RegistryFile, reference: RegistryReference): string[] {
  const problems: string[] = [];
  const system = file.system.id;
  if (!reference.regionIds.has(file.system.region))
    problems.push(`${system}: 未知地区 ${file.system.region} (unknown region)`);
  const clusterIds = new Set<string>();
  for (const cluster of file.clusters) {
    if (clusterIds.has(cluster.id)) problems.push(`${cluster.id}: 集群编号重复 (duplicate cluster id)`);
    clusterIds.add(cluster.id);
  }
  const targetIds = new Set<string>();
  const allTargets = [...file.targets, ...file.clusters.flatMap((cluster) => cluster.targets)];
  for (const target of allTargets) {
    if (targetIds.has(target.id)) problems.push(`${target.id}: 目标编号重复 (duplicate target id)`);
    targetIds.add(target.id);
  }
  const fullRules: { clusterId: string; code: string; validFrom: number | null; validTo: number | null }[] = [];
  for (const cluster of file.clusters) {
    if (cluster.parent !== null && !clusterIds.has(cluster.parent)) {
      problems.push(`${cluster.id}: 上级集群 ${cluster.parent} 不在本体系中 (parent not in this system)`);
    }
    if (cluster.parent === cluster.id) problems.push(`${cluster.id}: 不能以自身为上级 (cluster is its own parent)`);
    for (const designation of cluster.designations) {
      for (const zone of designation.zones) {
        if (!reference.regionIds.has(zone.region))
          problems.push(`${cluster.id}: 未知地区 ${zone.region} (unknown region)`);
      }
    }
    for (const entry of cluster.catalogue) {
      if (!reference.industryCodes.has(entry.code)) {
        problems.push(`${cluster.id}: 行业代码 ${entry.code} 不在 GB/T 4754-2017 中 (unknown industry code)`);
      }
      if (entry.validFrom !== null && entry.validTo !== null && entry.validTo < entry.validFrom) {
        problems.push(`${cluster.id}: ${entry.code} 有效期止早于起 (validTo before validFrom)`);
      }
      if (entry.coverage === 'full') {
        fullRules.push({ clusterId: cluster.id, code: entry.code, validFrom: entry.validFrom, validTo: entry.validTo });
      }
    }
  }
  if (file.system.additive) {
    const parentOf = new Map(file.clusters.map((cluster) => [cluster.id, cluster.parent]));
    const isAncestor = (ancestor: string, of: string): boolean => {
      for (
        let at = parentOf.get(of) ?? null, steps = 0;
        at !== null && steps < 100;
        at = parentOf.get(at) ?? null, steps++
      ) {
        if (at === ancestor) return true;
      }
      return false;
    };
    for (const [i, a] of fullRules.entries()) {
      for (const b of fullRules.slice(i + 1)) {
        if (a.clusterId === b.clusterId || !overlaps(a, b)) continue;
        if (isAncestor(a.clusterId, b.clusterId) || isAncestor(b.clusterId, a.clusterId)) continue;
        if (a.code.startsWith(b.code) || b.code.startsWith(a.code)) {
          problems.push(
            `${system}: 代码 ${a.code}（${a.clusterId}）与 ${b.code}（${b.clusterId}）重复计入 (full codes overlap: double counting)`,
          );
        }
      }
    }
  }
  return problems;
}
