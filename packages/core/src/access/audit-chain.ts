/**
 * The audit log's hash chain: each entry's hash covers its canonical content and the previous entry's hash, so
 * changing, removing or reordering any entry breaks every hash after it. `verifyAuditChain` finds the first entry
 * that does not fit — what `observatory audit verify` reports.
 */
import { canonicalJson } from '../evaluation/canonical-json.ts';
import { sha256Hex } from '../evaluation/sha256.ts';

/** The hash before the first entry. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  sequence: number;
  /** ISO 8601 instant. */
  at: string;
  actor: string;
  action: string;
  /** What was read or changed, e.g. `enterprise:91330402…`, `evaluation_run:12`. */
  target: string;
  origin: string | null;
  details: unknown;
}

export interface AuditEntry extends AuditContent {
  previousHash: string;
  hash: string;
}

export function auditEntryHash(previousHash: string, content: AuditContent): string {
  return sha256Hex(`${previousHash}\n${canonicalJson(content)}`);
}

export function chainAuditEntry(previousHash: string, content: AuditContent): AuditEntry {
  return { ...content, previousHash, hash: auditEntryHash(previousHash, content) };
}

export type AuditChainCheck =
  | { intact: true; entries: number; lastHash: string }
  | {
      intact: false;
      entries: number;
      /** The sequence number of the first entry that does not fit. */
      firstBadSequence: number;
      problem: 'hash_mismatch' | 'broken_link' | 'sequence_gap';
    };

/** Checks entries in sequence order, starting from `startHash` (the genesis hash, or a verified checkpoint's). */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  startHash: string = AUDIT_GENESIS_HASH,
  startSequence = 1,
): AuditChainCheck {
  let previous = startHash;
  let expectedSequence = startSequence;
  for (const entry of entries) {
    const bad = (problem: 'hash_mismatch' | 'broken_link' | 'sequence_gap'): AuditChainCheck => ({
      intact: false,
      entries: entries.length,
      firstBadSequence: entry.sequence,
      problem,
    });
    if (entry.sequence !== expectedSequence) return bad('sequence_gap');
    if (entry.previousHash !== previous) return bad('broken_link');
    const { previousHash: _previous, hash, ...content } = entry;
    if (auditEntryHash(previous, content) !== hash) return bad('hash_mismatch');
    previous = hash;
    expectedSequence += 1;
  }
  return { intact: true, entries: entries.length, lastHash: previous };
}
