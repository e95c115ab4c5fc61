import { describe, expect, it } from 'vitest';
import { DisclosureError } from './disclosure-error.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';

describe('parseDisclosureRules', () => {
  it.each([
    ['freq=3', { frequency: { minContributors: 3 }, dominance: [], protection: { kind: 'not-exact' } }],
    [
      'freq=3,p=15,nk=2:85',
      {
        frequency: { minContributors: 3 },
        pPercent: { p: 15 },
        dominance: [{ n: 2, k: 85 }],
        protection: { kind: 'not-exact' },
      },
    ],
    [
      ' nk=1:70 , nk=2:90 ',
      {
        dominance: [
          { n: 1, k: 70 },
          { n: 2, k: 90 },
        ],
        protection: { kind: 'not-exact' },
      },
    ],
    ['pq=60:80，protection=10', { pq: { p: 60, q: 80 }, dominance: [], protection: { kind: 'percent', percent: 10 } }],
    ['p=12.5', { pPercent: { p: 12.5 }, dominance: [], protection: { kind: 'not-exact' } }],
  ])('reads %s', (text, expected) => {
    expect(parseDisclosureRules(text)).toEqual(expected);
  });

  it.each([
    ['', /至少需要一条.*at least one primary rule/],
    ['protection=10', /at least one primary rule/],
    ['freq=1', /freq needs an integer of at least 2/],
    ['freq=2.5', /freq needs an integer/],
    ['freq=3,freq=4', /"freq=4".*freq given twice/],
    ['p=0', /p must lie in \(0, 100\)/],
    ['p=100', /p must lie in \(0, 100\)/],
    ['p=-5', /"p=-5".*expected one number/],
    ['p=abc', /"p=abc".*expected one number/],
    ['pq=85:80', /pq needs 0 < p < q ≤ 100/],
    ['pq=85:180', /pq needs 0 < p < q ≤ 100/],
    ['pq=60', /"pq=60".*two numbers separated by a colon/],
    ['nk=0:80', /n=0/],
    ['nk=2:100', /0 < k < 100/],
    ['nk=2', /expected two numbers/],
    ['protection=0,freq=3', /protection must lie in \(0, 100\]/],
    ['dominance=2:80', /"dominance=2:80".*name one of freq, p, pq, nk, protection/],
    ['freq', /expected name=value/],
    ['freq=3=4', /expected name=value/],
  ])('rejects %j with a bilingual message', (text, message) => {
    let error: unknown;
    try {
      parseDisclosureRules(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DisclosureError);
    expect((error as DisclosureError).kind).toBe('invalid_rules');
    expect((error as Error).message).toMatch(message);
    const shown = (error as Error).message;
    expect(shown.search(/[\u4e00-\u9fff]/)).toBeGreaterThanOrEqual(0); // Chinese first, English in brackets after
    expect(shown.search(/[\u4e00-\u9fff]/)).toBeLessThan(shown.lastIndexOf(' ('));
    expect(shown.endsWith(')')).toBe(true);
  });
});
