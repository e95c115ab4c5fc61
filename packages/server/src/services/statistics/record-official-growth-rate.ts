/**
 * Records a growth rate the statistics bureau published (增加值 growth is real, at comparable prices): the
 * bulletin shows it beside the locally computed nominal growth. Given in percent as the bureau writes it
 * (7.1), stored as a fraction (0.071), exactly.
 */
import { parseDecimal, decimalText } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findCluster } from '../../repositories/registry.repository.ts';
import { upsertOfficialGrowthRate } from '../../repositories/statistics.repository.ts';
import { requireMeasure, requirePeriod } from './statistics-query.ts';

export interface OfficialGrowthRateInput {
  measure: string;
  /** 'city' or a cluster id. */
  scope: string;
  year: number;
  month: number;
  ratePercent: string;
  source: string;
  recordedBy: string;
}

export async function recordOfficialGrowthRate(
  db: Kysely<DatabaseSchema>,
  input: OfficialGrowthRateInput,
): Promise<void> {
  requireMeasure(input.measure);
  requirePeriod(input.year, input.month);
  const rate = parseDecimal(input.ratePercent);
  if (rate === undefined || Math.abs(Number(input.ratePercent)) > 1000)
    throw new AppError(
      'validation_failed',
      `增速 "${input.ratePercent}" 不是有效的百分数 (rate must be a percentage such as 7.1)`,
    );
  if (input.source.trim() === '') throw new AppError('validation_failed', '必须注明来源 (a source is required)');
  if (input.scope !== 'city' && !(await findCluster(db, input.scope)))
    throw new AppError(
      'not_found',
      `没有集群 "${input.scope}" (no cluster "${input.scope}"; use city or a cluster id)`,
    );
  await upsertOfficialGrowthRate(db, {
    measure: input.measure,
    scope: input.scope,
    year: input.year,
    month: input.month,
    rate: decimalText({ coefficient: rate.coefficient, exponent: rate.exponent - 2 }),
    source: input.source.trim(),
    recordedBy: input.recordedBy,
  });
}
