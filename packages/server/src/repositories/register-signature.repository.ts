/**
 * A signature of everything the registers hold (projects, pools, land, chains, platforms, promotion organisations,
 * rectification, the cluster registry and its targets, manual target actuals, import batches): per table its row
 * count and the sum and maximum of its rows' creating transaction ids (xmin). Any committed insert, update or
 * delete changes it (an update writes a row version with a newer transaction id, a delete lowers the count), and
 * it is read like any other data, so it is transactional without triggers or a stamp table. Answers computed from
 * the registers are kept under it (services/statistics/kept-target-progress.ts).
 */
import { sql } from 'kysely';
import type { Queryable } from './queryable.ts';

/** The tables the signature covers; a register's new table belongs here (register-signature test checks). */
export const REGISTER_TABLES = [
  'import_batch',
  'cluster_system',
  'cluster',
  'cluster_zone',
  'catalogue_entry',
  'designation',
  'designation_status_change',
  'target',
  'target_actual',
  'project',
  'project_progress',
  'pool_entry',
  'pool_review',
  'land_parcel',
  'chain_definition',
  'chain_link_assignment',
  'chain_lead',
  'chain_lead_event',
  'platform',
  'platform_status_change',
  'promotion_organisation',
  'rectification_case',
  'rectification_event',
  'rectification_target',
] as const;

export async function findRegisterSignature(db: Queryable): Promise<string> {
  const parts = REGISTER_TABLES.map(
    (table) =>
      sql`(select count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text || ':' ||
                  coalesce(max(xmin::text::bigint), 0)::text from ${sql.table(table)})`,
  );
  const row = await sql<{ signature: string }>`select concat_ws('|', ${sql.join(parts)}) as signature`.execute(db);
  return row.rows[0]!.signature;
}
