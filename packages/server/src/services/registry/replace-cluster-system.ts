/** Replaces (or adds) one cluster system from a JSON document of the registry-file shape (the API's PUT). */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { replaceClusterSystem as writeSystem } from '../../repositories/registry.repository.ts';
import { registryFileToRecords } from './registry-file-to-records.ts';
import { loadRegistryReference, validateRegistryDocument } from './validate-registry-file.ts';

export async function replaceClusterSystem(db: Kysely<DatabaseSchema>, systemId: string, document: unknown) {
  const file = validateRegistryDocument(document, `system ${systemId}`, await loadRegistryReference(db));
  if (file.system.id !== systemId) {
    throw new AppError(
      'validation_failed',
      `路径中的体系 ${systemId} 与文档中的 ${file.system.id} 不一致 (system id mismatch)`,
    );
  }
  const records = registryFileToRecords(file, 'api');
  await db.transaction().execute((trx) => writeSystem(trx, records.system, records.clusters, records.targets));
  return { system: file.system.id, clusters: records.clusters.length, targets: records.targets.length };
}
