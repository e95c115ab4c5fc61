/**
 * The audit log (migration 0011): appended under a transaction-scoped advisory lock so the chain has one order,
 * read in sequence pages for verification and export. There is no update or delete here, and the table's trigger
 * refuses them anyway.
 */
import { sql } from 'kysely';
import type { AuditEntry } from '@observatory/core';
import type { Queryable } from './queryable.ts';

/** An arbitrary fixed key of the advisory lock that serialises appends. */
const AUDIT_LOCK_KEY = 7_270_411;

export async function lockAuditLog(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(db);
}

export async function lastAuditEntry(db: Queryable): Promise<{ sequence: number; hash: string } | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select(['sequence', 'hash'])
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : { sequence: Number(row.sequence), hash: row.hash };
}

export async function insertAuditEntry(db: Queryable, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      sequence: entry.sequence,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      origin: entry.origin,
      details: JSON.stringify(entry.details),
      previous_hash: entry.previousHash,
      hash: entry.hash,
    })
    .execute();
}

export interface AuditPageFilter {
  afterSequence: number;
  limit: number;
  from?: Date;
  to?: Date;
  actor?: string;
  target?: string;
}

/** The columns of an entry; the timestamp as the ISO text it was hashed with. */
const auditEntryColumns = [
  'sequence',
  sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`.as('at_text'),
  'actor',
  'action',
  'target',
  'origin',
  'details',
  'previous_hash',
  'hash',
] as const;

function toAuditEntry(row: {
  sequence: string;
  at_text: string;
  actor: string;
  action: string;
  target: string;
  origin: string | null;
  details: AuditEntry['details'];
  previous_hash: string;
  hash: string;
}): AuditEntry {
  return {
    sequence: Number(row.sequence),
    at: row.at_text,
    actor: row.actor,
    action: row.action,
    target: row.target,
    origin: row.origin,
    details: row.details,
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/** Entries after a sequence number, in order (the timestamp comes back as the ISO text it was hashed with). */
export async function readAuditPage(db: Queryable, filter: AuditPageFilter): Promise<AuditEntry[]> {
  let query = db
    .selectFrom('audit_log')
    .select(auditEntryColumns)
    .where('sequence', '>', String(filter.afterSequence) as never)
    .orderBy('sequence')
    .limit(filter.limit);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from as never);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to as never);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.target !== undefined) query = query.where('target', '=', filter.target);
  return (await query.execute()).map(toAuditEntry);
}

export interface AuditListFilter {
  /** Entries with a smaller sequence number only (the previous page's last one). */
  before?: number | undefined;
  limit: number;
  actor?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** Entries newest first, for the auditor's page: paged by sequence, filtered by actor, action and time. */
export async function readAuditNewestFirst(db: Queryable, filter: AuditListFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').select(auditEntryColumns).orderBy('sequence', 'desc').limit(filter.limit);
  if (filter.before !== undefined) query = query.where('sequence', '<', String(filter.before) as never);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from as never);
  if (filter.to !== undefined) query = query.where('at', '<', filter.to as never);
  return (await query.execute()).map(toAuditEntry);
}
