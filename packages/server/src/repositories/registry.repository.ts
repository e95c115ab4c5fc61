/**
 * The cluster registry tables. A system is written as a whole (replaceClusterSystem) inside the caller's
 * transaction; reads return plain rows that services assemble.
 */
import type { Queryable } from './queryable.ts';

export interface SystemRecord {
  id: string;
  nameZh: string;
  nameEn: string;
  owner: string;
  regionId: string;
  additive: boolean;
  illustrative: boolean;
  source: string | null;
  description: string | null;
  facts: Record<string, string | number>;
  loadedFrom: string | null;
}

export interface ClusterRecord {
  id: string;
  parentId: string | null;
  nameZh: string;
  nameEn: string;
  tier: string | null;
  description: string | null;
  designations: {
    level: string;
    batch: number | null;
    year: number | null;
    status: string;
    source: string | null;
    note: string | null;
    statusHistory: { status: string; date: string | null; note: string | null }[];
    zones: { regionId: string; role: string; note: string | null }[];
  }[];
  catalogue: {
    prefix: string;
    coverage: string;
    validFrom: number | null;
    validTo: number | null;
    note: string | null;
  }[];
}

export interface TargetRecord {
  id: string;
  clusterId: string | null;
  nameZh: string;
  nameEn: string;
  measure: string;
  value: number;
  unit: string;
  canonicalValue: string | null;
  canonicalUnit: string | null;
  deadline: string;
  baselineValue: number | null;
  baselineYear: number | null;
  owner: string | null;
  source: string | null;
}

/** Deletes the system (cascading to its clusters, designations, zones, catalogue and targets) and writes it anew. */
export async function replaceClusterSystem(
  db: Queryable,
  system: SystemRecord,
  clusters: readonly ClusterRecord[],
  targets: readonly TargetRecord[],
): Promise<void> {
  await db.deleteFrom('cluster_system').where('id', '=', system.id).execute();
  await db
    .insertInto('cluster_system')
    .values({
      id: system.id,
      name_zh: system.nameZh,
      name_en: system.nameEn,
      owner: system.owner,
      region_id: system.regionId,
      additive: system.additive,
      illustrative: system.illustrative,
      source: system.source,
      description: system.description,
      facts: JSON.stringify(system.facts),
      loaded_from: system.loadedFrom,
    })
    .execute();
  // Parents first, so the self-reference holds at each insert.
  const ordered = orderParentsFirst(clusters);
  for (const cluster of ordered) {
    await db
      .insertInto('cluster')
      .values({
        id: cluster.id,
        system_id: system.id,
        parent_id: cluster.parentId,
        name_zh: cluster.nameZh,
        name_en: cluster.nameEn,
        tier: cluster.tier,
        description: cluster.description,
        sort_order: clusters.indexOf(cluster) + 1,
      })
      .execute();
    for (const [order, designation] of cluster.designations.entries()) {
      const { id } = await db
        .insertInto('designation')
        .values({
          cluster_id: cluster.id,
          level: designation.level,
          batch: designation.batch,
          year: designation.year,
          status: designation.status,
          source: designation.source,
          note: designation.note,
          sort_order: order + 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (designation.statusHistory.length > 0) {
        await db
          .insertInto('designation_status_change')
          .values(
            designation.statusHistory.map((change) => ({
              designation_id: id,
              status: change.status,
              changed_on: change.date,
              note: change.note,
            })),
          )
          .execute();
      }
      if (designation.zones.length > 0) {
        await db
          .insertInto('cluster_zone')
          .values(
            designation.zones.map((zone) => ({
              designation_id: id,
              region_id: zone.regionId,
              role: zone.role,
              note: zone.note,
            })),
          )
          .execute();
      }
    }
    if (cluster.catalogue.length > 0) {
      await db
        .insertInto('catalogue_entry')
        .values(
          cluster.catalogue.map((entry) => ({
            system_id: system.id,
            cluster_id: cluster.id,
            industry_prefix: entry.prefix,
            coverage: entry.coverage,
            valid_from: entry.validFrom,
            valid_to: entry.validTo,
            note: entry.note,
          })),
        )
        .execute();
    }
  }
  if (targets.length > 0) {
    await db
      .insertInto('target')
      .values(
        targets.map((target, index) => ({
          id: target.id,
          sort_order: index + 1,
          system_id: system.id,
          cluster_id: target.clusterId,
          name_zh: target.nameZh,
          name_en: target.nameEn,
          measure: target.measure,
          value: target.value,
          unit: target.unit,
          canonical_value: target.canonicalValue,
          canonical_unit: target.canonicalUnit,
          deadline: target.deadline,
          baseline_value: target.baselineValue,
          baseline_year: target.baselineYear,
          owner: target.owner,
          source: target.source,
        })),
      )
      .execute();
  }
}

function orderParentsFirst(clusters: readonly ClusterRecord[]): ClusterRecord[] {
  const placed = new Set<string>();
  const ordered: ClusterRecord[] = [];
  let pending = [...clusters];
  while (pending.length > 0) {
    const ready = pending.filter((cluster) => cluster.parentId === null || placed.has(cluster.parentId));
    if (ready.length === 0) throw new Error('集群上级关系成环 (cluster parents form a cycle)');
    for (const cluster of ready) {
      placed.add(cluster.id);
      ordered.push(cluster);
    }
    pending = pending.filter((cluster) => !placed.has(cluster.id));
  }
  return ordered;
}

export async function listClusterSystems(db: Queryable) {
  return db
    .selectFrom('cluster_system')
    .selectAll('cluster_system')
    .select((eb) =>
      eb
        .selectFrom('cluster')
        .whereRef('cluster.system_id', '=', 'cluster_system.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('cluster_count'),
    )
    .orderBy('cluster_system.id')
    .execute();
}

export async function findClusterSystem(db: Queryable, id: string) {
  return db.selectFrom('cluster_system').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listClusters(db: Queryable, systemId?: string) {
  let query = db.selectFrom('cluster').selectAll().orderBy('system_id').orderBy('sort_order');
  if (systemId) query = query.where('system_id', '=', systemId);
  return query.execute();
}

export async function findCluster(db: Queryable, id: string) {
  return db.selectFrom('cluster').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listDesignations(db: Queryable, clusterIds: readonly string[]) {
  if (clusterIds.length === 0) return [];
  return db
    .selectFrom('designation')
    .selectAll()
    .where('cluster_id', 'in', clusterIds)
    .orderBy('cluster_id')
    .orderBy('sort_order')
    .execute();
}

export async function listZones(db: Queryable, designationIds: readonly number[]) {
  if (designationIds.length === 0) return [];
  return db
    .selectFrom('cluster_zone')
    .innerJoin('region', 'region.id', 'cluster_zone.region_id')
    .select([
      'cluster_zone.designation_id',
      'cluster_zone.region_id',
      'cluster_zone.role',
      'cluster_zone.note',
      'region.name_zh',
      'region.name_en',
    ])
    .where('cluster_zone.designation_id', 'in', designationIds)
    .orderBy('cluster_zone.id')
    .execute();
}

export async function listStatusChanges(db: Queryable, designationIds: readonly number[]) {
  if (designationIds.length === 0) return [];
  return db
    .selectFrom('designation_status_change')
    .selectAll()
    .where('designation_id', 'in', designationIds)
    .orderBy('id')
    .execute();
}

export async function listCatalogueEntries(db: Queryable, systemId?: string) {
  let query = db.selectFrom('catalogue_entry').selectAll().orderBy('system_id').orderBy('industry_prefix');
  if (systemId) query = query.where('system_id', '=', systemId);
  return query.execute();
}

export async function listTargets(db: Queryable, systemId?: string) {
  let query = db.selectFrom('target').selectAll().orderBy('system_id').orderBy('sort_order');
  if (systemId) query = query.where('system_id', '=', systemId);
  return query.execute();
}
