/** The current warning rule set as the bureau wrote it (the shipped one is loaded first if none is stored). */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { currentWarningRules } from './load-warning-rules.ts';

export async function listWarningRules(db: Kysely<DatabaseSchema>) {
  const set = await currentWarningRules(db, 'system:start');
  return { digest: set.digest, source: set.source, loadedAt: set.loadedAt, rules: set.rules };
}
