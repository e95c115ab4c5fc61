/** Makes a database ready for use: schema migrations, then the shipped reference data. Runs at every start. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadReferenceData, type ReferenceLoadResult } from './reference/load-reference-data.ts';

export interface PrepareResult {
  migrationsApplied: string[];
  reference: ReferenceLoadResult[];
}

export async function prepareDatabase(db: Kysely<DatabaseSchema>): Promise<PrepareResult> {
  const migrations = await migrateToLatest(db as Kysely<unknown>);
  const reference = await loadReferenceData(db);
  return { migrationsApplied: migrations.map((migration) => migration.migrationName), reference };
}
