/**
 * Appends one entry to the hash-chained audit log: who, what, on what, when, from where, with details. Runs in
 * the caller's transaction when given one (so a change and its audit entry commit together) and takes the
 * advisory lock that gives the chain one order.
 */
import { chainAuditEntry, AUDIT_GENESIS_HASH, type AuditEntry } from '@observatory/core';
import { insertAuditEntry, lastAuditEntry, lockAuditLog } from '../../repositories/audit-log.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export interface AuditRecord {
  actor: string;
  /** A permission name (`enterprise.read`) or an account event (`account.login`, `account.login_failed`, …). */
  action: string;
  target: string;
  origin?: string | null;
  details?: unknown;
  at?: Date;
}

async function append(db: Queryable, record: AuditRecord): Promise<AuditEntry> {
  await lockAuditLog(db);
  const last = await lastAuditEntry(db);
  const entry = chainAuditEntry(last?.hash ?? AUDIT_GENESIS_HASH, {
    sequence: (last?.sequence ?? 0) + 1,
    at: (record.at ?? new Date()).toISOString(),
    actor: record.actor,
    action: record.action,
    target: record.target,
    origin: record.origin ?? null,
    details: record.details ?? {},
  });
  await insertAuditEntry(db, entry);
  return entry;
}

/** In a transaction of its own unless `db` already is one (Kysely's isTransaction). */
export async function recordAudit(db: Queryable, record: AuditRecord): Promise<AuditEntry> {
  if (db.isTransaction) return append(db, record);
  return db.transaction().execute((trx) => append(trx, record));
}
