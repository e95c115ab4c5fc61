/**
 * The figures of the platform_review_due warning for a period: every registered platform with its status on the
 * last day of the period and the date of the change that set it (the last 认定/复核, or when 培育/创建 began), its
 * subject `platform/<id>` named by the platform and scoped by its unit. No platform registered: null (not evaluable).
 */
import { PLATFORM_KIND_INFO, platformStatusOn, type TrackedPlatform, type WarningInput } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPlatformRows, listPlatformStatusChanges } from '../../repositories/platform.repository.ts';
import type { StatisticsPeriod } from '../statistics/refresh-statistics.ts';

const endOfPeriod = ({ year, month }: StatisticsPeriod) =>
  new Date(Date.UTC(year, month === 0 ? 12 : month, 0)).toISOString().slice(0, 10);

export async function platformReviewDueInput(
  db: Kysely<DatabaseSchema>,
  period: StatisticsPeriod,
): Promise<WarningInput> {
  const asOf = endOfPeriod(period);
  const rows = await listPlatformRows(db);
  if (rows.length === 0) return { kind: 'platform_review_due', platforms: null, asOf };
  const changes = await listPlatformStatusChanges(db);
  return {
    kind: 'platform_review_due',
    asOf,
    platforms: rows.map((row): TrackedPlatform => {
      const history = changes.filter((change) => change.platform_id === row.id && change.date <= asOf);
      return {
        subject: {
          kind: 'enterprise',
          id: `platform/${row.id}`,
          name: { zh: row.name, en: row.name },
          reportingUnitId: row.reporting_unit_id,
        },
        platformId: row.id,
        kindName: PLATFORM_KIND_INFO[row.kind].name,
        status: platformStatusOn(history, asOf),
        statusDate: history.at(-1)?.date ?? null,
      };
    }),
  };
}
