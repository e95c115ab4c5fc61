/** Custom column mappings a user saved for a source: a header label that names one of its columns. */
import type { Queryable } from './queryable.ts';

export async function saveSourceMapping(
  db: Queryable,
  row: { source: string; columnKey: string; headerLabel: string; savedBy: string },
) {
  const values = { header_label: row.headerLabel, saved_by: row.savedBy, saved_at: new Date() };
  await db
    .insertInto('source_mapping')
    .values({ source_profile: row.source, column_key: row.columnKey, ...values })
    .onConflict((conflict) => conflict.columns(['source_profile', 'column_key']).doUpdateSet(values))
    .execute();
}

export async function listSourceMappings(db: Queryable) {
  return db.selectFrom('source_mapping').selectAll().orderBy('source_profile').orderBy('column_key').execute();
}
