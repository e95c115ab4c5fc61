/** Turns a validated registry file into the records the registry repository writes. */
import { targetToCanonical, type RegistryFile, type RegistryTarget } from '@observatory/core';
import type { ClusterRecord, SystemRecord, TargetRecord } from '../../repositories/registry.repository.ts';

function toTargetRecord(target: RegistryTarget, clusterId: string | null): TargetRecord {
  const canonical = targetToCanonical(target.value, target.unit);
  return {
    id: target.id,
    clusterId,
    nameZh: target.name.zh,
    nameEn: target.name.en,
    measure: target.measure,
    value: target.value,
    unit: target.unit,
    canonicalValue: canonical ? String(canonical.value) : null,
    canonicalUnit: canonical?.unit ?? null,
    deadline: target.deadline,
    baselineValue: target.baseline?.value ?? null,
    baselineYear: target.baseline?.year ?? null,
    owner: target.owner,
    source: target.source,
  };
}

export function registryFileToRecords(file: RegistryFile, loadedFrom: string | null) {
  const system: SystemRecord = {
    id: file.system.id,
    nameZh: file.system.name.zh,
    nameEn: file.system.name.en,
    owner: file.system.owner,
    regionId: file.system.region,
    additive: file.system.additive,
    illustrative: file.system.illustrative,
    source: file.system.source,
    description: file.system.description,
    facts: file.system.facts,
    loadedFrom,
  };
  const clusters: ClusterRecord[] = file.clusters.map((cluster) => ({
    id: cluster.id,
    parentId: cluster.parent,
    nameZh: cluster.name.zh,
    nameEn: cluster.name.en,
    tier: cluster.tier,
    description: cluster.description,
    designations: cluster.designations.map((designation) => ({
      level: designation.level,
      batch: designation.batch,
      year: designation.year,
      status: designation.status,
      source: designation.source,
      note: designation.note,
      statusHistory: designation.statusHistory,
      zones: designation.zones.map((zone) => ({ regionId: zone.region, role: zone.role, note: zone.note })),
    })),
    catalogue: cluster.catalogue.map((entry) => ({
      prefix: entry.code,
      coverage: entry.coverage,
      validFrom: entry.validFrom,
      validTo: entry.validTo,
      note: entry.note,
    })),
  }));
  const targets = [
    ...file.targets.map((target) => toTargetRecord(target, null)),
    ...file.clusters.flatMap((cluster) => cluster.targets.map((target) => toTargetRecord(target, cluster.id))),
  ];
  return { system, clusters, targets };
}
