/** Cultivation-pool entries in force on a date, as the API and later pages show them (with provenance). */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  listPoolEntries as listPoolEntryRows,
  type PoolEntryFilter,
} from '../../repositories/pool-entry.repository.ts';

export async function listPoolEntries(db: Kysely<DatabaseSchema>, filter: PoolEntryFilter) {
  const rows = await listPoolEntryRows(db, filter);
  return rows.map((row) => ({
    uscc: row.uscc,
    name: row.name,
    reportingUnit: row.reporting_unit_id,
    tier: row.tier,
    tierText: row.tier_text,
    entryDate: row.entry_date,
    validUntil: row.valid_until,
    document: row.document,
    level: row.level,
    listYear: row.period_year,
    provenance: { batchId: row.batch_id, sheetRow: row.sheet_row },
  }));
}
