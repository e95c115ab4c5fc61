/**
 * Reads the cultivation pools' criteria file (data/pools/criteria.yaml by default): parsed and checked by core;
 * a problem answers validation_failed naming the file and the path in it (`criteria.yaml: tiers.2.conditions.0`).
 * The parsed file is kept per path for the life of the process (a changed file is read at the next start).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePoolCriteria, PoolCriteriaError, type PoolCriteria } from '@observatory/core';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app-error.ts';

export const shippedPoolCriteriaFile = fileURLToPath(new URL('../../../data/pools/criteria.yaml', import.meta.url));

const cache = new Map<string, PoolCriteria>();

/** Parses a criteria file (no cache); throws AppError with the file and path of every problem. */
export function readPoolCriteriaFile(file: string): PoolCriteria {
  const name = basename(file);
  let document: unknown;
  try {
    document = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('validation_failed', `培育库认定条件文件无法读取 (cannot read the criteria file): ${name}`, [
      { path: name, message: (error as Error).message },
    ]);
  }
  try {
    return parsePoolCriteria(document);
  } catch (error) {
    if (!(error instanceof PoolCriteriaError)) throw error;
    throw new AppError(
      'validation_failed',
      `培育库认定条件有误 (invalid pool criteria): ${name}`,
      error.problems.map((problem) => ({ path: `${name}: ${problem.path}`, message: problem.message })),
    );
  }
}

export function poolCriteria(file = shippedPoolCriteriaFile): PoolCriteria {
  let criteria = cache.get(file);
  if (!criteria) {
    criteria = readPoolCriteriaFile(file);
    cache.set(file, criteria);
  }
  return criteria;
}
