import { describe, expect, it } from 'vitest';
import { leadMoveProblem } from './lead-pipeline.ts';

describe('the roadmap pipeline', () => {
  it.each([
    ['lead', 'contact', null, true],
    ['lead', 'signed', null, true],
    ['visit', 'landed', null, true],
    ['contact', 'lead', null, false],
    ['signed', 'signed', null, false],
    ['contact', 'dropped', '对方转投他市', true],
    ['contact', 'dropped', ' ', false],
    ['landed', 'dropped', '撤资', false],
    ['dropped', 'contact', null, false],
  ] as const)('%s → %s (reason %j) allowed: %s', (from, to, reason, allowed) => {
    const problem = leadMoveProblem(from, to, reason);
    expect(problem === null).toBe(allowed);
    if (problem) expect(problem.zh.length).toBeGreaterThan(0);
  });
});
