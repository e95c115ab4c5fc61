import { describe, expect, it } from 'vitest';
import { evaluateLossShareOver } from './evaluate-loss-share-over.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

describe('loss_share_over', () => {
  const rule = ruleOf('loss_share_over', { severity: { red: 30, orange: 25, yellow: 20 } });
  const unit = subject('330402', 'unit');
  it.each([
    [10, 1, null],
    [10, 2, null], // exactly 20 %: not over
    [100, 21, 'yellow'],
    [4, 1, 'yellow'], // exactly 25 %: over 20, not over 25
    [10, 3, 'orange'], // exactly 30 %: not over 30
    [10, 4, 'red'],
  ])('%i firms with %i losses → %s', (firms, lossMaking, severity) => {
    const outcome = evaluateLossShareOver(rule, { subjects: [{ subject: unit, firms, lossMaking }] });
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
    expect(outcome.skipped).toEqual([]);
  });

  it('does not judge a subject with fewer firms than minFirms (not evaluable, not passed)', () => {
    const outcome = evaluateLossShareOver(rule, { subjects: [{ subject: unit, firms: 2, lossMaking: 2 }] });
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped[0]!.reason.en).toBe('fewer than 3 firms reported profit (2)');
  });
});
