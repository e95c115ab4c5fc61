/** Records an enterprise's attributes for one year: reporting unit, GB/T 4754 class, 规上 flag, in production. */
import { industryLevelOf, normaliseIndustryCode } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';
import { upsertEnterpriseYear } from '../../repositories/enterprise.repository.ts';
import { findIndustries } from '../../repositories/industry.repository.ts';
import { findReportingUnit } from '../../repositories/region.repository.ts';
import { INDUSTRY_EDITION } from '../reference/read-shipped-reference.ts';

export interface EnterpriseYearInput {
  uscc: string;
  year: number;
  industryCode: string | null;
  aboveScale: boolean | null;
  inProduction: boolean | null;
  /** Defaults to the enterprise's current reporting unit. */
  reportingUnitId?: string | undefined;
}

export async function recordEnterpriseYear(db: Kysely<DatabaseSchema>, input: EnterpriseYearInput): Promise<void> {
  const enterprise = await findEnterpriseOrFail(db, input.uscc);
  let industryCode: string | null = null;
  if (input.industryCode !== null) {
    industryCode = normaliseIndustryCode(input.industryCode);
    const [known] = await findIndustries(db, INDUSTRY_EDITION, [industryCode]);
    if (industryLevelOf(industryCode) !== 'class' || !known) {
      throw new AppError(
        'validation_failed',
        `行业代码 ${input.industryCode} 不是 GB/T 4754-2017 的小类 (not a GB/T 4754-2017 class)`,
        [{ path: 'industryCode', message: 'unknown class' }],
      );
    }
  }
  if (input.reportingUnitId !== undefined && !(await findReportingUnit(db, input.reportingUnitId))) {
    throw notFound('报送单位', input.reportingUnitId);
  }
  await upsertEnterpriseYear(db, {
    enterpriseId: enterprise.id,
    year: input.year,
    reportingUnitId: input.reportingUnitId ?? enterprise.reporting_unit_id,
    industryCode,
    aboveScale: input.aboveScale,
    inProduction: input.inProduction,
  });
}
