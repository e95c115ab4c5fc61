/**
 * The rule inequalities at their boundaries, owner grouping, the audience's knowledge, and the laws:
 * grouping contributors under one owner never clears a sensitive cell; a cell the audience knows
 * completely is never sensitive; knowing more never clears a frequency-sensitive cell that still has
 * unknown contributors. Knowing more CAN make a cell sensitive (the last case): that is the point of
 * letting the intruder subtract what it knows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseCell, type Contribution } from './cell-statistics.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { primaryReasons } from './primary-suppression.ts';

const cell = (...values: number[]): Contribution[] => values.map((value, i) => ({ contributorId: `e${i}`, value }));
const reasonsOf = (contributions: Contribution[], rules: string, known: string[] = []) =>
  primaryReasons(summariseCell(contributions, { known: new Set(known) }), parseDisclosureRules(rules));

describe('primaryReasons', () => {
  it.each([
    // frequency: 0 < n < 3
    [cell(), 'freq=3', []],
    [cell(5), 'freq=3', ['frequency']],
    [cell(5, 5), 'freq=3', ['frequency']],
    [cell(5, 5, 5), 'freq=3', []],
    [cell(0, 0), 'freq=3', ['frequency']],
    // p%: T − x1 − x2 < p/100·x1; 100 − 80 − 10 = 10 vs 15 % of 80 = 12
    [cell(80, 10, 10), 'p=15', ['p-percent']],
    [cell(80, 8, 12), 'p=15', ['p-percent']],
    [cell(80, 5, 5, 10), 'p=12.5', []], // 10 < 10 is false: the boundary is not sensitive
    [cell(80, 5, 5, 10), 'p=13', ['p-percent']],
    [cell(0, 0, 0), 'p=15', []],
    // pq: T − x1 − x2 < p/q·x1
    [cell(80, 5, 5, 10), 'pq=10:80', []], // 10 < 10 false
    [cell(80, 5, 5, 10), 'pq=11:80', ['pq']],
    // (n,k): x1 + … + xn > k/100·T
    [cell(85, 5, 5, 5), 'nk=1:85', []], // 85 > 85 false
    [cell(86, 4, 5, 5), 'nk=1:85', ['dominance']],
    [cell(50, 40, 5, 5), 'nk=1:85,nk=2:85', ['dominance']],
    [cell(0, 0), 'nk=1:50', []],
    [cell(60, 35, 3, 2), 'freq=3,p=15,nk=2:85', ['p-percent', 'dominance']],
    [cell(60, 30, 5, 5), 'freq=3,p=15,nk=2:85', ['dominance']],
  ])('%j under %s → %j', (contributions, rules, expected) => {
    expect(reasonsOf(contributions, rules)).toEqual(expected);
  });

  it('counts the enterprises of one owner as one contributor with their values summed', () => {
    const grouped: Contribution[] = [
      { contributorId: 'a', ownerId: 'G', value: 40 },
      { contributorId: 'b', ownerId: 'G', value: 40 },
      { contributorId: 'c', value: 10 },
      { contributorId: 'd', value: 10 },
    ];
    const statistics = summariseCell(grouped);
    expect(statistics.contributors).toBe(3);
    expect(statistics.unknownRanked.map((entry) => entry.value)).toEqual([80, 10, 10]);
    expect(reasonsOf(grouped, 'nk=1:75')).toEqual(['dominance']);
    expect(reasonsOf(cell(40, 40, 10, 10), 'nk=1:75')).toEqual([]);
  });

  it('judges the unknown rest for an audience that knows some contributors', () => {
    // 4 equal firms: safe for the public; a county user who knows 3 of them would learn the 4th
    expect(reasonsOf(cell(100, 100, 100, 100), 'freq=3,p=15')).toEqual([]);
    expect(reasonsOf(cell(100, 100, 100, 100), 'freq=3,p=15', ['e0', 'e1', 'e2'])).toEqual(['frequency', 'p-percent']);
    // knowing the dominant firm removes the dominance over the rest
    expect(reasonsOf(cell(900, 30, 30, 40), 'nk=1:80')).toEqual(['dominance']);
    expect(reasonsOf(cell(900, 30, 30, 40), 'nk=1:80', ['e0'])).toEqual([]);
    // a cell the audience knows completely needs no protection from it
    expect(reasonsOf(cell(7), 'freq=3,p=15,nk=1:50', ['e0'])).toEqual([]);
  });

  it('keeps the known part in the published total and in the lower bound', () => {
    const statistics = summariseCell(
      [
        { contributorId: 'a', value: 10, weight: 2 },
        { contributorId: 'b', value: 5, weight: 3 },
      ],
      { known: new Set(['a']) },
    );
    expect(statistics).toMatchObject({ total: 35, knownTotal: 20, contributors: 2, unknownContributors: 1 });
    expect(statistics.unknownRanked).toEqual([{ group: 'c:b', value: 5, multiplicity: 1, weightedValue: 15 }]);
  });

  it.each([
    [[{ contributorId: 'a', value: -1 }], 'default', /non-negative/],
    [[{ contributorId: 'a', value: Number.NaN }], 'default', /non-negative/],
    [[{ contributorId: 'a', value: 1, weight: 0 }], 'default', /weight must be positive/],
    [
      [
        { contributorId: 'a', value: 1 },
        { contributorId: 'a', value: 2 },
      ],
      'tau-argus',
      /one record per contributor/,
    ],
  ] as const)('rejects bad contributions %#', (contributions, weighting, message) => {
    expect(() => summariseCell(contributions, { weighting })).toThrow(message);
  });

  const contributions = fc.array(
    fc.record({
      contributorId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      ownerId: fc.option(fc.constantFrom('G', 'H'), { nil: null }),
      value: fc.integer({ min: 0, max: 1000 }),
    }),
    { maxLength: 8 },
  );
  const rules = fc.constantFrom('freq=3', 'p=15', 'pq=20:80', 'nk=1:70', 'nk=2:85', 'freq=3,p=10,nk=2:80');
  const ids = fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']);

  it('law: grouping contributors under one owner never clears a sensitive cell', () => {
    fc.assert(
      fc.property(
        contributions,
        rules,
        fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'G', 'H']),
        (cells, rule, merged) => {
          const before = primaryReasons(summariseCell(cells), parseDisclosureRules(rule));
          const inMerged = (c: Contribution) => merged.includes(c.ownerId ?? c.contributorId);
          const after = primaryReasons(
            summariseCell(cells.map((c) => (inMerged(c) ? { ...c, ownerId: 'MERGED' } : c))),
            parseDisclosureRules(rule),
          );
          if (before.length > 0) expect(after.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('law: a cell the audience knows completely is never sensitive', () => {
    fc.assert(
      fc.property(contributions, rules, (cells, rule) => {
        const known = new Set(cells.map((c) => c.contributorId));
        expect(primaryReasons(summariseCell(cells, { known }), parseDisclosureRules(rule))).toEqual([]);
      }),
    );
  });

  it('law: knowing more never clears a frequency-sensitive cell that still has unknown contributors', () => {
    fc.assert(
      fc.property(contributions, ids, ids, (cells, known, more) => {
        const rule = parseDisclosureRules('freq=3');
        const less = summariseCell(cells, { known: new Set(known) });
        const most = summariseCell(cells, { known: new Set([...known, ...more]) });
        if (primaryReasons(less, rule).length > 0 && most.unknownContributors > 0)
          expect(primaryReasons(most, rule)).toEqual(['frequency']);
      }),
    );
  });

  it('law: with no audience the rest is the whole cell (the public rules)', () => {
    fc.assert(
      fc.property(contributions, (cells) => {
        const statistics = summariseCell(cells);
        expect(statistics.knownTotal).toBe(0);
        expect(statistics.unknownContributors).toBe(statistics.contributors);
        expect(statistics.total).toBe(cells.reduce((sum, c) => sum + c.value, 0));
      }),
    );
  });
});
