/**
 * An enterprise's own stored figures of a year (企业自助): every current value by measure and period, with the
 * measure's bilingual name and canonical unit and the import batch and source it came from. 404 for an unknown
 * USCC and 403 outside the caller's data scope (checked first on the system connection); the values are read
 * under row-level security, the batches' file names and times (import metadata) afterwards.
 */
import type { BilingualName, DataScope } from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { findBatchSummaries } from '../../repositories/import.repository.ts';
import { listEnterpriseYearObservations } from '../../repositories/observation.repository.ts';
import { withScopedRead } from '../access/scoped-read.ts';
import { assertEnterpriseInScope } from './get-enterprise.ts';
import { findEnterpriseOrFail } from './find-enterprise.ts';

export interface EnterpriseObservation {
  measure: string;
  name: BilingualName;
  /** Canonical unit code (yuan, kWh, …): every stored value is in it. */
  unit: string;
  /** YYYY-MM, or YYYY for annual figures. */
  period: string;
  /** Exact decimal text. */
  value: string;
  /** 上年同期 as reported, exact decimal text; null when the report had none. */
  baseValue: string | null;
  batchId: number;
  source: string;
  fileName: string | null;
  importedAt: string | null;
}

export async function listEnterpriseObservations(
  database: Pick<Database, 'db' | 'scopedDb'>,
  input: { uscc: string; year: number; scope: DataScope },
): Promise<{ uscc: string; year: number; observations: EnterpriseObservation[] }> {
  await assertEnterpriseInScope(database.db, input.uscc, input.scope);
  const enterprise = await findEnterpriseOrFail(database.db, input.uscc);
  const rows = await withScopedRead(database, input.scope, (db) =>
    listEnterpriseYearObservations(db, enterprise.id, input.year),
  );
  const batches = new Map(
    (await findBatchSummaries(database.db, [...new Set(rows.map((row) => row.batch_id))])).map((batch) => [
      batch.id,
      batch,
    ]),
  );
  return {
    uscc: enterprise.uscc,
    year: input.year,
    observations: rows.map((row) => {
      const batch = batches.get(row.batch_id);
      return {
        measure: row.measure,
        name: { zh: row.name_zh, en: row.name_en },
        unit: row.canonical_unit,
        period:
          row.period_month === 0
            ? String(row.period_year)
            : `${row.period_year}-${String(row.period_month).padStart(2, '0')}`,
        value: row.value,
        baseValue: row.base_value,
        batchId: row.batch_id,
        source: row.source_profile,
        fileName: batch?.file_name ?? null,
        importedAt: batch ? new Date(batch.created_at).toISOString() : null,
      };
    }),
  };
}
