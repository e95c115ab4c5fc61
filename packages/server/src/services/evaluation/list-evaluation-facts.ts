/**
 * Evidence facts within the caller's data scope, optionally of one data year and one enterprise (by USCC),
 * retracted ones included and marked.
 */
import { checkUscc, type DataScope } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseByUscc } from '../../repositories/enterprise.repository.ts';
import { listEvaluationFactRows } from '../../repositories/evaluation-fact.repository.ts';
import { presentEvaluationFact } from './present-evaluation-fact.ts';

export async function listEvaluationFacts(
  db: Kysely<DatabaseSchema>,
  filter: { scope: DataScope; year?: number | undefined; uscc?: string | undefined },
) {
  let enterpriseId: number | undefined;
  if (filter.uscc !== undefined) {
    const enterprise = await findEnterpriseByUscc(db, checkUscc(filter.uscc).code);
    if (!enterprise) return [];
    enterpriseId = enterprise.id;
  }
  const rows = await listEvaluationFactRows(db, { year: filter.year, enterpriseId, scope: filter.scope });
  return rows.map(presentEvaluationFact);
}
