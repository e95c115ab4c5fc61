/**
 * Revisions of a source and period: the same file again is a no-op pointing at the first batch; a corrected
 * file becomes the next revision, superseding the first, whose observations stay in history; a rollback is
 * a new revision that makes the superseded batch current again and marks the rolled-back batch; rolling
 * back what is not current, or twice, is a conflict. The tests run in order on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBatch, findSourcePeriodState } from '../../src/repositories/import.repository.ts';
import { listObservationHistory } from '../../src/repositories/observation.repository.ts';
import { getImportBatch } from '../../src/services/intake/import-history.ts';
import { rollbackImport } from '../../src/services/intake/rollback-import.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { correctedFirms, statsFirms } from '../fixtures/intake/intake-fixture-data.ts';
import {
  currentValues,
  danglingObservations,
  expectedYuan,
  fixture,
  importFixture,
  observationsOfRejectedBatches,
  setupTimeoutMs,
  statsUscc,
  storeCounts,
  testActor,
  testTimeoutMs,
  valuesOnly,
  type Db,
} from './intake-test-kit.ts';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

const october = { year: 2024, month: 10 };
const sourcePeriod = { source: 'stats-monthly', ...october };

const enterpriseId = async (uscc: string) =>
  (await db.selectFrom('enterprise').select('id').where('uscc', '=', uscc).executeTakeFirstOrThrow()).id;

/** The current 工业总产值 and 营业收入 must be those of `firms`, all from `batchId`. */
async function expectCurrent(firms: typeof statsFirms, batchId: number) {
  const output = await currentValues(db, 'industrial_output', october);
  const revenue = await currentValues(db, 'operating_revenue', october);
  expect(valuesOnly(output)).toEqual(expectedYuan(firms, (firm) => firm.output));
  expect(valuesOnly(revenue)).toEqual(expectedYuan(firms, (firm) => firm.revenue));
  expect(new Set([...output.values(), ...revenue.values()].map((value) => value.batchId))).toEqual(new Set([batchId]));
}

describe(`revisions and rollback on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  let first: number;
  let corrected: number;

  it('commits the first report as revision 1', async () => {
    const result = await importFixture(database, 'stats-2024-10-merged-header.xlsx', { createEnterprises: true });
    expect(result).toMatchObject({ status: 'committed', revision: 1, supersedes: null });
    first = result.batchId!;
    await expectCurrent(statsFirms, first);
  });

  it('answers the same file again with a no-op duplicate pointing at the first batch', async () => {
    const before = await storeCounts(db);
    const again = await importFixture(database, 'stats-2024-10-merged-header.xlsx', { createEnterprises: true });
    expect(again).toMatchObject({
      status: 'duplicate',
      batchId: first,
      source: 'stats-monthly',
      period: october,
      supersedes: null,
      revision: null,
      enterprisesCreated: 0,
      rows: { total: 8, accepted: 8, rejected: 0 },
      issues: [],
    });
    expect(await storeCounts(db)).toEqual(before);
  });

  it('is a duplicate whatever the file is called', async () => {
    const renamed = await importFixture(database, '规上工业快报（10月）.xlsx', {
      bytes: fixture('stats-2024-10-merged-header.xlsx'),
    });
    expect(renamed).toMatchObject({ status: 'duplicate', batchId: first });
  });

  it('makes a corrected file the next revision: it supersedes the first, whose figures stay in history', async () => {
    const before = await storeCounts(db);
    const result = await importFixture(database, 'stats-2024-10-corrected.xlsx');
    expect(result).toMatchObject({ status: 'committed', revision: 2, supersedes: first, enterprisesCreated: 0 });
    corrected = result.batchId!;
    await expectCurrent(correctedFirms, corrected);
    expect((await currentValues(db, 'industrial_output', october)).get(statsUscc(0))?.value).toBe('124567000');
    expect((await currentValues(db, 'operating_revenue', october)).get(statsUscc(6))?.value).toBe('461000000');
    expect((await currentValues(db, 'industrial_output', october)).get(statsUscc(1))?.value).toBe('88888000');

    const after = await storeCounts(db);
    expect(after.observations).toBe(before.observations * 2);
    expect(after.currentObservations).toBe(before.currentObservations);
    expect(after.enterprises).toBe(before.enterprises);

    const history = await listObservationHistory(db, await enterpriseId(statsUscc(0)), 'industrial_output', 2024, 10);
    expect(history.map((row) => ({ value: row.value, batch: row.batch_id, status: row.status }))).toEqual([
      { value: '124567000', batch: corrected, status: 'committed' },
      { value: '123456000', batch: first, status: 'committed' },
    ]);
    expect(history[1]!.file_name).toBe('stats-2024-10-merged-header.xlsx');
  });

  it('lists revisions 1 and 2 on the batch', async () => {
    const batch = await getImportBatch(db, corrected);
    expect(batch).toMatchObject({ id: corrected, status: 'committed', supersedes: first });
    expect(
      batch.revisions.map(({ revision, action, batchId, currentBatchId, actor }) => ({
        revision,
        action,
        batchId,
        currentBatchId,
        actor,
      })),
    ).toEqual([
      { revision: 1, action: 'commit', batchId: first, currentBatchId: first, actor: testActor },
      { revision: 2, action: 'commit', batchId: corrected, currentBatchId: corrected, actor: testActor },
    ]);
    expect(batch.revisions[1]!.note).toContain(`supersedes batch ${first}`);
    expect(await findSourcePeriodState(db, sourcePeriod)).toMatchObject({ current_batch_id: corrected, revision: 2 });
  });

  it('refuses to roll back a batch that is not current (conflict), changing nothing', async () => {
    const before = await storeCounts(db);
    await expect(rollbackImport(db, { batchId: first, actor: testActor, reason: '数据有误' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/不是当前版本.*roll back the newer batch first/),
    });
    expect(await storeCounts(db)).toEqual(before);
    expect((await findBatch(db, first))?.status).toBe('committed');
  });

  it('refuses a rollback without a reason, and of an unknown batch', async () => {
    await expect(rollbackImport(db, { batchId: corrected, actor: testActor, reason: '  ' })).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(rollbackImport(db, { batchId: 999_999, actor: testActor, reason: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('rolls back the current batch: revision 3 makes the first current again; the batch is marked rolled_back', async () => {
    const result = await rollbackImport(db, { batchId: corrected, actor: testActor, reason: '更正有误，恢复原值' });
    expect(result).toEqual({ batchId: corrected, status: 'rolled_back', currentBatchId: first, revision: 3 });
    await expectCurrent(statsFirms, first);
    expect((await findBatch(db, corrected))?.status).toBe('rolled_back');
    expect((await findBatch(db, first))?.status).toBe('committed');
    const batch = await getImportBatch(db, corrected);
    expect(batch.status).toBe('rolled_back');
    expect(batch.revisions.at(-1)).toMatchObject({
      revision: 3,
      action: 'rollback',
      batchId: corrected,
      currentBatchId: first,
      actor: testActor,
      note: '更正有误，恢复原值',
    });
    // Nothing is deleted: the corrected figures stay in history.
    const history = await listObservationHistory(db, await enterpriseId(statsUscc(0)), 'industrial_output', 2024, 10);
    expect(history.map((row) => [row.value, row.status])).toEqual([
      ['124567000', 'rolled_back'],
      ['123456000', 'committed'],
    ]);
  });

  it('refuses to roll back the same batch twice (conflict)', async () => {
    await expect(
      rollbackImport(db, { batchId: corrected, actor: testActor, reason: '再次回退' }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('rolled_back') });
    expect(await findSourcePeriodState(db, sourcePeriod)).toMatchObject({ current_batch_id: first, revision: 3 });
  });

  it('refuses to roll back a rejected batch (conflict)', async () => {
    const rejected = await importFixture(database, 'stats-2024-10-broken.xlsx', { createEnterprises: true });
    expect(rejected.status).toBe('rejected');
    await expect(
      rollbackImport(db, { batchId: rejected.batchId!, actor: testActor, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('rolls back the first batch too: revision 4 leaves the period without current data, the facts kept', async () => {
    const before = await storeCounts(db);
    const result = await rollbackImport(db, { batchId: first, actor: testActor, reason: '整期作废' });
    expect(result).toEqual({ batchId: first, status: 'rolled_back', currentBatchId: null, revision: 4 });
    expect((await currentValues(db, 'industrial_output', october)).size).toBe(0);
    const after = await storeCounts(db);
    expect(after.currentObservations).toBe(0);
    expect(after.observations).toBe(before.observations);
  });

  it('takes the corrected file again after its rollback as a new batch (revision 5, superseding nothing)', async () => {
    const result = await importFixture(database, 'stats-2024-10-corrected.xlsx');
    expect(result).toMatchObject({ status: 'committed', revision: 5, supersedes: null });
    expect(result.batchId).not.toBe(corrected);
    await expectCurrent(correctedFirms, result.batchId!);
    const events = (await getImportBatch(db, result.batchId!)).revisions;
    expect(events.map((event) => [event.revision, event.action, event.batchId, event.currentBatchId])).toEqual([
      [1, 'commit', first, first],
      [2, 'commit', corrected, corrected],
      [3, 'rollback', corrected, first],
      [4, 'rollback', first, null],
      [5, 'commit', result.batchId, result.batchId],
    ]);
  });

  it('leaves every observation pointing at an existing batch, enterprise, reporting unit and measure', async () => {
    expect(await danglingObservations(db)).toEqual([]);
    expect(await observationsOfRejectedBatches(db)).toBe(0);
  });
});
