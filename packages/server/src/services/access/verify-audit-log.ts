/**
 * `observatory audit verify`: walks the whole audit log in sequence pages and checks every hash and link, so
 * that a row changed, removed or inserted by someone with database access (around the append-only trigger) is
 * found, with the first sequence number that does not fit.
 */
import { AUDIT_GENESIS_HASH, verifyAuditChain, type AuditChainCheck } from '@observatory/core';
import { readAuditPage } from '../../repositories/audit-log.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

const PAGE = 5_000;

export async function verifyAuditLog(db: Queryable): Promise<AuditChainCheck> {
  let previousHash = AUDIT_GENESIS_HASH;
  let afterSequence = 0;
  let checked = 0;
  for (;;) {
    const page = await readAuditPage(db, { afterSequence, limit: PAGE });
    if (page.length === 0) return { intact: true, entries: checked, lastHash: previousHash };
    const check = verifyAuditChain(page, previousHash, afterSequence + 1);
    if (!check.intact) return { ...check, entries: checked + page.length };
    checked += page.length;
    previousHash = check.lastHash;
    afterSequence = page[page.length - 1]!.sequence;
  }
}
