/** The stored evaluation schemes (every version), newest version last. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listEvaluationSchemes as listRows } from '../../repositories/evaluation.repository.ts';

export async function listEvaluationSchemes(db: Kysely<DatabaseSchema>) {
  const rows = await listRows(db);
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    year: row.year,
    region: row.region,
    name: { zh: row.name_zh, en: row.name_en },
    digest: row.digest,
    file: row.source_file,
    loadedAt: row.loaded_at,
  }));
}
