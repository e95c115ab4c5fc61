/**
 * Loads the chain files (every YAML file of a directory, the shipped data/chains by default) into
 * chain_definition: every file is parsed and checked as a graph first (nothing is loaded if one is wrong); a chain
 * whose parsed content has the digest of its current version is left alone, a new chain is stored as version 1
 * and a changed one as the next version (the highest version is current). Runs at server start and through
 * `observatory chains load`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChainDefinitionError, parseChainDefinition, type ChainDefinition } from '@observatory/core';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findCurrentChainDefinition, insertChainDefinition } from '../../repositories/chain-definition.repository.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';

export const shippedChainsDir = fileURLToPath(new URL('../../../data/chains/', import.meta.url));

export interface ChainLoadOutcome {
  id: string;
  version: number;
  file: string;
  digest: string;
  status: 'added' | 'unchanged' | 'new version';
}

/** Reads and checks every chain file of a directory, in file-name order. */
export function readChainFiles(directory: string): { file: string; chain: ChainDefinition }[] {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const details: AppErrorDetail[] = [];
  const chains: { file: string; chain: ChainDefinition }[] = [];
  for (const file of files) {
    try {
      chains.push({ file, chain: parseChainDefinition(parseYaml(readFileSync(`${directory}/${file}`, 'utf8'))) });
    } catch (error) {
      if (error instanceof ChainDefinitionError)
        details.push(...error.problems.map((message) => ({ path: file, message })));
      else details.push({ path: file, message: `YAML 无法解析 (not valid YAML): ${(error as Error).message}` });
    }
  }
  const ids = chains.map(({ chain }) => chain.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) details.push({ path: duplicate, message: '产业链编号在多个文件中重复 (chain id in several files)' });
  if (files.length === 0) details.push({ path: directory, message: '目录中没有产业链文件 (no chain files)' });
  if (details.length > 0)
    throw new AppError('validation_failed', '产业链文件有误，未载入 (invalid chain files; nothing loaded)', details);
  return chains;
}

export async function loadChainDefinitions(
  db: Kysely<DatabaseSchema>,
  options: { directory?: string; loadedBy: string },
): Promise<ChainLoadOutcome[]> {
  const chains = readChainFiles(options.directory ?? shippedChainsDir);
  return db.transaction().execute(async (trx) => {
    const outcomes: ChainLoadOutcome[] = [];
    for (const { file, chain } of chains) {
      const digest = digestOf(chain);
      const stored = await findCurrentChainDefinition(trx, chain.id);
      if (stored?.digest === digest) {
        outcomes.push({ id: chain.id, version: stored.version, file, digest, status: 'unchanged' });
        continue;
      }
      const version = (stored?.version ?? 0) + 1;
      await insertChainDefinition(trx, {
        id: chain.id,
        version,
        digest,
        document: chain,
        sourceFile: file,
        loadedBy: options.loadedBy,
      });
      outcomes.push({ id: chain.id, version, file, digest, status: stored ? 'new version' : 'added' });
    }
    return outcomes;
  });
}
