import { describe, expect, it } from 'vitest';
import { firm, group, scheme, taxFirm, taxPerMu, valueAddedPerMu } from './evaluation.test-kit.ts';
import { runEvaluation, verifyEvaluationRun } from './run-evaluation.ts';

const byId = (run: ReturnType<typeof runEvaluation>, id: string) => run.results.find((r) => r.enterpriseId === id)!;

describe('runEvaluation', () => {
  it('scores Σ w·x/base: a firm at every baseline scores 100 (DOMAIN.md §4)', () => {
    const doc = scheme({ groups: [group({ indicators: [taxPerMu(60, 10), valueAddedPerMu(40)] })] });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [firm('a', { land_own: 2, tax_paid: 200000, annual_value_added: 2000000 })],
    });
    expect(byId(run, 'a')).toMatchObject({
      status: 'rated',
      total: 100,
      indicatorTotal: 100,
      rank: 1,
      initialClass: 'D',
    });
    expect(byId(run, 'a').indicators.map((i) => [i.indicatorId, i.value, i.baseline, i.score])).toEqual([
      ['tax_per_mu', 10, 10, 60],
      ['value_added_per_mu', 100, 100, 40],
    ]);
  });

  it('puts each firm in its group or says why it is unrated or out of scope', () => {
    const doc = scheme({
      unrated: [{ id: 'utilities', when: { industry: ['44'] }, reason: { zh: '公用事业', en: 'utility' } }],
      groups: [
        group({ id: 'above', members: { aboveScale: true } }),
        group({
          id: 'below',
          members: { all: [{ aboveScale: false }, { quantity: 'land_net', atLeast: 3 }] },
          unrated: [
            { id: 'not-producing', when: { inProduction: false }, reason: { zh: '未投产', en: 'not producing' } },
          ],
        }),
      ],
    });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        taxFirm('above', 12),
        taxFirm('small', 12, 2, { aboveScale: false }),
        taxFirm('below', 12, 3, { aboveScale: false }),
        taxFirm('power', 12, 10, { industryCode: '4411' }),
        taxFirm('idle', 1, 5, { aboveScale: false, inProduction: false }),
        taxFirm('unknown', 12, 10, { aboveScale: null }),
      ],
    });
    expect(run.results.map((r) => [r.enterpriseId, r.status, r.groupId, r.reason?.code ?? null])).toEqual([
      ['above', 'rated', 'above', null],
      ['below', 'rated', 'below', null],
      ['idle', 'unrated', 'below', 'not-producing'],
      ['power', 'unrated', 'above', 'utilities'],
      ['small', 'excluded', null, 'no_group'],
      ['unknown', 'excluded', null, 'no_group'],
    ]);
    expect(run.groups.map((g) => [g.groupId, g.rated, g.unrated])).toEqual([
      ['above', 1, 1],
      ['below', 1, 1],
    ]);
    expect(run.excluded).toBe(2);
    expect(byId(run, 'idle').indicators[0]!.value).toBe(1);
  });

  it('evaluates tenant-only firms as their own group', () => {
    const doc = scheme({
      groups: [
        group({ id: 'above', members: { aboveScale: true } }),
        group({
          id: 'tenant-only',
          members: { all: [{ aboveScale: false }, { missing: 'land_own' }, { quantity: 'land_rented_in', above: 0 }] },
        }),
        group({ id: 'below', members: { all: [{ aboveScale: false }, { quantity: 'land_net', atLeast: 3 }] } }),
      ],
    });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        firm('tenant', { land_rented_in: 2, tax_paid: 50000 }, { aboveScale: false }),
        firm('owner', { land_own: 5, tax_paid: 50000 }, { aboveScale: false }),
      ],
    });
    expect(run.results.map((r) => [r.enterpriseId, r.groupId, r.total])).toEqual([
      ['owner', 'below', 10],
      ['tenant', 'tenant-only', 25],
    ]);
  });

  it('takes baselines and classes within industry segments when the scheme says so', () => {
    const doc = scheme({
      groups: [
        group({
          segments: [{ id: 'textile', name: { zh: '纺织', en: 'textile' }, industries: ['17', '18'] }],
          indicators: [
            taxPerMu(100, 10, { scoring: { method: 'ratio', baseline: { kind: 'group_mean', within: 'segment' } } }),
          ],
          classification: {
            method: 'percentile',
            within: 'segment',
            cutoffs: [
              { class: 'A', upTo: 0.5 },
              { class: 'D', upTo: 1 },
            ],
          },
        }),
      ],
    });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        taxFirm('t1', 4, 10, { industryCode: '1711' }),
        taxFirm('t2', 2, 10, { industryCode: '1810' }),
        taxFirm('m1', 40, 10, { industryCode: '3311' }),
        taxFirm('m2', 20, 10, { industryCode: '3411' }),
      ],
    });
    expect(run.groups[0]!.baselines.map((b) => [b.segmentId, b.value])).toEqual([
      ['other', 30],
      ['textile', 3],
    ]);
    expect(run.results.map((r) => [r.enterpriseId, r.segmentId, r.initialClass])).toEqual([
      ['m1', 'other', 'A'],
      ['m2', 'other', 'D'],
      ['t1', 'textile', 'A'],
      ['t2', 'textile', 'D'],
    ]);
    expect(byId(run, 't1').total).toBeCloseTo(133.33, 2);
  });

  it.each([
    { policy: { policy: 'zero' as const }, score: 0, total: 50 },
    { policy: { policy: 'group_mean_score' as const }, score: 30, total: 80 },
    { policy: { policy: 'penalty' as const, points: 5 }, score: -5, total: 45 },
    { policy: { policy: 'exclude' as const }, score: null, total: 100 },
  ])('scores a missing value by $policy.policy', ({ policy, score, total }) => {
    const doc = scheme({
      groups: [
        group({
          indicators: [taxPerMu(50, 10), valueAddedPerMu(50, { missing: policy })],
          classification: { method: 'threshold', thresholds: [{ class: 'A', minScore: null }] },
        }),
      ],
    });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        firm('x', { land_own: 1, tax_paid: 100000, annual_value_added: 400000 }),
        firm('y', { land_own: 1, tax_paid: 100000, annual_value_added: 800000 }),
        firm('z', { land_own: 1, tax_paid: 100000 }),
      ],
    });
    const z = byId(run, 'z');
    expect(z.indicators[1]).toMatchObject({ missingCause: 'missing_numerator', missingPolicy: policy.policy, score });
    expect(z.total).toBe(total);
    expect(run.groups[0]!.meanScores.value_added_per_mu).toBe(30);
    if (policy.policy === 'exclude') expect(z.indicators[0]!.effectiveWeight).toBe(100);
  });

  it('makes a firm unrated when an indicator with the unrated policy is missing', () => {
    const doc = scheme({ groups: [group({ indicators: [taxPerMu(100, 10, { missing: { policy: 'unrated' } })] })] });
    const run = runEvaluation(doc, { year: 2023, enterprises: [firm('a', { tax_paid: 5 })] });
    expect(byId(run, 'a')).toMatchObject({
      status: 'unrated',
      reason: { code: 'missing:tax_per_mu' },
      initialClass: null,
    });
  });

  it('treats a zero denominator as missing, not as infinitely good', () => {
    const doc = scheme({ groups: [group({ indicators: [taxPerMu(100, 10)] })] });
    const run = runEvaluation(doc, { year: 2023, enterprises: [firm('a', { land_own: 0, tax_paid: 5 })] });
    expect(byId(run, 'a').indicators[0]).toMatchObject({ value: null, missingCause: 'zero_denominator', score: 0 });
  });

  it('applies bonuses (capped), count penalties (温岭 rent-out) and a veto with their evidence', () => {
    const fact = (tag: string, count = 1) => ({ tag, id: null, count, date: null, source: '经信局', note: null });
    const doc = scheme({
      groups: [
        group({
          bonusCap: 5,
          rules: [
            {
              id: 'high-tech',
              name: { zh: '高新技术企业', en: 'high-tech' },
              kind: 'bonus',
              when: { fact: 'high_tech' },
              points: 3,
            },
            { id: 'listed', name: { zh: '上市', en: 'listed' }, kind: 'bonus', when: { fact: 'listed' }, points: 4 },
            {
              id: 'rent-out',
              name: { zh: '厂房出租', en: 'plant rented out' },
              kind: 'penalty',
              when: { fact: 'tenant' },
              perCount: { fact: 'tenant', free: 1, first: 5, each: 5 },
            },
            {
              id: 'accident',
              name: { zh: '重大安全事故', en: 'major accident' },
              kind: 'veto',
              when: { fact: 'major_accident' },
              forceClass: 'D',
            },
          ],
        }),
      ],
    });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        taxFirm('bonus', 10, 10, { facts: [fact('high_tech'), fact('listed')] }),
        taxFirm('one-tenant', 10, 10, { facts: [fact('tenant')] }),
        taxFirm('three-tenants', 10, 10, { facts: [fact('tenant', 3)] }),
        taxFirm('vetoed', 30, 10, { facts: [fact('major_accident')] }),
      ],
    });
    expect(byId(run, 'bonus')).toMatchObject({ bonus: 5, penalty: 0, total: 105 });
    expect(byId(run, 'bonus').rules.map((r) => [r.ruleId, r.points, r.evidence.map((e) => e.tag)])).toEqual([
      ['high-tech', 3, ['high_tech']],
      ['listed', 4, ['listed']],
    ]);
    expect(byId(run, 'one-tenant')).toMatchObject({ penalty: 0, total: 100, rules: [] });
    expect(byId(run, 'three-tenants')).toMatchObject({ penalty: 10, total: 90 });
    expect(byId(run, 'vetoed')).toMatchObject({ vetoed: true, initialClass: 'D', total: 300, rank: 1 });
  });

  it('merges firms on one parcel into one result they share', () => {
    const doc = scheme({ merge: { sharedParcels: true } });
    const run = runEvaluation(doc, {
      year: 2023,
      enterprises: [
        firm('a', { land_own: 10, land_rented_out: 4, tax_paid: 100000 }, { parcels: ['浙(2019)0001'] }),
        firm('b', { land_rented_in: 4, tax_paid: 300000 }, { parcels: ['浙(2019)0001'] }),
        taxFirm('c', 1),
      ],
    });
    expect(byId(run, 'a')).toMatchObject({ unitId: 'a+b', mergedWith: ['b'], total: 40 });
    expect(byId(run, 'b')).toMatchObject({ unitId: 'a+b', mergedWith: ['a'], total: 40 });
    expect(byId(run, 'a').quantities.land_net).toBe(10);
    expect(byId(run, 'a').rankedCount).toBe(2);
  });

  it('ranks on the rounded total and states baselines per group', () => {
    const doc = scheme({
      groups: [
        group({
          indicators: [
            taxPerMu(100, 10, { scoring: { method: 'ratio', baseline: { kind: 'group_mean', multiple: 2 } } }),
          ],
        }),
      ],
    });
    const run = runEvaluation(doc, { year: 2023, enterprises: [taxFirm('a', 10, 1), taxFirm('b', 20, 3)] });
    // aggregate mean = (10 + 60) 万元 / 4 亩 = 17.5 万元/亩; baseline = 2 × 17.5
    expect(run.groups[0]!.baselines[0]).toMatchObject({ indicatorId: 'tax_per_mu', value: 35, contributors: 2 });
    expect(byId(run, 'b').total).toBe(57.14);
  });
});

describe('digest and recomputation', () => {
  const input = { year: 2023, enterprises: [taxFirm('a', 12), taxFirm('b', 8), taxFirm('c', 10)] };

  it('gives the same digest for the same data in any order', () => {
    const one = runEvaluation(scheme(), input);
    const two = runEvaluation(scheme(), { ...input, enterprises: [...input.enterprises].reverse() });
    expect(two.digest).toBe(one.digest);
    expect(one.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('recomputes a stored run to the same digest, also after a JSON round trip', () => {
    const run = runEvaluation(scheme(), input);
    const stored = JSON.parse(JSON.stringify(run));
    expect(verifyEvaluationRun(stored)).toEqual({ intact: true, reproducible: true, recomputedDigest: run.digest });
  });

  it('notices an altered result and an altered input', () => {
    const run = runEvaluation(scheme(), input);
    const altered = JSON.parse(JSON.stringify(run)) as typeof run;
    altered.results[0]!.initialClass = 'A';
    expect(verifyEvaluationRun(altered)).toMatchObject({ intact: false, reproducible: true });
    const otherInput = JSON.parse(JSON.stringify(run)) as typeof run;
    otherInput.input.enterprises[0]!.measures.tax_paid = 1;
    expect(verifyEvaluationRun(otherInput)).toMatchObject({ intact: false, reproducible: false });
  });

  it('uses an injected digest function', () => {
    const run = runEvaluation(scheme(), input, { digest: (text) => `len:${text.length}` });
    expect(run.digest).toMatch(/^len:\d+$/);
  });

  it('refuses duplicate enterprise ids and non-finite measures', () => {
    expect(() => runEvaluation(scheme(), { year: 2023, enterprises: [taxFirm('a', 1), taxFirm('a', 2)] })).toThrow(
      /企业编号重复 a/,
    );
    expect(() => runEvaluation(scheme(), { year: 2023, enterprises: [firm('a', { tax_paid: Number.NaN })] })).toThrow(
      /tax_paid/,
    );
  });

  it('notes an input year that is not the scheme year', () => {
    expect(runEvaluation(scheme(), { year: 2022, enterprises: [] }).issues[0]).toMatch(/年份/);
  });
});
