/**
 * Scoped reads under row-level security (docs/security.md): `withScopedRead` runs a read of enterprise-level data in
 * a read-only transaction whose database session sees only the rows of the caller's data scope, whatever its
 * queries ask. The service layer still filters every query (repositories/data-scope-filter.ts); this is the second
 * layer, for the query that forgets its WHERE clause or has one injected.
 *
 * On the main connections (PGlite, and PostgreSQL without OBSERVATORY_SCOPED_DATABASE_URL) it stores a grant in the
 * transaction, names it in `observatory.scope_grant` and switches to `observatory_scoped` with SET LOCAL ROLE; the
 * transaction is rolled back at the end, so the grant is never committed. With a separate scoped login role
 * (Database.scopedDb) it opens the transaction there, stores the grant through the main connections for that
 * backend only, and deletes it afterwards; expired grants are deleted with every new one.
 *
 * `work` must use only the Queryable it is given (on PGlite, the main database waits until the read is done) and
 * must not write: the transaction is read-only, and audit records are written after it returns.
 */
import type { DataScope } from '@observatory/core';
import type { ControlledTransaction, Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { Database } from '../../db/database.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  actAsScopedRole,
  currentBackend,
  deleteScopeGrant,
  insertScopeGrant,
  makeReadOnly,
  useScopeGrant,
  type ScopeGrant,
} from '../../repositories/access-scope-grant.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

/** How long a stored grant stays valid; it is checked when each statement starts, so long reads are not cut off. */
const GRANT_TTL_SECONDS = 600;

export function scopeGrantOf(scope: DataScope): ScopeGrant {
  switch (scope.kind) {
    case 'all':
    case 'none':
      return { kind: scope.kind, reportingUnitId: null, uscc: null };
    case 'unit':
      return { kind: 'unit', reportingUnitId: scope.reportingUnitId, uscc: null };
    case 'enterprise':
      return { kind: 'enterprise', reportingUnitId: null, uscc: scope.uscc };
  }
}

/** Runs `work` on a read-only transaction that the database restricts to the rows of `scope`. */
export async function withScopedRead<T>(
  database: Pick<Database, 'db' | 'scopedDb'>,
  scope: DataScope,
  work: (db: Queryable) => Promise<T>,
): Promise<T> {
  const grant = scopeGrantOf(scope);
  return database.scopedDb === null
    ? readOnMainConnection(database.db, grant, work)
    : readAsScopedLogin(database.db, database.scopedDb, grant, work);
}

async function readOnMainConnection<T>(
  db: Kysely<DatabaseSchema>,
  grant: ScopeGrant,
  work: (db: Queryable) => Promise<T>,
): Promise<T> {
  const trx = await db.startTransaction().execute();
  return rolledBack(trx, async () => {
    const { pid } = await currentBackend(trx);
    await useScopeGrant(trx, await insertScopeGrant(trx, grant, pid, GRANT_TTL_SECONDS));
    await makeReadOnly(trx);
    await actAsScopedRole(trx).catch((error: unknown) => {
      throw new AppError(
        'internal',
        `数据库角色须为 observatory_scoped 的成员 (the database role must be a member of observatory_scoped: ` +
          `GRANT observatory_scoped TO <role>, or set OBSERVATORY_SCOPED_DATABASE_URL): ${messageOf(error)}`,
      );
    });
    return work(trx);
  });
}

async function readAsScopedLogin<T>(
  db: Kysely<DatabaseSchema>,
  scopedDb: Kysely<DatabaseSchema>,
  grant: ScopeGrant,
  work: (db: Queryable) => Promise<T>,
): Promise<T> {
  const trx = await scopedDb.startTransaction().setAccessMode('read only').execute();
  let grantId: string | null = null;
  try {
    return await rolledBack(trx, async () => {
      const backend = await currentBackend(trx);
      if (backend.actsAsSystem || backend.bypasses)
        throw new AppError(
          'internal',
          'OBSERVATORY_SCOPED_DATABASE_URL 的角色不受行级安全约束 (the scoped login role is not bound by row-level ' +
            'security: it must not own the tables, be a superuser or have BYPASSRLS)',
        );
      grantId = await insertScopeGrant(db, grant, backend.pid, GRANT_TTL_SECONDS);
      await useScopeGrant(trx, grantId);
      return work(trx);
    });
  } finally {
    if (grantId !== null) await deleteScopeGrant(db, grantId);
  }
}

/** Runs `body` and rolls the transaction back whatever happens (a read keeps nothing). */
async function rolledBack<T>(trx: ControlledTransaction<DatabaseSchema>, body: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await body();
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw error;
  }
  await trx.rollback().execute();
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
