/**
 * `observatory registry load`: reads every *.yaml file of the registry directory, validates all of them,
 * and replaces the systems they describe in one transaction. One bad file stops the load and changes
 * nothing; systems not in the directory stay as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RegistryFile } from '@observatory/core';
import type { Kysely } from 'kysely';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { replaceClusterSystem } from '../../repositories/registry.repository.ts';
import { registryFileToRecords } from './registry-file-to-records.ts';
import { loadRegistryReference, validateRegistryDocument } from './validate-registry-file.ts';

export interface RegistryLoadSummary {
  file: string;
  system: string;
  clusters: number;
  targets: number;
  catalogueEntries: number;
}

function readYaml(path: string): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? `${basename(path)}:${error.linePos[0].line}` : basename(path);
    throw new AppError('validation_failed', `无法读取 ${where} (cannot parse YAML)`, [
      { path: where, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
}

export async function loadRegistryFiles(db: Kysely<DatabaseSchema>, directory: string): Promise<RegistryLoadSummary[]> {
  let names: string[];
  try {
    names = readdirSync(directory)
      .filter((name) => /\.ya?ml$/i.test(name))
      .sort();
  } catch {
    throw new AppError('not_found', `名录目录不存在 ${directory} (registry directory not found)`);
  }
  if (names.length === 0)
    throw new AppError('validation_failed', `名录目录中没有 YAML 文件 ${directory} (no registry files)`);
  const reference = await loadRegistryReference(db);
  const problems: AppErrorDetail[] = [];
  const files: { name: string; file: RegistryFile }[] = [];
  const seenSystems = new Map<string, string>();
  for (const name of names) {
    try {
      const file = validateRegistryDocument(readYaml(join(directory, name)), name, reference);
      const earlier = seenSystems.get(file.system.id);
      if (earlier)
        problems.push({ path: name, message: `体系 ${file.system.id} 已在 ${earlier} 中定义 (system defined twice)` });
      seenSystems.set(file.system.id, name);
      files.push({ name, file });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(...(error.details.length > 0 ? error.details : [{ path: name, message: error.message }]));
    }
  }
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      '集群名录未载入：文件有误 (registry not loaded: files have errors)',
      problems,
    );
  return db.transaction().execute(async (trx) => {
    const summaries: RegistryLoadSummary[] = [];
    for (const { name, file } of files) {
      const records = registryFileToRecords(file, name);
      await replaceClusterSystem(trx, records.system, records.clusters, records.targets);
      summaries.push({
        file: name,
        system: file.system.id,
        clusters: records.clusters.length,
        targets: records.targets.length,
        catalogueEntries: records.clusters.reduce((sum, cluster) => sum + cluster.catalogue.length, 0),
      });
    }
    return summaries;
  });
}
