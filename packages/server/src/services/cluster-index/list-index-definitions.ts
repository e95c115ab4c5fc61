/** The stored cluster-index definitions, every version (oldest first), with the shipped ones loaded first. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listIndexDefinitions as listRows } from '../../repositories/cluster-index.repository.ts';
import { ensureShippedIndexDefinitions } from './resolve-index-definition.ts';

export async function listIndexDefinitions(db: Kysely<DatabaseSchema>) {
  await ensureShippedIndexDefinitions(db);
  return (await listRows(db)).map((row) => ({
    id: row.id,
    version: row.version,
    validFrom: row.valid_from,
    system: row.system_id,
    name: { zh: row.name_zh, en: row.name_en },
    digest: row.digest,
    source: row.source,
    loadedBy: row.loaded_by,
    loadedAt: row.loaded_at,
    document: row.document,
  }));
}
