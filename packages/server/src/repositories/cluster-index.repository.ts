/**
 * Cluster-index definitions (one row per id and version, never changed once stored) and computed results
 * (one row per definition version, kind, period and input digest).
 */
import type { Queryable } from './queryable.ts';

export interface IndexDefinitionRow {
  id: string;
  version: number;
  validFrom: number;
  systemId: string;
  nameZh: string;
  nameEn: string;
  document: unknown;
  digest: string;
  source: string;
  loadedBy: string;
}

/** Inserts a version unless one with the same id and version exists (a concurrent load); check its digest after. */
export async function insertIndexDefinition(db: Queryable, row: IndexDefinitionRow): Promise<void> {
  await db
    .insertInto('index_definition')
    .values({
      id: row.id,
      version: row.version,
      valid_from: row.validFrom,
      system_id: row.systemId,
      name_zh: row.nameZh,
      name_en: row.nameEn,
      document: JSON.stringify(row.document),
      digest: row.digest,
      source: row.source,
      loaded_by: row.loadedBy,
    })
    .onConflict((conflict) => conflict.columns(['id', 'version']).doNothing())
    .execute();
}

export async function findIndexDefinition(db: Queryable, id: string, version: number) {
  return db
    .selectFrom('index_definition')
    .selectAll()
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every version of one definition, newest first. */
export async function listIndexDefinitionVersions(db: Queryable, id: string) {
  return db.selectFrom('index_definition').selectAll().where('id', '=', id).orderBy('version', 'desc').execute();
}

export async function listIndexDefinitions(db: Queryable) {
  return db.selectFrom('index_definition').selectAll().orderBy('id').orderBy('version').execute();
}

export interface IndexResultKey {
  definitionId: string;
  definitionVersion: number;
  kind: 'clusters' | 'series';
  period: string;
  inputDigest: string;
}

export interface NewIndexResult extends IndexResultKey {
  definitionDigest: string;
  digest: string;
  result: unknown;
  computedBy: string;
}

export async function findIndexResult(db: Queryable, key: IndexResultKey) {
  return db
    .selectFrom('index_result')
    .select(['id', 'digest', 'computed_at', 'computed_by'])
    .where('definition_id', '=', key.definitionId)
    .where('definition_version', '=', key.definitionVersion)
    .where('kind', '=', key.kind)
    .where('period', '=', key.period)
    .where('input_digest', '=', key.inputDigest)
    .executeTakeFirst();
}

/** Stores a result unless the same one (same key) is stored already; the stored row either way. */
export async function insertIndexResult(db: Queryable, row: NewIndexResult) {
  await db
    .insertInto('index_result')
    .values({
      definition_id: row.definitionId,
      definition_version: row.definitionVersion,
      definition_digest: row.definitionDigest,
      kind: row.kind,
      period: row.period,
      input_digest: row.inputDigest,
      digest: row.digest,
      result: JSON.stringify(row.result),
      computed_by: row.computedBy,
    })
    .onConflict((conflict) =>
      conflict.columns(['definition_id', 'definition_version', 'kind', 'period', 'input_digest']).doNothing(),
    )
    .execute();
  return (await findIndexResult(db, row))!;
}
