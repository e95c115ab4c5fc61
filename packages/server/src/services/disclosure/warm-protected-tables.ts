/**
 * Prepares the protected tables the cockpit reads first — the latest month, 规上工业总产值 and 增加值, every
 * system, for the public — so the first person to open the cockpit after the server starts does not wait for
 * secondary suppression (protected-table-cache.ts keeps them until their data change).
 */
import type { DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import { listStatisticsPeriods } from '../statistics/list-statistics-periods.ts';
import { ensureStatistics } from '../statistics/refresh-statistics.ts';
import { protectClusterTable } from './protect-cluster-table.ts';

const COCKPIT_MEASURES = ['industrial_output', 'value_added'];

/** The number of tables prepared (0 before any import). */
export async function warmProtectedTables(db: Kysely<DatabaseSchema>, rules: DisclosureRules): Promise<number> {
  const { latest } = await listStatisticsPeriods(db);
  if (latest === null) return 0;
  const period = { year: Number(latest.slice(0, 4)), month: Number(latest.slice(5, 7)) };
  await ensureStatistics(db, [period]);
  let prepared = 0;
  for (const system of await listClusterSystems(db))
    for (const measure of COCKPIT_MEASURES) {
      await protectClusterTable(db, { systemId: system.id, measure, ...period, audience: { kind: 'public' }, rules });
      prepared++;
    }
  return prepared;
}
