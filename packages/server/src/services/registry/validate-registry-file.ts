/**
 * Validates one registry document (parsed YAML or a JSON body) against the schema and against the stored
 * reference data (regions, industry codes). Returns the file or throws AppError listing every problem.
 */
import { checkRegistryFile, registryFileSchema, type RegistryFile } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listIndustryCodes } from '../../repositories/industry.repository.ts';
import { listRegionIds } from '../../repositories/region.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';

export interface RegistryReferenceSets {
  regionIds: Set<string>;
  industryCodes: Set<string>;
}

export async function loadRegistryReference(db: Kysely<DatabaseSchema>): Promise<RegistryReferenceSets> {
  return { regionIds: await listRegionIds(db), industryCodes: await listIndustryCodes(db, INDUSTRY_EDITION) };
}

export function validateRegistryDocument(
  document: unknown,
  where: string,
  reference: RegistryReferenceSets,
): RegistryFile {
  const parsed = registryFileSchema.safeParse(document);
  if (!parsed.success) {
    const details: AppErrorDetail[] = parsed.error.issues.map((issue) => ({
      path: `${where}: ${issue.path.join('.') || '(root)'}`,
      message: issue.message,
    }));
    throw new AppError('validation_failed', `集群名录格式错误 ${where} (invalid registry document)`, details);
  }
  const problems = checkRegistryFile(parsed.data, reference);
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      `集群名录内容有误 ${where} (registry document fails its checks)`,
      problems.map((message) => ({ path: where, message })),
    );
  }
  return parsed.data;
}
