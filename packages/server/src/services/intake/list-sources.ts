/** The source profiles as callers see them: what each department file must contain. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { loadSourceProfiles } from './source-profiles.ts';

export async function listSources(db: Kysely<DatabaseSchema>) {
  return (await loadSourceProfiles(db)).map((profile) => ({
    id: profile.id,
    name: profile.name,
    department: profile.department,
    periodicity: profile.periodicity,
    population: profile.population,
    columns: profile.columns.map((column) => ({
      key: column.key,
      role: column.role,
      measure: column.measure,
      required: column.required,
      defaultUnit: column.defaultUnit,
      synonyms: column.synonyms,
    })),
  }));
}
