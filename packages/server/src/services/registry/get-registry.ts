/** Reads the registry: the list of systems, one system with everything in it, or one cluster. */
import { designationLevels, designationStatuses, zoneRoles, type BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findIndustries } from '../../repositories/industry.repository.ts';
import {
  findCluster,
  findClusterSystem,
  listCatalogueEntries,
  listClusters,
  listClusterSystems,
  listDesignations,
  listStatusChanges,
  listTargets,
  listZones,
} from '../../repositories/registry.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';
import type { ClusterSystemDetailView, ClusterSystemView, ClusterView, TargetView } from './registry-views.ts';

type Db = Kysely<DatabaseSchema>;
type SystemRow = Awaited<ReturnType<typeof findClusterSystem>> & object;

const label = (vocabulary: Record<string, BilingualName>, key: string): BilingualName =>
  vocabulary[key] ?? { zh: key, en: key };

function toSystemView(row: SystemRow, clusterCount: number): ClusterSystemView {
  return {
    id: row.id,
    name: { zh: row.name_zh, en: row.name_en },
    owner: row.owner,
    region: row.region_id,
    additive: row.additive,
    illustrative: row.illustrative,
    source: row.source,
    description: row.description,
    facts: row.facts,
    clusterCount,
  };
}

function toTargetView(row: Awaited<ReturnType<typeof listTargets>>[number]): TargetView {
  return {
    id: row.id,
    systemId: row.system_id,
    clusterId: row.cluster_id,
    name: { zh: row.name_zh, en: row.name_en },
    measure: row.measure,
    value: Number(row.value),
    unit: row.unit,
    canonical:
      row.canonical_value === null || row.canonical_unit === null
        ? null
        : { value: Number(row.canonical_value), unit: row.canonical_unit },
    deadline: row.deadline,
    baseline: row.baseline_value === null ? null : { value: Number(row.baseline_value), year: row.baseline_year },
    owner: row.owner,
    source: row.source,
  };
}

export async function listRegistrySystems(db: Db): Promise<ClusterSystemView[]> {
  const rows = await listClusterSystems(db);
  return rows.map((row) => toSystemView(row, Number(row.cluster_count ?? 0)));
}

async function buildClusterViews(
  db: Db,
  clusterRows: Awaited<ReturnType<typeof listClusters>>,
  systemId: string | null,
): Promise<ClusterView[]> {
  const clusterIds = clusterRows.map((row) => row.id);
  const designations = await listDesignations(db, clusterIds);
  const designationIds = designations.map((row) => row.id);
  const [zones, changes, catalogue, targets] = await Promise.all([
    listZones(db, designationIds),
    listStatusChanges(db, designationIds),
    listCatalogueEntries(db, systemId ?? undefined),
    listTargets(db, systemId ?? undefined),
  ]);
  const industries = await findIndustries(db, INDUSTRY_EDITION, [
    ...new Set(catalogue.map((entry) => entry.industry_prefix)),
  ]);
  const industryName = new Map(industries.map((row) => [row.code, row.name_zh]));
  return clusterRows.map((cluster) => ({
    id: cluster.id,
    systemId: cluster.system_id,
    parentId: cluster.parent_id,
    name: { zh: cluster.name_zh, en: cluster.name_en },
    tier: cluster.tier,
    description: cluster.description,
    designations: designations
      .filter((designation) => designation.cluster_id === cluster.id)
      .map((designation) => ({
        level: designation.level,
        levelName: label(designationLevels, designation.level),
        batch: designation.batch,
        year: designation.year,
        status: designation.status,
        statusName: label(designationStatuses, designation.status),
        statusHistory: changes
          .filter((change) => change.designation_id === designation.id)
          .map((change) => ({ status: change.status, date: change.changed_on, note: change.note })),
        source: designation.source,
        note: designation.note,
        zones: zones
          .filter((zone) => zone.designation_id === designation.id)
          .map((zone) => ({
            region: zone.region_id,
            regionName: { zh: zone.name_zh, en: zone.name_en },
            role: zone.role,
            roleName: label(zoneRoles, zone.role),
            note: zone.note,
          })),
      })),
    catalogue: catalogue
      .filter((entry) => entry.cluster_id === cluster.id)
      .map((entry) => ({
        code: entry.industry_prefix,
        industryName: industryName.get(entry.industry_prefix) ?? null,
        coverage: entry.coverage,
        validFrom: entry.valid_from,
        validTo: entry.valid_to,
        note: entry.note,
      })),
    targets: targets.filter((target) => target.cluster_id === cluster.id).map(toTargetView),
  }));
}

export async function getRegistrySystem(db: Db, systemId: string): Promise<ClusterSystemDetailView> {
  const system = await findClusterSystem(db, systemId);
  if (!system) throw notFound('集群体系', systemId);
  const clusterRows = await listClusters(db, systemId);
  const targets = await listTargets(db, systemId);
  return {
    ...toSystemView(system, clusterRows.length),
    clusters: await buildClusterViews(db, clusterRows, systemId),
    targets: targets.filter((target) => target.cluster_id === null).map(toTargetView),
  };
}

/** The whole registry: every system with its clusters, designations, zones, catalogue and targets. */
export async function getFullRegistry(db: Db): Promise<ClusterSystemDetailView[]> {
  const systems = await listClusterSystems(db);
  return Promise.all(systems.map((system) => getRegistrySystem(db, system.id)));
}

export async function getRegistryCluster(db: Db, clusterId: string): Promise<ClusterView> {
  const cluster = await findCluster(db, clusterId);
  if (!cluster) throw notFound('集群', clusterId);
  const [view] = await buildClusterViews(db, [cluster], cluster.system_id);
  return view!;
}
