import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS_HASH,
  chainAuditEntry,
  verifyAuditChain,
  type AuditContent,
  type AuditEntry,
} from './audit-chain.ts';

function chain(contents: Omit<AuditContent, 'sequence'>[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let previous = AUDIT_GENESIS_HASH;
  contents.forEach((content, index) => {
    const entry = chainAuditEntry(previous, { ...content, sequence: index + 1 });
    entries.push(entry);
    previous = entry.hash;
  });
  return entries;
}

const sample = (n: number) =>
  chain(
    Array.from({ length: n }, (_, i) => ({
      at: `2026-11-22T08:00:${String(i).padStart(2, '0')}Z`,
      actor: i % 2 === 0 ? 'account:1' : 'account:2',
      action: i % 3 === 0 ? 'enterprise.read' : 'evaluation.regrade',
      target: `enterprise:9133040${i}`,
      origin: '127.0.0.1',
      details: { reason: `原因 ${i}` },
    })),
  );

describe('audit hash chain', () => {
  it('verifies an intact chain and names its last hash', () => {
    const entries = sample(5);
    expect(verifyAuditChain(entries)).toEqual({ intact: true, entries: 5, lastHash: entries[4]!.hash });
    expect(verifyAuditChain([])).toEqual({ intact: true, entries: 0, lastHash: AUDIT_GENESIS_HASH });
  });

  it.each<[string, (entries: AuditEntry[]) => AuditEntry[], number, string]>([
    [
      'a changed detail',
      (e) => e.map((x, i) => (i === 2 ? { ...x, details: { reason: '改' } } : x)),
      3,
      'hash_mismatch',
    ],
    ['a changed actor', (e) => e.map((x, i) => (i === 0 ? { ...x, actor: 'account:9' } : x)), 1, 'hash_mismatch'],
    ['a removed entry', (e) => e.filter((_, i) => i !== 1), 3, 'sequence_gap'],
    ['two swapped entries', (e) => [e[0]!, e[2]!, e[1]!, e[3]!, e[4]!], 3, 'sequence_gap'],
    [
      'a re-hashed entry (the next link breaks)',
      (e) =>
        e.map((x, i) => {
          if (i !== 1) return x;
          const { previousHash, hash: _hash, ...content } = x;
          return chainAuditEntry(previousHash, { ...content, target: 'enterprise:x' });
        }),
      3,
      'broken_link',
    ],
  ])('detects %s', (_case, tamper, firstBad, problem) => {
    expect(verifyAuditChain(tamper(sample(5)))).toEqual({
      intact: false,
      entries: expect.any(Number),
      firstBadSequence: firstBad,
      problem,
    });
  });

  it('detects any single changed field (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.string({ minLength: 1 }), (index, text) => {
        const entries = sample(6);
        const original = entries[index]!;
        if (original.target === text) return;
        entries[index] = { ...original, target: text };
        const check = verifyAuditChain(entries);
        expect(check.intact).toBe(false);
        if (!check.intact) expect(check.firstBadSequence).toBe(index + 1);
      }),
    );
  });
});
