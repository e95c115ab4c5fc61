/** A throwaway database for a benchmark: PGlite in a temporary directory, or a throwaway PostgreSQL cluster. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/db/database.ts';
import { prepareDatabase } from '../src/services/prepare-database.ts';
import { startPostgresCluster } from '../test/harness/postgres-cluster.ts';

export async function withBenchDatabase<T>(
  engine: string,
  work: (database: Database, url: string | null) => Promise<T>,
): Promise<T> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'observatory-bench-'));
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      await prepareDatabase(database.db);
      return await work(database, null);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const cluster = await startPostgresCluster();
  const database = await openDatabase({ engine: 'postgresql', url: cluster.adminUrl });
  try {
    await prepareDatabase(database.db);
    return await work(database, cluster.adminUrl);
  } finally {
    await database.close();
    cluster.stop();
  }
}
