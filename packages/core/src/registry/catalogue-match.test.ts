import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchCatalogue, type CatalogueRule } from './catalogue-match.ts';

const rule = (
  clusterId: string,
  industryPrefix: string,
  coverage: 'full' | 'partial' = 'full',
  validFrom: number | null = null,
  validTo: number | null = null,
): CatalogueRule => ({
  clusterId,
  industryPrefix,
  coverage,
  validFrom,
  validTo,
});

const rules = [
  rule('textile', '17'),
  rule('textile', '18'),
  rule('textile', '28'),
  rule('pv', '3825'),
  rule('chemicals', '26', 'partial'),
  rule('chemicals', '265'),
  rule('smart-home', '385'),
  rule('auto', '3841', 'partial'),
  rule('pv', '3841', 'partial'),
  rule('old', '19', 'full', 2015, 2019),
];

describe('matchCatalogue', () => {
  it.each([
    ['1711', 2023, { status: 'assigned', clusterId: 'textile', matchedPrefix: '17' }],
    ['2810', 2023, { status: 'assigned', clusterId: 'textile', matchedPrefix: '28' }],
    ['3825', 2023, { status: 'assigned', clusterId: 'pv', matchedPrefix: '3825' }],
    ['2651', 2023, { status: 'assigned', clusterId: 'chemicals', matchedPrefix: '265' }],
    ['2614', 2023, { status: 'needs_review', candidates: [{ clusterId: 'chemicals', matchedPrefix: '26' }] }],
    [
      '3841',
      2023,
      {
        status: 'needs_review',
        candidates: [
          { clusterId: 'auto', matchedPrefix: '3841' },
          { clusterId: 'pv', matchedPrefix: '3841' },
        ],
      },
    ],
    ['1910', 2018, { status: 'assigned', clusterId: 'old', matchedPrefix: '19' }],
    ['1910', 2023, { status: 'unassigned' }],
    ['3311', 2023, { status: 'unassigned' }],
  ])('%s in %i', (code, year, expected) => {
    expect(matchCatalogue(code, rules, year)).toEqual(expected);
  });

  it('the longest prefix decides, whatever the order of the rules', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rules, { minLength: rules.length, maxLength: rules.length }), (shuffled) => {
        expect(matchCatalogue('2651', shuffled, 2023)).toEqual({
          status: 'assigned',
          clusterId: 'chemicals',
          matchedPrefix: '265',
        });
      }),
    );
  });

  it('an assigned cluster always has a rule whose prefix starts the code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}$/), fc.integer({ min: 2010, max: 2030 }), (code, year) => {
        const match = matchCatalogue(code, rules, year);
        if (match.status === 'assigned') expect(code.startsWith(match.matchedPrefix)).toBe(true);
      }),
    );
  });
});

describe('matchCatalogue with sub-directions', () => {
  const parents: Record<string, string | null> = {
    textile: null,
    'textile-fibre': 'textile',
    'textile-fashion': 'textile',
    pv: null,
  };
  const parentOf = (id: string) => parents[id] ?? null;
  const hierarchy = [
    rule('textile', '17'),
    rule('textile', '28'),
    rule('textile-fibre', '28'),
    rule('textile-fashion', '18'),
    rule('textile', '18'),
  ];

  it('takes the most specific cluster when a sub-direction repeats its parent’s code', () => {
    expect(matchCatalogue('2810', hierarchy, 2023, parentOf)).toEqual({
      status: 'assigned',
      clusterId: 'textile-fibre',
      matchedPrefix: '28',
    });
    expect(matchCatalogue('1711', hierarchy, 2023, parentOf)).toEqual({
      status: 'assigned',
      clusterId: 'textile',
      matchedPrefix: '17',
    });
  });

  it('leaves two sibling sub-directions on one code to a person', () => {
    const siblings = [...hierarchy, rule('textile-fashion', '28')];
    expect(matchCatalogue('2810', siblings, 2023, parentOf)).toEqual({
      status: 'needs_review',
      candidates: [
        { clusterId: 'textile-fibre', matchedPrefix: '28' },
        { clusterId: 'textile-fashion', matchedPrefix: '28' },
      ],
    });
  });
});
