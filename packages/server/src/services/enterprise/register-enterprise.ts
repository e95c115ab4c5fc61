/**
 * Registers an enterprise by its 统一社会信用代码. A malformed code is refused; a code whose check
 * character fails is accepted only when a person confirms it (some real early codes fail the check),
 * and the warning and who confirmed it are kept.
 */
import { checkUscc } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  confirmUsccWarning,
  findEnterpriseByUscc,
  insertEnterprise,
  insertEnterpriseName,
} from '../../repositories/enterprise.repository.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';

export interface RegisterEnterpriseInput {
  uscc: string;
  name: string;
  reportingUnitId: string;
  /** Date from which the name holds (YYYY-MM-DD); today when absent. */
  nameValidFrom?: string | undefined;
  /** Who confirms a code whose check character fails; required for such a code. */
  confirmWarningBy?: string | undefined;
}

export async function registerEnterprise(db: Kysely<DatabaseSchema>, input: RegisterEnterpriseInput) {
  const check = checkUscc(input.uscc);
  if (!check.valid) {
    throw new AppError('validation_failed', `统一社会信用代码无效 (invalid USCC): ${check.reason}`, [
      { path: 'uscc', message: check.reason ?? '' },
    ]);
  }
  if (check.warning && !input.confirmWarningBy) {
    throw new AppError(
      'validation_failed',
      `统一社会信用代码校验未通过，需人工确认 (check failed; confirm to register): ${check.warning}`,
      [{ path: 'confirmWarningBy', message: check.warning }],
    );
  }
  const name = input.name.trim();
  if (name === '')
    throw new AppError('validation_failed', '企业名称不能为空 (name is required)', [
      { path: 'name', message: 'required' },
    ]);
  return db.transaction().execute(async (trx) => {
    if (!(await findReportingUnit(trx, input.reportingUnitId))) throw notFound('报送单位', input.reportingUnitId);
    if (await findEnterpriseByUscc(trx, check.code)) {
      throw new AppError('conflict', `企业 ${check.code} 已登记 (enterprise already registered)`);
    }
    const id = await insertEnterprise(trx, {
      uscc: check.code,
      reportingUnitId: input.reportingUnitId,
      usccWarning: check.warning,
    });
    if (check.warning && input.confirmWarningBy) await confirmUsccWarning(trx, id, input.confirmWarningBy);
    await insertEnterpriseName(trx, {
      enterpriseId: id,
      reportingUnitId: input.reportingUnitId,
      name,
      validFrom: input.nameValidFrom ?? new Date().toISOString().slice(0, 10),
    });
    return { id, uscc: check.code, warning: check.warning };
  });
}
