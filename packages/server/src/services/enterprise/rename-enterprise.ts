/** Records a new name of an enterprise from a date on; earlier names stay in its name history. */
import { isIsoDate } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';
import { insertEnterpriseName } from '../../repositories/enterprise.repository.ts';

export async function renameEnterprise(
  db: Kysely<DatabaseSchema>,
  input: { uscc: string; name: string; validFrom: string },
) {
  const name = input.name.trim();
  if (name === '')
    throw new AppError('validation_failed', '企业名称不能为空 (name is required)', [
      { path: 'name', message: 'required' },
    ]);
  if (!isIsoDate(input.validFrom)) {
    throw new AppError('validation_failed', `日期无效 ${input.validFrom} (invalid date)`, [
      { path: 'validFrom', message: 'invalid date' },
    ]);
  }
  const enterprise = await findEnterpriseOrFail(db, input.uscc);
  await insertEnterpriseName(db, {
    enterpriseId: enterprise.id,
    reportingUnitId: enterprise.reporting_unit_id,
    name,
    validFrom: input.validFrom,
  });
}
