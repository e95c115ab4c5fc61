/**
 * The pool API with real sessions: 401 without a session, 403 for roles without register.read / register.write,
 * the happy paths, county staff scoped to their unit's firms (entries, candidates, transitions, reviews), and the
 * reviewer always the session's login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import { expectError, openApiFixture, setupTimeoutMs, testTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { loadPoolScenario, poolFirms } from './pools-scenario.ts';

let fixture: ApiFixture;
let analyst: TestSession;
let admin: TestSession;
let tongxiang: TestSession;
let leader: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadPoolScenario(fixture.database);
  [analyst, admin, tongxiang, leader] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_analyst' },
    { role: 'city_admin' },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'leader' },
  ])) as TestSession[] as [TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Firmish {
  uscc: string;
  reportingUnit: string;
}

describe(`pool API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/pools/summary and /criteria: counts for every register reader; 401 and 403', async () => {
    const summary = await api.call<{ tiers: { tier: string; total: number }[] }>(
      tongxiang,
      'GET',
      '/api/pools/summary?date=2024-12-31',
    );
    expect(summary.status, summary.text).toBe(200);
    expect(summary.body.tiers.find((t) => t.tier === 'hidden_champion')?.total).toBe(2);
    expectError(await api.call(null, 'GET', '/api/pools/summary?date=2024-12-31'), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', '/api/pools/summary?date=2024-12-31'), 403, 'forbidden');
    expectError(await api.call(analyst, 'GET', '/api/pools/summary?date=2024-02-30'), 400, 'validation_failed');
    const criteria = await api.call<{ tiers: unknown[] }>(analyst, 'GET', '/api/pools/criteria');
    expect(criteria.status, criteria.text).toBe(200);
    expect(criteria.body.tiers).toHaveLength(8);
  });

  it('GET /api/pools/entries, /candidates, /transitions: city-wide for analysts, own unit for county staff', async () => {
    const paths = [
      '/api/pools/entries?date=2024-12-31&includeEnded=true',
      '/api/pools/candidates?tier=specialised&year=2024',
      '/api/pools/transitions?from=2022&to=2024',
    ];
    const firmsOf = (path: string, body: unknown): Firmish[] =>
      path.includes('entries')
        ? (body as Firmish[])
        : path.includes('candidates')
          ? (body as { candidates: Firmish[] }).candidates
          : (body as { transitions: Firmish[] }).transitions;
    for (const path of paths) {
      const city = await api.call(analyst, 'GET', path);
      expect(city.status, city.text).toBe(200);
      expect(new Set(firmsOf(path, city.body).map((f) => f.reportingUnit))).toEqual(new Set(['330481', '330483']));
      const county = await api.call(tongxiang, 'GET', path);
      expect(county.status, county.text).toBe(200);
      expect(new Set(firmsOf(path, county.body).map((f) => f.reportingUnit))).toEqual(new Set(['330483']));
      expectError(await api.call(null, 'GET', path), 401, 'unauthenticated');
      expectError(await api.call(leader, 'GET', path), 403, 'forbidden');
    }
    const candidates = await api.call<{
      candidates: { uscc: string; conditions: { id: string; value: number | null }[] }[];
    }>(tongxiang, 'GET', '/api/pools/candidates?tier=specialised&year=2024');
    expect(candidates.body.candidates.map((c) => c.uscc).sort()).toEqual([poolFirms.C1.uscc, poolFirms.S1.uscc].sort());
    expectError(
      await api.call(analyst, 'GET', '/api/pools/candidates?tier=bronze&year=2024'),
      400,
      'validation_failed',
    );
    expectError(await api.call(analyst, 'GET', '/api/pools/transitions?from=2024&to=2022'), 400, 'validation_failed');
  });

  it('GET /api/pools/clusters: a cluster’s counts by tier', async () => {
    const counts = await api.call<{ members: number; counts: Record<string, number> }>(
      analyst,
      'GET',
      '/api/pools/clusters?system=wuda&cluster=wuda-textile&year=2024',
    );
    expect(counts.status, counts.text).toBe(200);
    expect(counts.body).toMatchObject({ members: 9, counts: { hidden_champion: 2, single_champion: 1 } });
  });

  it('GET /api/pools/targets: the 2025 pool targets with the measured values', async () => {
    const targets = await api.call<{ measure: string; target: number; value: number | null }[]>(
      analyst,
      'GET',
      '/api/pools/targets?system=wuda&year=2024',
    );
    expect(targets.status, targets.text).toBe(200);
    expect(targets.body.map((t) => [t.measure, t.target, t.value])).toEqual([
      ['count:new_listed_companies', 10, 1],
      ['count:single_champions', 10, 1],
      ['count:little_giants', 3, 0],
      ['count:hidden_champions', 8, 1],
    ]);
  });

  it('POST /api/pools/reviews: the session as reviewer; county staff only their unit’s firms', async () => {
    const kept = await api.call<{ reviewer: string; entryDate: string }>(
      tongxiang,
      'POST',
      '/api/pools/reviews',
      undefined,
      {
        uscc: poolFirms.S2.uscc,
        tier: 'specialised',
        reviewedOn: '2024-12-10',
        outcome: 'kept',
        note: '材料齐全',
        reviewer: 'someone.else',
      },
    );
    expect(kept.status, kept.text).toBe(201);
    expect(kept.body).toMatchObject({ reviewer: 'county-staff.tx', entryDate: '2022-03-01' });
    expectError(
      await api.call(tongxiang, 'POST', '/api/pools/reviews', undefined, {
        uscc: poolFirms.H2.uscc,
        tier: 'hidden_champion',
        reviewedOn: '2024-12-10',
        outcome: 'kept',
      }),
      403,
      'forbidden',
    );
    expectError(
      await api.call(analyst, 'POST', '/api/pools/reviews', undefined, {
        uscc: poolFirms.H2.uscc,
        tier: 'hidden_champion',
        reviewedOn: '2024-12-10',
        outcome: 'kept',
      }),
      403,
      'forbidden',
    );
    const withdrawn = await api.call<{ reviewer: string }>(admin, 'POST', '/api/pools/reviews', undefined, {
      uscc: poolFirms.H2.uscc,
      tier: 'hidden_champion',
      reviewedOn: '2024-12-10',
      outcome: 'withdrawn',
    });
    expect(withdrawn.status, withdrawn.text).toBe(201);
    const entries = await api.call<{ uscc: string; validity: string }[]>(
      analyst,
      'GET',
      '/api/pools/entries?date=2024-12-31&tier=hidden_champion&includeEnded=true',
    );
    expect(entries.body.find((e) => e.uscc === poolFirms.H2.uscc)?.validity).toBe('withdrawn');
    expectError(
      await api.call(null, 'POST', '/api/pools/reviews', undefined, {
        uscc: poolFirms.S2.uscc,
        tier: 'specialised',
        reviewedOn: '2024-12-10',
        outcome: 'kept',
      }),
      401,
      'unauthenticated',
    );
  });

  it('answered every pool route with a success', () => {
    expect(api.missingSuccesses('pools-api.db.test.ts')).toEqual([]);
  });
});
