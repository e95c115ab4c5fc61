/** Lists enterprises with filters (reporting unit, year, 规上, industry prefix, name or USCC) and paging. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  listEnterprises as queryEnterprises,
  type EnterpriseFilter,
} from '../../repositories/enterprise.repository.ts';

export async function listEnterprises(db: Kysely<DatabaseSchema>, filter: EnterpriseFilter) {
  const rows = await queryEnterprises(db, filter);
  return rows.map((row) => ({
    uscc: row.uscc,
    name: row.name,
    reportingUnit: row.reporting_unit_id,
    usccWarning: row.uscc_warning,
    year: row.year,
    industryCode: row.industry_code,
    aboveScale: row.above_scale,
    inProduction: row.in_production,
  }));
}
