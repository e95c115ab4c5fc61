/** Finds an enterprise by its USCC as a person may type it (lower case, spaces, full-width), or fails with not_found. */
import { checkUscc } from '@observatory/core';
import type { Kysely } from 'kysely';
import { notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseByUscc } from '../../repositories/enterprise.repository.ts';

export async function findEnterpriseOrFail(db: Kysely<DatabaseSchema>, uscc: string) {
  const enterprise = await findEnterpriseByUscc(db, checkUscc(uscc).code);
  if (!enterprise) throw notFound('企业', uscc);
  return enterprise;
}
