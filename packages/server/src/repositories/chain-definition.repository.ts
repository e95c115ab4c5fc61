/** Chain definitions as loaded (chain_definition): the current version of each chain, one chain, adding a version. */
import type { Queryable } from './queryable.ts';

/** The highest version of every chain, ordered by id. */
export async function listCurrentChainDefinitions(db: Queryable) {
  return db
    .selectFrom('chain_definition')
    .distinctOn('id')
    .selectAll()
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
}

/** The highest version of one chain. */
export async function findCurrentChainDefinition(db: Queryable, id: string) {
  return db
    .selectFrom('chain_definition')
    .selectAll()
    .where('id', '=', id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertChainDefinition(
  db: Queryable,
  row: { id: string; version: number; digest: string; document: unknown; sourceFile: string; loadedBy: string },
): Promise<void> {
  await db
    .insertInto('chain_definition')
    .values({
      id: row.id,
      version: row.version,
      digest: row.digest,
      document: JSON.stringify(row.document),
      source_file: row.sourceFile,
      loaded_by: row.loadedBy,
    })
    .execute();
}
