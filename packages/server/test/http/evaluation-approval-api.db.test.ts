/**
 * Two-person approval with real accounts, through the API on the hand-checked scenario: every acting person is
 * the session's login (a different name in the body is refused); a re-grade is a pending request until a second
 * city administrator approves it (the requester cannot, an analyst without evaluation.regrade cannot) or rejects
 * it; a pending re-grade blocks publication, and the publisher must not be the submitter; an appeal is filed by
 * the enterprise for itself or by its county, and an acceptance that changes the class waits for a second person
 * (not the decider) who approves or rejects it; the appeals of a run are listed within each caller's scope; the
 * event trail names the accounts.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvaluationSchemes } from '../../src/services/evaluation/load-evaluation-schemes.ts';
import { firms, loadEvaluationScenario, schemeId, writeSchemeDir } from '../evaluation/evaluation-scenario.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  routeKey,
  routesCoveredBy,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from './api-test-kit.ts';
import { callAs, signInAs, type TestSession } from './session-kit.ts';

interface Approval {
  id: number;
  status: string;
  requestedBy: string;
  decidedBy: string | null;
  fromClass: string;
  toClass: string;
}
interface Decision {
  status: string;
  classBefore: string | null;
  classAfter: string | null;
  proposedClass: string | null;
  approvalId: number | null;
}

let fixture: ApiFixture;
let schemeDir: string;
let runId: number;
const who: Record<'adminA' | 'adminB' | 'analyst' | 'nanhu' | 'xiuzhou' | 'firmT' | 'leader', TestSession> =
  {} as never;
const succeeded = new Set<string>();

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadEvaluationScenario(fixture.database);
  schemeDir = writeSchemeDir();
  await loadEvaluationSchemes(fixture.database.db, { directory: schemeDir, loadedBy: 'test:loader' });
  const [adminA, adminB, analyst, nanhu, xiuzhou, firmT, leader] = await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_admin', suffix: 'a' },
    { role: 'city_admin', suffix: 'b' },
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'nanhu', scope: { reportingUnitId: '330402' } },
    { role: 'county_staff', suffix: 'xiuzhou', scope: { reportingUnitId: '330411' } },
    { role: 'enterprise_user', suffix: 't', scope: { uscc: firms.T.uscc } },
    { role: 'leader' },
  ]);
  Object.assign(who, { adminA, adminB, analyst, nanhu, xiuzhou, firmT, leader });
}, setupTimeoutMs);
afterAll(async () => {
  rmSync(schemeDir, { recursive: true, force: true });
  await fixture.destroy();
}, setupTimeoutMs);

/** A request as the session; successes are recorded by route template. */
async function as<T = unknown>(
  session: TestSession | null,
  method: 'GET' | 'POST',
  template: string,
  params: Record<string, string | number>,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name]));
  const response = await callAs<T>(fixture.app, session, method, path, body);
  if (response.status < 300) succeeded.add(routeKey(method, template));
  return response;
}

async function finalClass(letter: keyof typeof firms): Promise<string | null> {
  const shown = await as<{ results: { uscc: string; finalClass: string | null }[] }>(
    who.adminA,
    'GET',
    '/api/evaluation/runs/{id}',
    { id: runId },
  );
  return shown.body.results.find((r) => r.uscc === firms[letter].uscc)!.finalClass;
}

describe(`two-person approval through the API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('takes the acting person from the session and refuses another name in the body', async () => {
    const other = await as(who.analyst, 'POST', '/api/evaluation/runs', {}, { scheme: schemeId, createdBy: 'alice' });
    expect(expectError(other, 403, 'forbidden').details).toEqual([
      { path: 'body.createdBy', message: `must be ${who.analyst.login}` },
    ]);
    const started = await as<{ runId: number }>(who.analyst, 'POST', '/api/evaluation/runs', {}, { scheme: schemeId });
    expect(started.status, started.text).toBe(201);
    runId = started.body.runId;
    const shown = await as<{ createdBy: string }>(who.adminA, 'GET', '/api/evaluation/runs/{id}', { id: runId });
    expect(shown.body.createdBy).toBe(who.analyst.login);
  });

  it('re-grades in two steps: a pending request, then a different city administrator approves', async () => {
    const body = { uscc: firms.S.uscc, toClass: 'D', reason: '重大环境违法' };
    expectError(
      await as(who.analyst, 'POST', '/api/evaluation/runs/{id}/regrades', { id: runId }, body),
      403,
      'forbidden',
    );
    const oneStep = await as(
      who.adminA,
      'POST',
      '/api/evaluation/runs/{id}/regrades',
      { id: runId },
      { ...body, approvedBy: who.adminB.login },
    );
    expect(expectError(oneStep, 403, 'forbidden').message).toMatch(/cannot approve its own request/u);
    const requested = await as<Approval & { initialClass: string }>(
      who.adminA,
      'POST',
      '/api/evaluation/runs/{id}/regrades',
      { id: runId },
      body,
    );
    expect(requested.status, requested.text).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'pending',
      requestedBy: who.adminA.login,
      decidedBy: null,
      fromClass: 'C',
      toClass: 'D',
      initialClass: 'C',
    });
    expect(await finalClass('S')).toBe('C');
    expectError(
      await as(who.adminB, 'POST', '/api/evaluation/runs/{id}/regrades', { id: runId }, body),
      409,
      'conflict',
    );

    const request = { id: requested.body.id };
    const same = await as(who.adminA, 'POST', '/api/evaluation/regrades/{id}/approve', request, {});
    expect(expectError(same, 403, 'forbidden').message).toMatch(/two-person rule/u);
    for (const session of [who.analyst, who.nanhu, who.leader])
      expectError(await as(session, 'POST', '/api/evaluation/regrades/{id}/approve', request, {}), 403, 'forbidden');
    expectError(
      await as(who.adminB, 'POST', '/api/evaluation/regrades/{id}/approve', request, { approvedBy: who.adminA.login }),
      403,
      'forbidden',
    );
    expect(await finalClass('S')).toBe('C');

    const approved = await as<Approval & { regradeId: number }>(
      who.adminB,
      'POST',
      '/api/evaluation/regrades/{id}/approve',
      request,
      { note: '核实无误' },
    );
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      decidedBy: who.adminB.login,
      regradeId: expect.any(Number),
    });
    expect(await finalClass('S')).toBe('D');
    expectError(await as(who.adminB, 'POST', '/api/evaluation/regrades/{id}/approve', request, {}), 409, 'conflict');
  });

  it('rejects a re-grade request by a second person with a reason; the class stays', async () => {
    const requested = await as<Approval>(
      who.adminA,
      'POST',
      '/api/evaluation/runs/{id}/regrades',
      { id: runId },
      { uscc: firms.R.uscc, toClass: 'C', reason: '能耗超标' },
    );
    const request = { id: requested.body.id };
    expectError(
      await as(who.adminA, 'POST', '/api/evaluation/regrades/{id}/reject', request, { reason: '撤回' }),
      403,
      'forbidden',
    );
    expectError(
      await as(who.analyst, 'POST', '/api/evaluation/regrades/{id}/reject', request, { reason: '无权' }),
      403,
      'forbidden',
    );
    expectError(
      await as(who.adminB, 'POST', '/api/evaluation/regrades/{id}/reject', request, {}),
      400,
      'validation_failed',
    );
    const rejected = await as<Approval>(who.adminB, 'POST', '/api/evaluation/regrades/{id}/reject', request, {
      reason: '证据不足',
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', decidedBy: who.adminB.login });
    expect(await finalClass('R')).toBe('B');

    const listed = await as<Approval[]>(who.analyst, 'GET', '/api/evaluation/runs/{id}/regrades', { id: runId });
    expect(listed.body.map((r) => [r.status, r.requestedBy, r.decidedBy])).toEqual([
      ['approved', who.adminA.login, who.adminB.login],
      ['rejected', who.adminA.login, who.adminB.login],
    ]);
    const onlyRejected = await callAs<Approval[]>(
      fixture.app,
      who.adminA,
      'GET',
      `/api/evaluation/runs/${runId}/regrades?status=rejected`,
    );
    expect(onlyRejected.body).toHaveLength(1);
    expectError(await as(who.nanhu, 'GET', '/api/evaluation/runs/{id}/regrades', { id: runId }), 403, 'forbidden');
  });

  it('publishes only without pending re-grades and by someone other than the submitter', async () => {
    const pending = await as<Approval>(
      who.adminA,
      'POST',
      '/api/evaluation/runs/{id}/regrades',
      { id: runId },
      { uscc: firms.Q.uscc, toClass: 'A', reason: '省级专精特新' },
    );
    const submitted = await as(who.adminA, 'POST', '/api/evaluation/runs/{id}/submit', { id: runId }, {});
    expect(submitted.status, submitted.text).toBe(200);
    const self = await as(who.adminA, 'POST', '/api/evaluation/runs/{id}/publish', { id: runId }, {});
    expect(expectError(self, 403, 'forbidden').message).toMatch(/two-person rule/u);
    expectError(
      await as(who.analyst, 'POST', '/api/evaluation/runs/{id}/publish', { id: runId }, {}),
      403,
      'forbidden',
    );
    const blocked = await as(who.adminB, 'POST', '/api/evaluation/runs/{id}/publish', { id: runId }, {});
    expect(expectError(blocked, 409, 'conflict').message).toMatch(/awaiting approval/u);
    await as(who.adminB, 'POST', '/api/evaluation/regrades/{id}/reject', { id: pending.body.id }, { reason: '待明年' });
    const published = await as(
      who.adminB,
      'POST',
      '/api/evaluation/runs/{id}/publish',
      { id: runId },
      { appealDays: 30 },
    );
    expect(published.status, published.text).toBe(200);
    const shown = await as<{ submittedBy: string; publishedBy: string }>(
      who.adminA,
      'GET',
      '/api/evaluation/runs/{id}',
      {
        id: runId,
      },
    );
    expect(shown.body).toMatchObject({ submittedBy: who.adminA.login, publishedBy: who.adminB.login });
  });

  it('takes appeals from the enterprise for itself and from its county, and lists them within each scope', async () => {
    const appeal = (session: TestSession, letter: keyof typeof firms) =>
      as<{ id: number }>(
        session,
        'POST',
        '/api/evaluation/runs/{id}/appeals',
        { id: runId },
        {
          uscc: firms[letter].uscc,
          reason: '用地面积有误',
        },
      );
    expectError(await appeal(who.firmT, 'P'), 403, 'forbidden');
    expectError(await appeal(who.xiuzhou, 'P'), 403, 'forbidden');
    expectError(await appeal(who.adminA, 'P'), 403, 'forbidden');
    const t = await appeal(who.firmT, 'T');
    expect(t.status, t.text).toBe(201);
    const p = await appeal(who.nanhu, 'P');
    expect(p.status, p.text).toBe(201);

    const listed = async (session: TestSession) =>
      (
        await as<{ uscc: string; filedBy: string }[]>(session, 'GET', '/api/evaluation/runs/{id}/appeals', {
          id: runId,
        })
      ).body;
    expect((await listed(who.firmT)).map((a) => [a.uscc, a.filedBy])).toEqual([[firms.T.uscc, who.firmT.login]]);
    expect((await listed(who.nanhu)).map((a) => a.uscc)).toEqual([firms.T.uscc, firms.P.uscc]);
    expect(await listed(who.xiuzhou)).toEqual([]);
    expect((await listed(who.adminA)).map((a) => a.filedBy)).toEqual([who.firmT.login, who.nanhu.login]);
    expectError(await as(who.leader, 'GET', '/api/evaluation/runs/{id}/appeals', { id: runId }), 403, 'forbidden');
  });

  it('accepts an appeal that changes the class only when a second person approves it', async () => {
    const [t] = (await callAs<{ id: number }[]>(fixture.app, who.firmT, 'GET', `/api/evaluation/runs/${runId}/appeals`))
      .body;
    const appeal = { id: t!.id };
    const decision = { decision: 'accept', reason: '已核实用地', newClass: 'C' };
    expectError(
      await as(who.analyst, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, decision),
      403,
      'forbidden',
    );
    expectError(
      await as(who.adminA, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, {
        ...decision,
        approvedBy: who.adminB.login,
      }),
      403,
      'forbidden',
    );
    const proposed = await as<Decision>(who.adminA, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, decision);
    expect(proposed.status, proposed.text).toBe(200);
    expect(proposed.body).toMatchObject({
      status: 'awaiting_approval',
      classBefore: 'D',
      classAfter: 'D',
      proposedClass: 'C',
    });
    expect(await finalClass('T')).toBe('D');
    expectError(
      await as(who.adminB, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, {
        decision: 'reject',
        reason: '再议',
      }),
      409,
      'conflict',
    );
    const seen = await callAs<{ status: string; pendingChange: { toClass: string; requestedBy: string } }[]>(
      fixture.app,
      who.firmT,
      'GET',
      `/api/evaluation/runs/${runId}/appeals`,
    );
    expect(seen.body[0]).toMatchObject({
      status: 'awaiting_approval',
      pendingChange: { toClass: 'C', requestedBy: who.adminA.login },
    });

    const self = await as(who.adminA, 'POST', '/api/evaluation/appeals/{id}/approve', appeal, {});
    expect(expectError(self, 403, 'forbidden').message).toMatch(/two-person rule/u);
    for (const session of [who.analyst, who.nanhu, who.firmT])
      expectError(await as(session, 'POST', '/api/evaluation/appeals/{id}/approve', appeal, {}), 403, 'forbidden');
    expect(await finalClass('T')).toBe('D');
    const approved = await as<Decision>(who.adminB, 'POST', '/api/evaluation/appeals/{id}/approve', appeal, {});
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({ status: 'accepted', classBefore: 'D', classAfter: 'C' });
    expect(await finalClass('T')).toBe('C');
    expectError(await as(who.adminB, 'POST', '/api/evaluation/appeals/{id}/approve', appeal, {}), 409, 'conflict');
    const after = await callAs<{ status: string; decidedBy: string; approvedBy: string }[]>(
      fixture.app,
      who.firmT,
      'GET',
      `/api/evaluation/runs/${runId}/appeals`,
    );
    expect(after.body[0]).toMatchObject({
      status: 'accepted',
      decidedBy: who.adminA.login,
      approvedBy: who.adminB.login,
      pendingChange: null,
    });
  });

  it('rejects a proposed class change: the appeal is open again and can be decided anew', async () => {
    const appeals = (
      await callAs<{ id: number; uscc: string }[]>(
        fixture.app,
        who.adminA,
        'GET',
        `/api/evaluation/runs/${runId}/appeals`,
      )
    ).body;
    const appeal = { id: appeals.find((a) => a.uscc === firms.P.uscc)!.id };
    const proposed = await as<Decision>(who.adminB, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, {
      decision: 'accept',
      reason: '按申诉调整',
      newClass: 'B',
    });
    expect(proposed.body.status).toBe('awaiting_approval');
    expectError(
      await as(who.adminB, 'POST', '/api/evaluation/appeals/{id}/reject', appeal, { reason: '自己驳回' }),
      403,
      'forbidden',
    );
    expectError(
      await as(who.analyst, 'POST', '/api/evaluation/appeals/{id}/reject', appeal, { reason: '无权' }),
      403,
      'forbidden',
    );
    const rejected = await as<Decision>(who.adminA, 'POST', '/api/evaluation/appeals/{id}/reject', appeal, {
      reason: '申诉理由不成立',
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'open', classAfter: 'A' });
    expect(await finalClass('P')).toBe('A');
    expectError(
      await as(who.adminA, 'POST', '/api/evaluation/appeals/{id}/reject', appeal, { reason: '再次' }),
      409,
      'conflict',
    );
    const decided = await as<Decision>(who.adminA, 'POST', '/api/evaluation/appeals/{id}/decision', appeal, {
      decision: 'reject',
      reason: '数据无误',
    });
    expect(decided.body).toMatchObject({ status: 'rejected', classBefore: 'A', classAfter: 'A' });
  });

  it('records every step under the accounts’ logins', async () => {
    const events = await as<{ action: string; actor: string }[]>(
      who.adminA,
      'GET',
      '/api/evaluation/runs/{id}/events',
      {
        id: runId,
      },
    );
    const [a, b] = [who.adminA.login, who.adminB.login];
    expect(events.body.map((e) => [e.action, e.actor])).toEqual([
      ['run_created', who.analyst.login],
      ['regrade_requested', a],
      ['result_regraded', b],
      ['regrade_requested', a],
      ['regrade_rejected', b],
      ['regrade_requested', a],
      ['run_submitted', a],
      ['regrade_rejected', b],
      ['run_published', b],
      ['appeal_filed', who.firmT.login],
      ['appeal_filed', who.nanhu.login],
      ['appeal_acceptance_requested', a],
      ['appeal_accepted', b],
      ['appeal_acceptance_requested', b],
      ['appeal_acceptance_rejected', a],
      ['appeal_rejected', a],
    ]);
  });

  it('covered every route of this file with a success', () => {
    expect(routesCoveredBy['evaluation-approval-api.db.test.ts'].filter((key) => !succeeded.has(key))).toEqual([]);
  });
});
