/**
 * The figures of the rectification_overdue warning for a period: every case that is not final and has a deadline,
 * as of the last day of the period (a year's annual period: 31 December), its firm as the subject (`<USCC>/<year>`,
 * named with the firm's latest name and the case year).
 */
import type { RectificationPlanType, RectificationStatus, WarningInput } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listRectificationCases } from '../../repositories/rectification-case.repository.ts';
import type { StatisticsPeriod } from '../statistics/refresh-statistics.ts';

const endOfPeriod = ({ year, month }: StatisticsPeriod) =>
  new Date(Date.UTC(year, month === 0 ? 12 : month, 0)).toISOString().slice(0, 10);

export async function rectificationOverdueInput(
  db: Kysely<DatabaseSchema>,
  period: StatisticsPeriod,
): Promise<WarningInput> {
  const rows = await listRectificationCases(db, { scope: { kind: 'all' } });
  const open = rows.filter((row) => row.deadline !== null && row.status !== 'closed' && row.status !== 'dismissed');
  return {
    kind: 'rectification_overdue',
    asOf: endOfPeriod(period),
    cases: open.map((row) => {
      const name = row.enterprise_name ?? row.uscc;
      return {
        subject: {
          kind: 'enterprise',
          id: `${row.uscc}/${row.year}`,
          name: { zh: `${name}（${row.year}年整治）`, en: `${name} (rectification ${row.year})` },
          reportingUnitId: row.reporting_unit_id,
        },
        caseId: row.id,
        status: row.status as RectificationStatus,
        planType: row.plan_type as RectificationPlanType | null,
        deadline: row.deadline,
      };
    }),
  };
}
