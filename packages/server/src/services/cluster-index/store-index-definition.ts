/**
 * A bureau edits the cluster index as data: a definition document (as in data/index-definitions) stored as a
 * new version of the definition `id`. The same document again is accepted unchanged; a version that is stored
 * with other content, or that is not above the newest stored one, is refused (results name their version).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listIndexDefinitionVersions } from '../../repositories/cluster-index.repository.ts';
import { parseIndexDefinition } from './index-definition-schema.ts';
import { ensureShippedIndexDefinitions } from './resolve-index-definition.ts';
import { storeDefinitionVersion, type DefinitionLoadOutcome } from './load-index-definitions.ts';

export async function storeIndexDefinition(
  db: Kysely<DatabaseSchema>,
  id: string,
  document: unknown,
  storedBy: string,
): Promise<DefinitionLoadOutcome> {
  const parsed = parseIndexDefinition(document);
  if (!parsed.definition)
    throw new AppError('validation_failed', '指数定义无效 (the index definition is invalid)', parsed.problems);
  const definition = parsed.definition;
  if (definition.id !== id)
    throw new AppError(
      'validation_failed',
      `定义的 id "${definition.id}" 与地址中的 "${id}" 不符 (the id differs from the path)`,
      [{ path: 'id', message: `应为 "${id}" (must be "${id}")` }],
    );
  await ensureShippedIndexDefinitions(db);
  return db.transaction().execute(async (trx) => {
    const versions = await listIndexDefinitionVersions(trx, id);
    const newest = versions[0];
    const stored = versions.some((row) => row.version === definition.version);
    if (newest && !stored && definition.version < newest.version)
      throw new AppError(
        'conflict',
        `${id} 已有第 ${newest.version} 版，新版本号须更大 (version ${newest.version} is stored; a new version must be higher)`,
        [{ path: 'version', message: `> ${newest.version}` }],
      );
    return storeDefinitionVersion(trx, definition, 'api', storedBy);
  });
}
