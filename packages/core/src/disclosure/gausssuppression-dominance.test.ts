/**
 * GaussSuppression (Statistics Norway) reference (../shared/reference/gausssuppression): the (n,k)
 * dominance rule with contributors grouped by their id (`char`), and with sampling weights under the
 * default weighting (unweighted largest contributions against the weighted total) and the tau-argus
 * weighting (a contributor of weight w counts as w contributors). Shares compared to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { dominanceShare, summariseCell, type Contribution, type WeightingMethod } from './cell-statistics.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { primaryReasons } from './primary-suppression.ts';
import { readReferenceJson } from './reference-files.test-kit.ts';

interface Reference {
  records: { v1: string; num: number; sw2: number; sw3: number; char: string }[];
  cells: string[];
  expected_from_upstream_test: Record<string, unknown>;
}

const reference = await readReferenceJson<Reference>('gausssuppression/dominance_rule_small.json');
const upstream = reference?.expected_from_upstream_test ?? {};
const expectedFor = (prefix: string) => Object.entries(upstream).find(([key]) => key.startsWith(prefix))?.[1];

/** The contributions of each cell: records numbered as contributors, optionally owned by `char`, weighted. */
function cellContributions(options: { byChar?: boolean; weight?: 'sw2' | 'sw3' }): Contribution[][] {
  return (reference?.cells ?? []).map((cell) =>
    (reference?.records ?? []).flatMap((record, i) =>
      record.v1 === cell
        ? [
            {
              contributorId: `record${i}`,
              ownerId: options.byChar ? record.char : null,
              value: record.num,
              weight: options.weight ? record[options.weight] : null,
            },
          ]
        : [],
    ),
  );
}

const primaryFlags = (cells: Contribution[][], rules: string, weighting: WeightingMethod) =>
  cells.map(
    (contributions) =>
      primaryReasons(summariseCell(contributions, { weighting }), parseDisclosureRules(rules)).length > 0,
  );

describe.skipIf(reference === undefined)('GaussSuppression dominance reference', () => {
  it('groups contributions by contributor id before ranking: top-2 shares and the n=2, k=98 rule', () => {
    const shares = cellContributions({ byChar: true }).map((contributions) =>
      dominanceShare(summariseCell(contributions), 2),
    );
    const expected = expectedFor('n2_k98') as number[];
    expect(shares).toHaveLength(expected.length);
    shares.forEach((share, i) => expect(share).toBeCloseTo(expected[i] ?? NaN, 9));
    expect(primaryFlags(cellContributions({ byChar: true }), 'nk=2:98', 'default')).toEqual(
      expected.map((share) => share > 0.98),
    );
  });

  it('default weighting: weighted totals, and only v1 primary under n=(1,2), k=(70,90)', () => {
    const cells = cellContributions({ weight: 'sw2' });
    expect(cells.map((contributions) => summariseCell(contributions).total)).toEqual(
      expectedFor('default_weighting sw2: weighted cell totals'),
    );
    expect(primaryFlags(cells, 'nk=1:70,nk=2:90', 'default')).toEqual(expectedFor('default_weighting sWeightVar'));
  });

  it('tau-argus weighting: v1 and v2 primary under n=2, k=90', () => {
    expect(primaryFlags(cellContributions({ weight: 'sw2' }), 'nk=2:90', 'tau-argus')).toEqual(
      expectedFor('tauargus_weighting sw2'),
    );
  });

  it('refuses tau-argus weighting with contributors grouped by owner, as GaussSuppression does with charVar', () => {
    expect(expectedFor('tauargus_weighting with charVar')).toBe('error');
    const [v1] = cellContributions({ byChar: true, weight: 'sw2' });
    expect(() => summariseCell(v1 ?? [], { weighting: 'tau-argus' })).toThrow(/owner grouping/);
  });

  it('accepts weights below 1 in tau-argus weighting as fractional contributors (GaussSuppression warns)', () => {
    expect(expectedFor('tauargus_weighting with a weight < 1')).toBe('warning');
    const [, v2] = cellContributions({ weight: 'sw3' });
    const statistics = summariseCell(v2 ?? [], { weighting: 'tau-argus' });
    // 90 with weight 0.9 and 10 with weight 1: the two largest "contributors" are 0.9 × 90 + 1 × 10 of 91
    expect(statistics.total).toBeCloseTo(91, 9);
    expect(dominanceShare(statistics, 2)).toBeCloseTo(91 / 91, 9);
  });
});
