import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBoundaries, classifyGroup, type RankEntry } from './classify-group.ts';
import {
  percentileClassificationSchema,
  thresholdClassificationSchema,
  type Classification,
} from './scheme-classification.ts';

const percentile = (cutoffs: [string, number][], extra: Record<string, unknown> = {}) =>
  percentileClassificationSchema.parse({
    method: 'percentile',
    cutoffs: cutoffs.map(([c, upTo]) => ({ class: c, upTo })),
    ...extra,
  });
const ABCD = percentile([
  ['A', 0.25],
  ['B', 0.7],
  ['C', 0.95],
  ['D', 1],
]);
const entry = (unitId: string, key: number, rest: Partial<RankEntry> = {}): RankEntry => ({
  unitId,
  key,
  tieKeys: [],
  segmentId: null,
  vetoClass: null,
  ...rest,
});
const classesOf = (keys: number[], classification: Classification = ABCD) =>
  classifyGroup(
    keys.map((k, i) => entry(`u${String(i).padStart(3, '0')}`, k)),
    classification,
  )
    .map((p) => p.classId)
    .join('');

describe('classBoundaries', () => {
  it.each([
    { n: 10, rounding: 'floor', bounds: [2, 7, 9, 10] },
    { n: 10, rounding: 'ceil', bounds: [3, 7, 10, 10] },
    { n: 10, rounding: 'half_up', bounds: [3, 7, 10, 10] },
    { n: 20, rounding: 'floor', bounds: [5, 14, 19, 20] },
    { n: 39, rounding: 'floor', bounds: [9, 27, 37, 39] },
    { n: 1248, rounding: 'floor', bounds: [312, 873, 1185, 1248] },
    { n: 1, rounding: 'floor', bounds: [0, 0, 0, 1] },
    { n: 0, rounding: 'floor', bounds: [0, 0, 0, 0] },
  ] as const)('n = $n, $rounding → $bounds', ({ n, rounding, bounds }) => {
    expect(classBoundaries({ ...ABCD, countRounding: rounding }, n)).toEqual(bounds);
  });
});

describe('classifyGroup', () => {
  it('puts ten distinct firms 2 / 5 / 2 / 1 (前25%（含）= positions ≤ 2.5)', () => {
    expect(classesOf([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toBe('AABBBBBCCD');
  });

  it.each([
    { policy: 'favourable', classes: 'AAABBBBCCD' },
    { policy: 'unfavourable', classes: 'ABBBBBBCCD' },
  ])('a tie across the A/B cut-off goes $policy', ({ policy, classes }) => {
    const classification = { ...ABCD, ties: { keys: [], policy: policy as 'favourable' | 'unfavourable' } };
    expect(classesOf([10, 9, 9, 7, 6, 5, 4, 3, 2, 1], classification)).toBe(classes);
  });

  it('breaks a tie on the tie-break indicator scores first', () => {
    const classification = { ...ABCD, ties: { keys: ['tax_per_mu'], policy: 'favourable' as const } };
    const placements = classifyGroup(
      [
        entry('a', 10),
        entry('b', 9, { tieKeys: [1] }),
        entry('c', 9, { tieKeys: [2] }),
        ...[7, 6, 5, 4, 3, 2, 1].map((k) => entry(`z${k}`, k)),
      ].map((e) => (e.tieKeys.length ? e : { ...e, tieKeys: [0] })),
      classification,
    );
    expect(placements.slice(0, 3).map((p) => p.classId)).toEqual(['A', 'B', 'A']);
  });

  it('gives competition ranks (1, 2, 2, 4) and the shared position of a tie', () => {
    const placements = classifyGroup([entry('a', 5), entry('b', 3), entry('c', 3), entry('d', 1)], ABCD);
    expect(placements.map((p) => p.rank)).toEqual([1, 2, 2, 4]);
    expect(placements.map((p) => p.position)).toEqual([1, 2, 2, 4]);
    expect(placements[3]!.positionShare).toBe(1);
  });

  it('takes a vetoed unit out of the shares and gives it the forced class', () => {
    const entries = [entry('v', 100, { vetoClass: 'D' }), ...[9, 8, 7, 6].map((k) => entry(`u${k}`, k))];
    const placements = classifyGroup(entries, ABCD);
    expect(placements.map((p) => p.classId)).toEqual(['D', 'A', 'B', 'C', 'D']);
    expect(placements[0]).toMatchObject({ rank: 1, position: null, poolSize: null });
    expect(placements[1]).toMatchObject({ rank: 2, position: 1, poolSize: 4 });
  });

  it('classifies each segment on its own when the scheme says so', () => {
    const classification = { ...ABCD, within: 'segment' as const };
    const entries = [
      ...[10, 9, 8, 7].map((k) => entry(`t${k}`, k, { segmentId: 'textile' })),
      ...[4, 3, 2, 1].map((k) => entry(`m${k}`, k, { segmentId: 'metal' })),
    ];
    expect(
      classifyGroup(entries, classification)
        .map((p) => p.classId)
        .join(''),
    ).toBe('ABCDABCD');
  });

  it('uses score thresholds (景宁 2022: 11 / 21 / 7 / 0 is possible only with thresholds)', () => {
    const thresholds = thresholdClassificationSchema.parse({
      method: 'threshold',
      thresholds: [
        { class: 'A', minScore: 120 },
        { class: 'B', minScore: 80 },
        { class: 'C', minScore: 60 },
        { class: 'D', minScore: null },
      ],
    });
    expect(classesOf([130, 120, 119.99, 80, 60, 59.99], thresholds)).toBe('AABBCD');
    const keys = [...Array(11).fill(150), ...Array(21).fill(100), ...Array(7).fill(70)];
    const counts = classesOf(keys, thresholds)
      .split('')
      .reduce<Record<string, number>>((c, k) => ({ ...c, [k]: (c[k] ?? 0) + 1 }), {});
    expect(counts).toEqual({ A: 11, B: 21, C: 7 });
  });

  it('gives the configured class sizes when no totals tie, and differs only by tie blocks otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 120 }), (keys) => {
        const placements = classifyGroup(
          keys.map((k, i) => entry(`u${String(i).padStart(4, '0')}`, k)),
          ABCD,
        );
        const bounds = classBoundaries(ABCD, keys.length);
        const largestTie = Math.max(...keys.map((k) => keys.filter((x) => x === k).length));
        const allowed = new Set(keys).size === keys.length ? 0 : largestTie - 1;
        ABCD.cutoffs.forEach((cut, i) => {
          const expected = bounds[i]! - (i === 0 ? 0 : bounds[i - 1]!);
          const actual = placements.filter((p) => p.classId === cut.class).length;
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(allowed * 2);
        });
      }),
    );
  });

  it('never gives a higher total a worse class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        (keys, favourable) => {
          const classification = {
            ...ABCD,
            ties: { keys: [], policy: favourable ? ('favourable' as const) : ('unfavourable' as const) },
          };
          const placements = classifyGroup(
            keys.map((k, i) => entry(`u${i}`, k)),
            classification,
          );
          const order = ['A', 'B', 'C', 'D'];
          keys.forEach((a, i) =>
            keys.forEach((b, j) => {
              if (a > b)
                expect(order.indexOf(placements[i]!.classId)).toBeLessThanOrEqual(
                  order.indexOf(placements[j]!.classId),
                );
              if (a === b) expect(placements[i]!.classId).toBe(placements[j]!.classId);
            }),
          );
        },
      ),
    );
  });
});
