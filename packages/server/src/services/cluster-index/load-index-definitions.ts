/**
 * Loads cluster-index definitions (one YAML file each; the shipped ones in data/index-definitions by default)
 * into index_definition, like the evaluation schemes: every file is checked first (all or nothing); a version
 * already stored with the same digest is left alone, a new id or version is added, and a changed file that keeps
 * its version is refused, since results name the version they came from. Runs before any definition is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { findIndexDefinition, insertIndexDefinition } from '../../repositories/cluster-index.repository.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';
import { parseIndexDefinition, type IndexDefinition } from './index-definition-schema.ts';

export const shippedIndexDefinitionsDir = fileURLToPath(new URL('../../../data/index-definitions/', import.meta.url));

export interface DefinitionLoadOutcome {
  id: string;
  version: number;
  digest: string;
  status: 'added' | 'unchanged';
}

/** Reads and checks every YAML file of a folder; throws one error listing every problem with file and path. */
export function readIndexDefinitionFiles(directory: string): { file: string; definition: IndexDefinition }[] {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const details: AppErrorDetail[] = [];
  const definitions: { file: string; definition: IndexDefinition }[] = [];
  for (const file of files) {
    let document: unknown;
    try {
      document = parseYaml(readFileSync(`${directory}/${file}`, 'utf8'));
    } catch (error) {
      details.push({ path: file, message: `YAML 无法解析 (not valid YAML): ${(error as Error).message}` });
      continue;
    }
    const parsed = parseIndexDefinition(document);
    for (const problem of parsed.problems) details.push({ path: `${file}:${problem.path}`, message: problem.message });
    if (parsed.definition) definitions.push({ file, definition: parsed.definition });
  }
  if (details.length > 0)
    throw new AppError(
      'validation_failed',
      '指数定义文件有误，未载入任何定义 (invalid index definition files; nothing loaded)',
      details,
    );
  return definitions;
}

/** Stores one definition version; `unchanged` when it is stored with the same digest, conflict when not. */
export async function storeDefinitionVersion(
  db: Queryable,
  definition: IndexDefinition,
  source: string,
  loadedBy: string,
): Promise<DefinitionLoadOutcome> {
  const digest = digestOf(definition);
  const stored = await findIndexDefinition(db, definition.id, definition.version);
  if (stored && stored.digest !== digest) throw changedVersion(definition, source, stored.digest, digest);
  if (!stored)
    await insertIndexDefinition(db, {
      id: definition.id,
      version: definition.version,
      validFrom: definition.validFrom,
      systemId: definition.system,
      nameZh: definition.name.zh,
      nameEn: definition.name.en,
      document: definition,
      digest,
      source,
      loadedBy,
    });
  const now = await findIndexDefinition(db, definition.id, definition.version);
  if (now && now.digest !== digest) throw changedVersion(definition, source, now.digest, digest);
  return { id: definition.id, version: definition.version, digest, status: stored ? 'unchanged' : 'added' };
}

function changedVersion(definition: IndexDefinition, source: string, storedDigest: string, digest: string) {
  return new AppError(
    'conflict',
    `指数定义 ${definition.id} 第 ${definition.version} 版已存且内容不同；修改定义须提高 version (index definition ${definition.id} version ${definition.version} is stored with other content; bump its version)`,
    [{ path: source, message: `stored ${storedDigest.slice(0, 12)}, new ${digest.slice(0, 12)}` }],
  );
}

export async function loadIndexDefinitions(
  db: Kysely<DatabaseSchema>,
  options: { directory?: string; loadedBy: string },
): Promise<DefinitionLoadOutcome[]> {
  const definitions = readIndexDefinitionFiles(options.directory ?? shippedIndexDefinitionsDir);
  return db.transaction().execute(async (trx) => {
    const outcomes: DefinitionLoadOutcome[] = [];
    for (const { file, definition } of definitions)
      outcomes.push(await storeDefinitionVersion(trx, definition, `file:${file}`, options.loadedBy));
    return outcomes;
  });
}
