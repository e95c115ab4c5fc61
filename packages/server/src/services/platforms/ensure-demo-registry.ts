/**
 * The platform and promotion-organisation lists name their clusters, so the registry must be there when the demo
 * loads them: a database without any cluster system gets the shipped registry first (as the server's start does).
 */
import type { Kysely } from 'kysely';
import { shippedRegistryDir } from '../../data-files.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import { loadRegistryFiles } from '../registry/load-registry-files.ts';

export async function ensureRegistryForLists(db: Kysely<DatabaseSchema>): Promise<void> {
  if ((await listClusterSystems(db)).length === 0) await loadRegistryFiles(db, shippedRegistryDir);
}
