/**
 * The auditor's view of the audit log: entries newest first, a page at a time (`before` = the sequence number the
 * previous page ended at), filtered by actor, action and a time window [from, to). `nextBefore` continues the list,
 * null on the last page.
 */
import type { AuditEntry } from '@observatory/core';
import { readAuditNewestFirst, type AuditListFilter } from '../../repositories/audit-log.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

export const MAX_AUDIT_PAGE = 200;

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export async function listAuditEntries(db: Queryable, filter: AuditListFilter): Promise<AuditPage> {
  const limit = Math.min(Math.max(1, filter.limit), MAX_AUDIT_PAGE);
  const entries = await readAuditNewestFirst(db, { ...filter, limit });
  const last = entries.at(-1);
  return { entries, nextBefore: entries.length === limit && last !== undefined ? last.sequence : null };
}
