/**
 * The chains in force: the current version of every stored chain definition (the shipped files are loaded first
 * when none is stored), and one chain by id (404 when unknown).
 */
import type { ChainDefinition } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findCurrentChainDefinition,
  listCurrentChainDefinitions,
} from '../../repositories/chain-definition.repository.ts';
import { loadChainDefinitions } from './load-chain-definitions.ts';

export interface StoredChain {
  chain: ChainDefinition;
  version: number;
  digest: string;
  loadedAt: Date;
}

const toStored = (row: { document: unknown; version: number; digest: string; loaded_at: Date }): StoredChain => ({
  chain: row.document as ChainDefinition,
  version: row.version,
  digest: row.digest,
  loadedAt: row.loaded_at,
});

export async function listCurrentChains(db: Kysely<DatabaseSchema>): Promise<StoredChain[]> {
  let rows = await listCurrentChainDefinitions(db);
  if (rows.length === 0) {
    await loadChainDefinitions(db, { loadedBy: 'system:first-read' });
    rows = await listCurrentChainDefinitions(db);
  }
  return rows.map(toStored);
}

export async function requireChain(db: Kysely<DatabaseSchema>, id: string): Promise<StoredChain> {
  let row = await findCurrentChainDefinition(db, id);
  if (!row && (await listCurrentChainDefinitions(db)).length === 0) {
    await loadChainDefinitions(db, { loadedBy: 'system:first-read' });
    row = await findCurrentChainDefinition(db, id);
  }
  if (!row) throw new AppError('not_found', `没有这条产业链 ${id} (no such chain)`, [{ path: 'id', message: id }]);
  return toStored(row);
}
