/**
 * A system's target progress kept between requests: computing it reads a year of statistics and asks every
 * register's measure twice (this year and last), about a second at demo scale 0.3, during which an embedded
 * database answers nothing else. Kept under the statistics version and the registers' signature, both read
 * before the computation, so an import, revision, rollback, registry load, register change or manual actual
 * computes it anew, and an answer computed while the data changed is kept under a version that no longer exists.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findRegisterSignature } from '../../repositories/register-signature.repository.ts';
import { findStatisticsVersion } from '../../repositories/statistics.repository.ts';
import { cacheOf } from '../disclosure/protected-table-cache.ts';
import { computeTargetProgress, type TargetProgressRow } from './compute-target-progress.ts';

export async function keptTargetProgress(
  db: Kysely<DatabaseSchema>,
  systemId: string,
  asOfYear: number,
): Promise<TargetProgressRow[]> {
  const version = await findStatisticsVersion(db);
  const signature = await findRegisterSignature(db);
  return cacheOf<TargetProgressRow[]>(db).get(JSON.stringify(['targets', version, signature, systemId, asOfYear]), () =>
    computeTargetProgress(db, systemId, asOfYear),
  );
}
