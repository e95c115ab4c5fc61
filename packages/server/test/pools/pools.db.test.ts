/**
 * Cultivation pools on stored data (the scenario of pools-scenario.ts): the criteria file (shipped, and a broken
 * one named by file and path), entries with validity and reviews (a withdrawal ends the entry everywhere), counts
 * by tier × unit and by cluster, candidate screening with the values used, transitions between list years, county
 * scoping, the target-measure providers, the pool_entry_expiring warning, and pool_review's guards and row security.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessSubject, evaluateWarningRule, warningRuleSchema } from '@observatory/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { withScopedRead } from '../../src/services/access/scoped-read.ts';
import { countClusterPools } from '../../src/services/pools/count-cluster-pools.ts';
import { listPoolEntryStates } from '../../src/services/pools/list-pool-entry-states.ts';
import { listPoolTransitions } from '../../src/services/pools/list-pool-transitions.ts';
import { poolCriteria, readPoolCriteriaFile } from '../../src/services/pools/pool-criteria-file.ts';
import { poolTargetMeasures } from '../../src/services/pools/pool-target-measures.ts';
import { poolExpiringInput } from '../../src/services/pools/pool-warning-input.ts';
import { recordPoolReview } from '../../src/services/pools/record-pool-review.ts';
import { screenPoolCandidates } from '../../src/services/pools/screen-pool-candidates.ts';
import { summarisePools } from '../../src/services/pools/summarise-pools.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { loadPoolScenario, poolFirms } from './pools-scenario.ts';

let database: TestDatabase;
const scratch = mkdtempSync(join(tmpdir(), 'pools-'));
beforeAll(async () => {
  database = await createTestDatabase();
  await loadPoolScenario(database);
}, 300_000);
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await destroyTestDatabase(database);
}, 120_000);

const all = { kind: 'all' } as const;
const haining = { kind: 'unit', reportingUnitId: '330481' } as const;
const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
const tongxiangStaff = accessSubject('tx.staff', 'county_staff', { kind: 'unit', reportingUnitId: '330483' });
const tag = (uscc: string) => Object.entries(poolFirms).find(([, info]) => info.uscc === uscc)?.[0];

describe(`cultivation pools on ${testEngine}`, { timeout: 120_000 }, () => {
  it('reads the shipped criteria and names the file and path of a broken one', () => {
    const criteria = poolCriteria();
    expect(criteria.tiers.find((t) => t.tier === 'specialised')?.conditions.map((c) => c.id)).toEqual([
      'niche-years',
      'rd-expense',
      'rd-share',
      'revenue',
    ]);
    const broken = join(scratch, 'criteria.yaml');
    writeFileSync(broken, 'source: x\nladders: []\ntiers: []\n');
    const error = (() => {
      try {
        readPoolCriteriaFile(broken);
      } catch (caught) {
        return caught as AppError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error!.details?.[0]?.path).toBe('criteria.yaml: ladders');
  });

  it('lists entries with their validity on a date, most urgent first', async () => {
    const entries = await listPoolEntryStates(database.db, { date: '2024-12-31', scope: all });
    expect(entries.map((e) => [tag(e.uscc), e.tier, e.validity])).toEqual([
      ['H2', 'hidden_champion', 'expiring'],
      ['S2', 'specialised', 'expiring'],
      ['E1', 'young_eagle', 'expiring'],
      ['H1', 'hidden_champion', 'in_force'],
      ['C1', 'single_champion', 'in_force'],
      ['E1', 'eagle', 'in_force'],
      ['C1', 'listed', 'in_force'],
    ]);
    const s2 = entries.find((e) => e.tier === 'specialised')!;
    expect(s2).toMatchObject({ validUntil: '2025-02-28', daysLeft: 59, level: 'provincial', listYear: 2024 });
    const ended = await listPoolEntryStates(database.db, { date: '2024-12-31', scope: all, includeEnded: true });
    expect(ended.filter((e) => e.validity === 'expired').map((e) => [tag(e.uscc), e.tier])).toEqual([
      ['L1', 'specialised'],
      ['L1', 'little_giant'],
    ]);
  });

  it('counts entries in force by tier and unit', async () => {
    const summary = await summarisePools(database.db, '2024-12-31');
    const byTier = Object.fromEntries(summary.tiers.map((t) => [t.tier, [t.total, t.expiring, t.byUnit]]));
    expect(byTier.hidden_champion).toEqual([2, 1, { '330481': 2 }]);
    expect(byTier.specialised).toEqual([1, 1, { '330483': 1 }]);
    expect(byTier.little_giant).toEqual([0, 0, {}]);
    expect(summary.units).toEqual(['330481', '330483']);
    expect(await summarisePools(database.db)).toMatchObject({ date: '2024-12-31', listYears: [2021, 2022, 2024] });
  });

  it('screens candidates condition by condition, leaving out the tier’s holders', async () => {
    const screening = await screenPoolCandidates(database.db, { tier: 'specialised', year: 2024, scope: all });
    expect(screening).toMatchObject({
      screenable: true,
      firmsScreened: 9,
      alreadyInTier: 1,
      eligible: 4,
      missingData: 1,
    });
    expect(screening.candidates.map((c) => [tag(c.uscc), c.outcome])).toEqual([
      ['C1', 'eligible'],
      ['H1', 'eligible'],
      ['H2', 'eligible'],
      ['S1', 'eligible'],
      ['S4', 'missing_data'],
    ]);
    const s1 = screening.candidates.find((c) => tag(c.uscc) === 'S1')!;
    expect(s1.conditions.map((c) => [c.id, c.outcome, c.value, c.reason])).toEqual([
      ['niche-years', 'not_measurable', null, 'manual'],
      ['rd-expense', 'pass', 3_000_000, null],
      ['rd-share', 'pass', 6, null],
      ['revenue', 'pass', 50_000_000, null],
    ]);
    const scoped = await withScopedRead(database, haining, (db) =>
      screenPoolCandidates(db, { tier: 'specialised', year: 2024, scope: haining }),
    );
    expect(scoped.candidates.map((c) => tag(c.uscc))).toEqual(['H1', 'H2', 'S4']);
  });

  it('needs 专精特新 first for 小巨人 and lists nothing for a tier without measurable conditions', async () => {
    const giants = await screenPoolCandidates(database.db, { tier: 'little_giant', year: 2024, scope: all });
    expect(giants.candidates.map((c) => [tag(c.uscc), c.outcome])).toEqual([['S2', 'eligible']]);
    const listed = await screenPoolCandidates(database.db, { tier: 'listed', year: 2024, scope: all });
    expect(listed).toMatchObject({ screenable: false, candidates: [] });
  });

  it('finds the transitions between two list years', async () => {
    const result = await listPoolTransitions(database.db, { from: 2022, to: 2024, scope: all });
    expect(result.counts).toEqual({ new: 2, upgrade: 1, downgrade: 0, kept: 3, dropped: 0, expired: 1 });
    const byFirm = (rows: (string | null | undefined)[][]) =>
      [...rows].sort((x, y) => `${x[1]}${x[0]}`.localeCompare(`${y[1]}${y[0]}`));
    expect(byFirm(result.transitions.map((t) => [tag(t.uscc), t.ladder, t.fromTier, t.toTier, t.kind]))).toEqual(
      byFirm([
        ['E1', 'eagle', 'young_eagle', 'eagle', 'upgrade'],
        ['S2', 'specialised', 'specialised', 'specialised', 'kept'],
        ['L1', 'specialised', 'little_giant', null, 'expired'],
        ['C1', 'specialised', null, 'single_champion', 'new'],
        ['H1', 'hidden', 'hidden_champion', 'hidden_champion', 'kept'],
        ['H2', 'hidden', 'hidden_champion', 'hidden_champion', 'kept'],
        ['C1', 'capital', null, 'listed', 'new'],
      ]),
    );
    const scoped = await withScopedRead(database, haining, (db) =>
      listPoolTransitions(db, { from: 2022, to: 2024, scope: haining }),
    );
    expect(new Set(scoped.transitions.map((t) => t.reportingUnit))).toEqual(new Set(['330481']));
    await expect(listPoolTransitions(database.db, { from: 2024, to: 2022, scope: all })).rejects.toThrow(AppError);
  });

  it('counts a cluster’s member firms by tier', async () => {
    const counts = await countClusterPools(database.db, { system: 'wuda', cluster: 'wuda-textile', year: 2024 });
    expect(counts).toMatchObject({ membershipYear: 2024, members: 9 });
    expect(counts.counts).toEqual({
      eagle: 1,
      young_eagle: 1,
      specialised: 1,
      little_giant: 0,
      single_champion: 1,
      hidden_champion: 2,
      listing_reserve: 0,
      listed: 1,
    });
  });

  it('measures the 2025 targets from the pools', async () => {
    const values: Record<string, unknown> = {};
    for (const provider of poolTargetMeasures)
      values[provider.measure] = await provider.measureValue(database.db, {
        systemId: 'wuda',
        clusterId: null,
        asOfYear: 2024,
      });
    expect(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v as { value: number }).value]))).toEqual({
      'count:single_champions': 1,
      'count:little_giants': 0,
      'count:hidden_champions': 1,
      'count:new_listed_companies': 1,
    });
    const before = await poolTargetMeasures[0]!.measureValue(database.db, {
      systemId: 'wuda',
      clusterId: null,
      asOfYear: 2019,
    });
    expect(before.value).toBeNull();
    const inCluster = await poolTargetMeasures[0]!.measureValue(database.db, {
      systemId: 'wuda',
      clusterId: 'wuda-smart-home',
      asOfYear: 2024,
    });
    expect(inCluster.value).toBe(0);
  });

  it('warns of entries expiring without a review, by days left', async () => {
    const rule = warningRuleSchema.parse({
      id: 'pool-entry-expiring',
      name: { zh: '培育库资格即将到期未复核', en: 'pool entry expiring' },
      kind: 'pool_entry_expiring',
      subject: 'enterprise',
      severity: { red: 30, orange: 90, yellow: 180 },
      owner: 'unit-of-subject',
    });
    const input = await poolExpiringInput(database.db, { year: 2024, month: 12 });
    const outcome = evaluateWarningRule(rule, input);
    expect(outcome.findings.map((f) => [f.subject.id, f.severity, f.figures.daysLeft])).toEqual(
      expect.arrayContaining([
        [`${poolFirms.S2.uscc}/specialised`, 'orange', 59],
        [`${poolFirms.H2.uscc}/hidden_champion`, 'orange', 31],
        [`${poolFirms.E1.uscc}/young_eagle`, 'yellow', 120],
      ]),
    );
    expect(outcome.findings).toHaveLength(3);
  });

  it('records reviews as the acting account; a withdrawal ends the entry; county staff only their unit', async () => {
    const kept = await recordPoolReview(database.db, {
      uscc: poolFirms.E1.uscc,
      tier: 'young_eagle',
      reviewedOn: '2024-11-20',
      outcome: 'kept',
      note: '复核保留',
      by: 'tx.staff',
      subject: tongxiangStaff,
    });
    expect(kept).toMatchObject({ entryDate: '2022-05-01', reviewer: 'tx.staff', outcome: 'kept' });
    await expect(
      recordPoolReview(database.db, {
        uscc: poolFirms.H2.uscc,
        tier: 'hidden_champion',
        reviewedOn: '2024-11-20',
        outcome: 'kept',
        by: 'tx.staff',
        subject: tongxiangStaff,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await recordPoolReview(database.db, {
      uscc: poolFirms.H2.uscc,
      tier: 'hidden_champion',
      reviewedOn: '2024-12-01',
      outcome: 'withdrawn',
      note: '复核未通过',
      by: 'city.admin',
      subject: city,
    });
    const entries = await listPoolEntryStates(database.db, { date: '2024-12-31', scope: all, includeEnded: true });
    expect(entries.find((e) => e.uscc === poolFirms.H2.uscc)).toMatchObject({
      validity: 'withdrawn',
      lastReview: { outcome: 'withdrawn', reviewer: 'city.admin', reviewedOn: '2024-12-01' },
    });
    expect(entries.find((e) => e.tier === 'young_eagle')?.lastReview?.outcome).toBe('kept');
    const input = await poolExpiringInput(database.db, { year: 2024, month: 12 });
    const outcome = evaluateWarningRule(
      warningRuleSchema.parse({
        id: 'x',
        name: { zh: '到期', en: 'expiring' },
        kind: 'pool_entry_expiring',
        subject: 'enterprise',
        severity: { yellow: 180 },
        owner: 'unit-of-subject',
      }),
      input,
    );
    expect(outcome.findings.map((f) => f.subject.id)).toEqual([`${poolFirms.S2.uscc}/specialised`]);
    await expect(
      recordPoolReview(database.db, {
        uscc: poolFirms.H2.uscc,
        tier: 'hidden_champion',
        reviewedOn: '2024-12-05',
        outcome: 'kept',
        by: 'city.admin',
        subject: city,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      recordPoolReview(database.db, {
        uscc: poolFirms.S1.uscc,
        tier: 'eagle',
        reviewedOn: '2024-12-05',
        outcome: 'kept',
        by: 'city.admin',
        subject: city,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('never changes or deletes a review, and shows a unit only its own reviews', async () => {
    await expect(sql`update pool_review set note = 'x'`.execute(database.db)).rejects.toThrow(/never changed/);
    await expect(sql`delete from pool_review`.execute(database.db)).rejects.toThrow(/never changed/);
    const seen = await withScopedRead(database, haining, (db) =>
      db.selectFrom('pool_review').select('reporting_unit_id').execute(),
    );
    expect(seen.map((row) => row.reporting_unit_id)).toEqual(['330481']);
  });
});
