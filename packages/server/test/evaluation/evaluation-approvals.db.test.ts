/**
 * Two-person approval of class changes on the store (migration 0013, services), on the hand-checked scenario: a
 * re-grade request waits and changes nothing; its approval changes the class of the whole evaluated unit, so a
 * second request for the merged partner, made before, is refused as stale; the database refuses a decision by the
 * requester, any change to a decided request, a change of a pending request's content and any deletion; an
 * appeal's class change cannot be approved by the person who filed the appeal.
 */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { approveAppealClassChange } from '../../src/services/evaluation/approve-appeal-class-change.ts';
import { approveEvaluationRegrade } from '../../src/services/evaluation/approve-evaluation-regrade.ts';
import { decideEvaluationAppeal } from '../../src/services/evaluation/decide-evaluation-appeal.ts';
import { fileEvaluationAppeal } from '../../src/services/evaluation/file-evaluation-appeal.ts';
import { getEvaluationRun } from '../../src/services/evaluation/get-evaluation-run.ts';
import { listRegradeRequests } from '../../src/services/evaluation/list-regrade-requests.ts';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { publishEvaluationRun } from '../../src/services/evaluation/publish-evaluation-run.ts';
import { regradeEvaluationResult } from '../../src/services/evaluation/regrade-evaluation-result.ts';
import { rejectEvaluationRegrade } from '../../src/services/evaluation/reject-evaluation-regrade.ts';
import { startEvaluationRun } from '../../src/services/evaluation/start-evaluation-run.ts';
import { submitEvaluationRun } from '../../src/services/evaluation/submit-evaluation-run.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { firms, loadEvaluationScenario, schemeId, writeSchemeDir, type Letter } from './evaluation-scenario.ts';

let database: TestDatabase;
let schemeDir: string;
let runId: number;
const all = { kind: 'all' } as const;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadEvaluationScenario(database);
  schemeDir = writeSchemeDir();
  await loadEvaluationSchemes(database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  runId = (await startEvaluationRun(database.db, { schemeId, createdBy: 'alice' })).runId;
}, 120_000);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await database.destroy();
});

const finalClass = async (letter: Letter) =>
  (await getEvaluationRun(database.db, runId, all)).results.find((r) => r.uscc === firms[letter].uscc)!.finalClass;

async function refused(promise: Promise<unknown>, code: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
}

describe(`two-person approval on ${testEngine}`, () => {
  it('keeps a request pending until a second person approves it, for the whole evaluated unit', async () => {
    const request = (letter: Letter, toClass: string) =>
      regradeEvaluationResult(database.db, {
        runId,
        uscc: firms[letter].uscc,
        toClass,
        reason: '共用地块核减',
        requestedBy: 'alice',
      });
    const u = await request('U', 'C');
    const v = await request('V', 'A');
    expect([u.status, v.status]).toEqual(['pending', 'pending']);
    expect([await finalClass('U'), await finalClass('V')]).toEqual(['B', 'B']);
    await refused(request('U', 'D'), 'conflict', /awaiting approval/);
    await refused(
      approveEvaluationRegrade(database.db, { requestId: u.id, approvedBy: 'alice' }),
      'forbidden',
      /two-person/,
    );

    await approveEvaluationRegrade(database.db, { requestId: u.id, approvedBy: 'bob' });
    expect([await finalClass('U'), await finalClass('V')]).toEqual(['C', 'C']);
    await refused(
      approveEvaluationRegrade(database.db, { requestId: v.id, approvedBy: 'bob' }),
      'conflict',
      /class changed since request/,
    );
    await rejectEvaluationRegrade(database.db, { requestId: v.id, rejectedBy: 'bob', reason: '等级已变化' });
    expect((await listRegradeRequests(database.db, runId, { scope: all })).map((r) => r.status)).toEqual([
      'approved',
      'rejected',
    ]);
  });

  it('has the database refuse a decision by the requester and any change to a request once decided', async () => {
    const [decided] = await listRegradeRequests(database.db, runId, { scope: all, status: 'approved' });
    const pending = await regradeEvaluationResult(database.db, {
      runId,
      uscc: firms.P.uscc,
      toClass: 'B',
      reason: '亩均税收核减',
      requestedBy: 'alice',
    });
    await expect(
      sql`update evaluation_approval set status = 'approved', decided_by = 'alice', decided_at = now()
          where id = ${pending.id}`.execute(database.db),
    ).rejects.toThrow(/check/i);
    await expect(
      sql`update evaluation_approval set reason = '改过的理由' where id = ${pending.id}`.execute(database.db),
    ).rejects.toThrow(/only the decision/);
    await expect(
      sql`update evaluation_approval set decided_by = 'carol' where id = ${decided!.id}`.execute(database.db),
    ).rejects.toThrow(/does not change/);
    await expect(sql`delete from evaluation_approval where id = ${pending.id}`.execute(database.db)).rejects.toThrow(
      /never deleted/,
    );
    await rejectEvaluationRegrade(database.db, { requestId: pending.id, rejectedBy: 'bob', reason: '撤回' });
  });

  it('does not let the person who filed an appeal approve its class change', async () => {
    await submitEvaluationRun(database.db, { runId, submittedBy: 'alice' });
    await publishEvaluationRun(database.db, { runId, approvedBy: 'bob' });
    const appeal = await fileEvaluationAppeal(database.db, {
      runId,
      uscc: firms.T.uscc,
      reason: '用地面积有误',
      filedBy: 'firm-t',
      scope: { kind: 'enterprise', uscc: firms.T.uscc },
    });
    await refused(
      decideEvaluationAppeal(database.db, {
        appealId: appeal.id,
        decision: 'accept',
        reason: '核实',
        decidedBy: 'carol',
        newClass: 'C',
        approvedBy: 'firm-t',
      }),
      'forbidden',
      /filed an appeal cannot approve/,
    );
    const proposed = await decideEvaluationAppeal(database.db, {
      appealId: appeal.id,
      decision: 'accept',
      reason: '核实',
      decidedBy: 'carol',
      newClass: 'C',
    });
    expect(proposed).toMatchObject({ status: 'awaiting_approval', proposedClass: 'C', classAfter: 'D' });
    await refused(
      approveAppealClassChange(database.db, { appealId: appeal.id, approvedBy: 'firm-t' }),
      'forbidden',
      /filed an appeal cannot approve/,
    );
    await refused(
      approveAppealClassChange(database.db, { appealId: appeal.id, approvedBy: 'carol' }),
      'forbidden',
      /two-person/,
    );
    expect(await approveAppealClassChange(database.db, { appealId: appeal.id, approvedBy: 'dave' })).toMatchObject({
      status: 'accepted',
      classAfter: 'C',
    });
    expect(await finalClass('T')).toBe('C');
  });

  it('refuses an appeal for an enterprise outside the filer’s scope', async () => {
    await refused(
      fileEvaluationAppeal(database.db, {
        runId,
        uscc: firms.Q.uscc,
        reason: '不服',
        filedBy: 'firm-t',
        scope: { kind: 'enterprise', uscc: firms.T.uscc },
      }),
      'forbidden',
      /outside your scope/,
    );
    await refused(
      fileEvaluationAppeal(database.db, {
        runId,
        uscc: firms.Q.uscc,
        reason: '不服',
        filedBy: 'xiuzhou',
        scope: { kind: 'unit', reportingUnitId: '330411' },
      }),
      'forbidden',
      /outside your scope/,
    );
  });
});
