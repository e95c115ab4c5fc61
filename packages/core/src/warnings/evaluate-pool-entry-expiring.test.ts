/** pool_entry_expiring: severity by days left, reviewed and expired entries skipped, no list → not evaluable. */
import { describe, expect, it } from 'vitest';
import { evaluatePoolEntryExpiring, type TrackedPoolEntry } from './evaluate-pool-entry-expiring.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const rule = ruleOf('pool_entry_expiring', { severity: { red: 30, orange: 90, yellow: 180 } });
const entry = (id: string, daysLeft: number, reviewed = false): TrackedPoolEntry => ({
  subject: subject(id, 'enterprise'),
  tierName: { zh: '专精特新中小企业', en: 'specialised SME' },
  validUntil: '2025-02-28',
  daysLeft,
  reviewed,
});

describe('pool_entry_expiring', () => {
  it.each([
    [10, 'red'],
    [29, 'red'],
    [30, 'orange'],
    [89, 'orange'],
    [120, 'yellow'],
    [180, null],
  ] as const)('%i days left → %s', (days, severity) => {
    const outcome = evaluatePoolEntryExpiring(rule, { entries: [entry('A/specialised', days)], asOf: '2024-12-31' });
    expect(outcome.findings[0]?.severity ?? null).toBe(severity);
  });

  it('skips reviewed and already expired entries', () => {
    const outcome = evaluatePoolEntryExpiring(rule, {
      entries: [entry('A/specialised', 10, true), entry('B/specialised', -3)],
      asOf: '2024-12-31',
    });
    expect(outcome.findings).toEqual([]);
  });

  it('is not evaluable without any pool list', () => {
    expect(evaluatePoolEntryExpiring(rule, { entries: null, asOf: '2024-12-31' }).evaluable).toBe(false);
  });
});
