/**
 * Loads evaluation schemes (one YAML file each, the shipped ones by default) into evaluation_scheme: every file is
 * validated first (all or nothing); a scheme already stored with the same digest is left alone, a new id or
 * version is added, and a changed file that keeps its version is refused, since runs keep the scheme they used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEvaluationScheme, type EvaluationScheme } from '@observatory/core';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findEvaluationScheme,
  insertEvaluationEvent,
  insertEvaluationScheme,
} from '../../repositories/evaluation.repository.ts';
import { digestOf } from './evaluation-digest.ts';
import { requireActor } from './evaluation-guards.ts';

export const shippedEvaluationSchemesDir = fileURLToPath(new URL('../../../data/evaluation-schemes/', import.meta.url));

export interface SchemeLoadOutcome {
  id: string;
  version: number;
  file: string;
  digest: string;
  status: 'added' | 'unchanged';
}

function readSchemes(directory: string): { file: string; scheme: EvaluationScheme }[] {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const details: AppErrorDetail[] = [];
  const schemes: { file: string; scheme: EvaluationScheme }[] = [];
  for (const file of files) {
    let document: unknown;
    try {
      document = parseYaml(readFileSync(`${directory}/${file}`, 'utf8'));
    } catch (error) {
      details.push({ path: file, message: `YAML 无法解析 (not valid YAML): ${(error as Error).message}` });
      continue;
    }
    const { scheme, issues } = parseEvaluationScheme(document);
    for (const issue of issues.filter((i) => i.severity === 'error'))
      details.push({ path: `${file}:${issue.path}`, message: issue.message });
    if (scheme) schemes.push({ file, scheme });
  }
  if (details.length > 0)
    throw new AppError(
      'validation_failed',
      `评价方案文件有误，未载入任何方案 (invalid scheme files; nothing loaded)`,
      details,
    );
  const ids = schemes.map(({ scheme }) => `${scheme.id}@${scheme.version}`);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate)
    throw new AppError('validation_failed', `方案 ${duplicate} 出现在多个文件中 (scheme in several files)`);
  return schemes;
}

export async function loadEvaluationSchemes(
  db: Kysely<DatabaseSchema>,
  options: { directory?: string; loadedBy: string },
): Promise<SchemeLoadOutcome[]> {
  const loadedBy = requireActor(options.loadedBy, 'loadedBy');
  const schemes = readSchemes(options.directory ?? shippedEvaluationSchemesDir);
  return db.transaction().execute(async (trx) => {
    const outcomes: SchemeLoadOutcome[] = [];
    for (const { file, scheme } of schemes) {
      const digest = digestOf(scheme);
      const stored = await findEvaluationScheme(trx, scheme.id, scheme.version);
      if (stored && stored.digest !== digest)
        throw new AppError(
          'conflict',
          `方案 ${scheme.id} 第 ${scheme.version} 版已载入且内容不同；修改方案须提高 version (scheme ${scheme.id} version ${scheme.version} is stored with other content; bump its version)`,
          [{ path: file, message: `stored ${stored.digest.slice(0, 12)}, file ${digest.slice(0, 12)}` }],
        );
      if (!stored) {
        await insertEvaluationScheme(trx, {
          id: scheme.id,
          version: scheme.version,
          year: scheme.year,
          region: scheme.region,
          nameZh: scheme.name.zh,
          nameEn: scheme.name.en,
          document: scheme,
          digest,
          sourceFile: file,
          loadedBy,
        });
        await insertEvaluationEvent(trx, {
          runId: null,
          schemeId: scheme.id,
          action: 'scheme_loaded',
          actor: loadedBy,
          details: { version: scheme.version, digest, file },
        });
      }
      outcomes.push({ id: scheme.id, version: scheme.version, file, digest, status: stored ? 'unchanged' : 'added' });
    }
    return outcomes;
  });
}
