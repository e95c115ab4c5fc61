/** Which version (content digest) of each shipped reference data set is loaded. */
import type { Queryable } from './queryable.ts';

export async function findReferenceDigest(db: Queryable, name: string): Promise<string | null> {
  const row = await db.selectFrom('reference_dataset').select('digest').where('name', '=', name).executeTakeFirst();
  return row?.digest ?? null;
}

export async function recordReferenceLoad(db: Queryable, name: string, digest: string, rows: number): Promise<void> {
  await db
    .insertInto('reference_dataset')
    .values({ name, digest, rows })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ digest, rows, loaded_at: new Date() }))
    .execute();
}
