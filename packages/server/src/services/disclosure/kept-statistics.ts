/**
 * Disclosed statistics (units compared, clusters, one figure's explanation) kept between requests under the
 * version of all kept statistics (findStatisticsVersion): the same question for the same audience is answered
 * from memory until an import, revision, rollback, registry load or official rate changes the data. The cockpit
 * asks the same few questions of everyone who opens it. The version is read before the answer is computed, so
 * an answer computed while the data changed is kept under a version that no longer exists.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findStatisticsVersion } from '../../repositories/statistics.repository.ts';
import { cacheOf } from './protected-table-cache.ts';

export async function keptStatistics<T>(
  db: Kysely<DatabaseSchema>,
  question: readonly unknown[],
  compute: () => Promise<T>,
): Promise<T> {
  const version = await findStatisticsVersion(db);
  return cacheOf<T>(db).get(JSON.stringify(['statistics', version, ...question]), compute);
}
