/**
 * Data-correction requests within the caller's data scope (an enterprise user its own, a county's staff its unit's
 * firms, the city all), pending first, then newest first; read under row-level security as well.
 */
import type { BilingualName, DataScope } from '@observatory/core';
import type { Database } from '../../db/database.ts';
import { listCorrectionRequests as listRows } from '../../repositories/correction-request.repository.ts';
import { withScopedRead } from '../access/scoped-read.ts';
import { presentCorrectionRequest, type CorrectionRequestView } from './present-correction-request.ts';

export interface CorrectionListQuery {
  scope: DataScope;
  status?: 'pending' | 'accepted' | 'rejected' | undefined;
  uscc?: string | undefined;
  limit: number;
  offset: number;
}

export type ListedCorrectionRequest = CorrectionRequestView & {
  enterpriseName: string | null;
  measureName: BilingualName;
};

export async function listCorrectionRequests(
  database: Pick<Database, 'db' | 'scopedDb'>,
  query: CorrectionListQuery,
): Promise<ListedCorrectionRequest[]> {
  const rows = await withScopedRead(database, query.scope, (db) => listRows(db, query));
  return rows.map((row) => ({
    ...presentCorrectionRequest(row),
    enterpriseName: row.enterprise_name,
    measureName: { zh: row.measure_name_zh, en: row.measure_name_en },
  }));
}
