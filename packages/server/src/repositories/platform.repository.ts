/** Platforms (platform) and their append-only status trail (platform_status_change). */
import type { PlatformKindColumn, PlatformLevelColumn, PlatformStatusColumn } from '../db/schema.ts';
import type { Queryable } from './queryable.ts';

export interface NewPlatform {
  name: string;
  kind: PlatformKindColumn;
  level: PlatformLevelColumn;
  reportingUnitId: string;
  systemId: string | null;
  clusterId: string | null;
  clusterText: string | null;
  recognisedDate: string | null;
  document: string | null;
  note: string | null;
  createdBy: string;
}

export async function insertPlatform(db: Queryable, platform: NewPlatform): Promise<number> {
  const { id } = await db
    .insertInto('platform')
    .values({
      name: platform.name,
      kind: platform.kind,
      level: platform.level,
      reporting_unit_id: platform.reportingUnitId,
      system_id: platform.systemId,
      cluster_id: platform.clusterId,
      cluster_text: platform.clusterText,
      recognised_date: platform.recognisedDate,
      document: platform.document,
      note: platform.note,
      created_by: platform.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Sets the attributes a later list may correct (cluster, recognised date, document, note). */
export async function updatePlatformDetails(
  db: Queryable,
  id: number,
  details: Pick<NewPlatform, 'systemId' | 'clusterId' | 'clusterText' | 'recognisedDate' | 'document' | 'note'>,
): Promise<void> {
  await db
    .updateTable('platform')
    .set({
      system_id: details.systemId,
      cluster_id: details.clusterId,
      cluster_text: details.clusterText,
      recognised_date: details.recognisedDate,
      document: details.document,
      note: details.note,
    })
    .where('id', '=', id)
    .execute();
}

export async function findPlatform(db: Queryable, id: number) {
  return db.selectFrom('platform').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPlatformByKey(
  db: Queryable,
  key: { kind: PlatformKindColumn; level: PlatformLevelColumn; name: string },
) {
  return db
    .selectFrom('platform')
    .selectAll()
    .where('kind', '=', key.kind)
    .where('level', '=', key.level)
    .where('name', '=', key.name)
    .executeTakeFirst();
}

/** Platforms, optionally of one reporting unit, by unit, kind and name. */
export async function listPlatformRows(db: Queryable, filter: { reportingUnitId?: string | undefined } = {}) {
  let query = db.selectFrom('platform').selectAll();
  if (filter.reportingUnitId !== undefined) query = query.where('reporting_unit_id', '=', filter.reportingUnitId);
  return query.orderBy('reporting_unit_id').orderBy('kind').orderBy('name').execute();
}

export async function insertPlatformStatusChange(
  db: Queryable,
  change: {
    platformId: number;
    status: PlatformStatusColumn;
    date: string;
    document: string | null;
    note: string | null;
    recordedBy: string;
  },
): Promise<void> {
  await db
    .insertInto('platform_status_change')
    .values({
      platform_id: change.platformId,
      status: change.status,
      date: change.date,
      document: change.document,
      note: change.note,
      recorded_by: change.recordedBy,
    })
    .execute();
}

/** The status trail of the platforms (all when ids is omitted), in date order. */
export async function listPlatformStatusChanges(db: Queryable, platformIds?: readonly number[]) {
  if (platformIds !== undefined && platformIds.length === 0) return [];
  let query = db.selectFrom('platform_status_change').selectAll();
  if (platformIds !== undefined) query = query.where('platform_id', 'in', platformIds);
  return query.orderBy('platform_id').orderBy('date').orderBy('id').execute();
}
