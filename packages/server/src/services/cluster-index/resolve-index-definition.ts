/**
 * Which definition a computation uses: `id` (its newest version valid in the year: validFrom ≤ year) or
 * `id@version` (that version); the Jiaxing default when none is named. The shipped definitions are loaded by
 * digest first, so a fresh database has them and a changed shipped file is reported.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findIndexDefinition, listIndexDefinitionVersions } from '../../repositories/cluster-index.repository.ts';
import { parseIndexDefinition, type IndexDefinition } from './index-definition-schema.ts';
import { loadIndexDefinitions } from './load-index-definitions.ts';

export const defaultIndexDefinitionId = 'jiaxing-cluster-index';

export interface ResolvedDefinition {
  definition: IndexDefinition;
  digest: string;
}

export async function ensureShippedIndexDefinitions(db: Kysely<DatabaseSchema>): Promise<void> {
  await loadIndexDefinitions(db, { loadedBy: 'system:shipped' });
}

function parseReference(reference: string): { id: string; version: number | null } {
  const match = /^([a-z0-9][a-z0-9-]*)(?:@(\d+))?$/.exec(reference.trim());
  if (!match)
    throw new AppError(
      'validation_failed',
      `指数定义应写作 ID 或 ID@版本 ("${reference}") (a definition is ID or ID@VERSION)`,
    );
  return { id: match[1]!, version: match[2] === undefined ? null : Number(match[2]) };
}

function fromRow(row: { document: unknown; digest: string; id: string; version: number }): ResolvedDefinition {
  const parsed = parseIndexDefinition(row.document);
  if (!parsed.definition)
    throw new AppError('internal', `已存指数定义 ${row.id}@${row.version} 无法读取 (stored definition unreadable)`);
  return { definition: parsed.definition, digest: row.digest };
}

export async function resolveIndexDefinition(
  db: Kysely<DatabaseSchema>,
  reference: string | undefined,
  year: number,
): Promise<ResolvedDefinition> {
  await ensureShippedIndexDefinitions(db);
  const { id, version } = parseReference(reference ?? defaultIndexDefinitionId);
  if (version !== null) {
    const row = await findIndexDefinition(db, id, version);
    if (!row) throw new AppError('not_found', `没有指数定义 ${id}@${version} (no index definition ${id}@${version})`);
    return fromRow(row);
  }
  const versions = await listIndexDefinitionVersions(db, id);
  if (versions.length === 0) throw new AppError('not_found', `没有指数定义 ${id} (no index definition ${id})`);
  const valid = versions.find((row) => row.valid_from <= year);
  if (!valid)
    throw new AppError(
      'not_found',
      `指数定义 ${id} 没有适用于 ${year} 年的版本（最早自 ${versions.at(-1)!.valid_from} 年）(no version of ${id} is valid in ${year})`,
    );
  return fromRow(valid);
}
