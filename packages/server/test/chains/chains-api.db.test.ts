/**
 * The chain API with real sessions: 401 without a session, 403 for roles without register.read / register.write,
 * the happy paths, member firms only for enterprise readers within their scope, a county's staff adding and moving
 * only their own unit's leads (the creator is the session's login, never a name in the body), and hand placements
 * for city-wide accounts only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../harness/test-database.ts';
import { expectError, openApiFixture, setupTimeoutMs, testTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { chainFirms, loadChainScenario } from './chains-scenario.ts';

let fixture: ApiFixture;
let analyst: TestSession;
let admin: TestSession;
let tongxiang: TestSession;
let haining: TestSession;
let leader: TestSession;
let firm: TestSession;
const api = sessionRouteRecorder(() => fixture.app);

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadChainScenario(fixture.database);
  [analyst, admin, tongxiang, haining, leader, firm] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_analyst' },
    { role: 'city_admin' },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
    { role: 'county_staff', suffix: 'hn', scope: { reportingUnitId: '330481' } },
    { role: 'leader' },
    { role: 'enterprise_user', scope: { uscc: chainFirms.P1.uscc } },
  ])) as TestSession[] as [TestSession, TestSession, TestSession, TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

interface Link {
  id: string;
  strength: string;
  action: string | null;
  firms: number;
  outputYuan: number | null;
  outputWithheld: boolean;
  members: { uscc: string; reportingUnitId: string }[] | null;
}
interface Chain {
  id: string;
  year: number;
  basis: { kind: string; month?: number };
  links: Link[];
}
interface Lead {
  id: number;
  status: string;
  ownerUnitId: string;
  createdBy: string;
  history: { from: string | null; to: string; by: string }[];
}

const fibrePath = '/api/chains/differentiated-fibre';
const getFibre = (session: TestSession | null) =>
  api.call<Chain>(session, 'GET', `${fibrePath}?year=2024`, '/api/chains/{id}');
const addLead = (session: TestSession, body: Record<string, unknown>) =>
  api.call<Lead>(session, 'POST', `${fibrePath}/leads`, '/api/chains/{id}/leads', body);
const moveLead = (session: TestSession, id: number, body: Record<string, unknown>) =>
  api.call<Lead>(session, 'POST', `/api/chains/leads/${id}/move`, '/api/chains/leads/{id}/move', body);

describe(`chain API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('GET /api/chains: the chains with links by strength; 401 and 403 for roles without register.read', async () => {
    const listed = await api.call<{ year: number; chains: { id: string; counts: Record<string, number> }[] }>(
      analyst,
      'GET',
      '/api/chains?year=2024',
      '/api/chains',
    );
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.chains.map((chain) => chain.id)).toEqual([
      'chemical-materials',
      'differentiated-fibre',
      'fashion-textile',
      'photovoltaic',
    ]);
    expect(listed.body.chains[1]!.counts).toEqual({ strong: 1, weak: 2, missing: 4 });
    expect((await api.call(tongxiang, 'GET', '/api/chains', '/api/chains')).status).toBe(200);
    expectError(await api.call(null, 'GET', '/api/chains', '/api/chains'), 401, 'unauthenticated');
    expectError(await api.call(leader, 'GET', '/api/chains', '/api/chains'), 403, 'forbidden');
    expectError(await api.call(firm, 'GET', '/api/chains', '/api/chains'), 403, 'forbidden');
  });

  it('GET /api/chains/{id}: links for every reader, members only within the caller’s enterprise scope', async () => {
    const city = await getFibre(analyst);
    expect(city.status, city.text).toBe(200);
    expect(city.body.basis).toEqual({ kind: 'cumulative', month: 3 });
    const polyester = city.body.links.find((link) => link.id === 'polyester')!;
    expect(polyester).toMatchObject({ strength: 'strong', firms: 5, outputWithheld: false });
    expect(polyester.members).toHaveLength(5);

    const county = await getFibre(tongxiang);
    expect(county.status, county.text).toBe(200);
    const own = county.body.links.find((link) => link.id === 'polyester')!;
    expect(own.members!.map((m) => m.reportingUnitId)).toEqual(['330483', '330483', '330483']);
    expect(own).toMatchObject({ outputYuan: null, outputWithheld: true, firms: 5 });
    expect(county.body.links.find((link) => link.id === 'weaving')!.members).toEqual([]);

    expectError(await getFibre(leader), 403, 'forbidden');
    expectError(await getFibre(null), 401, 'unauthenticated');
    expectError(await api.call(analyst, 'GET', '/api/chains/no-such-chain', '/api/chains/{id}'), 404, 'not_found');
    expectError(await api.call(analyst, 'GET', `${fibrePath}?year=20`, '/api/chains/{id}'), 400, 'validation_failed');
  });

  it('POST /api/chains/{id}/leads and /leads/{id}/move: unit ownership, the session as actor, forward only', async () => {
    const added = await addLead(tongxiang, { linkId: 'nylon', companyName: '某锦纶集团', createdBy: 'someone.else' });
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({ status: 'lead', ownerUnitId: '330483', createdBy: 'county-staff.tx' });
    expectError(await addLead(tongxiang, { linkId: 'nylon', companyName: 'x', ownerUnit: '330481' }), 403, 'forbidden');
    expectError(await addLead(analyst, { linkId: 'nylon', companyName: 'x', ownerUnit: '330481' }), 403, 'forbidden');
    expectError(await addLead(admin, { linkId: 'nylon', companyName: 'x' }), 400, 'validation_failed');
    const cityLead = await addLead(admin, {
      linkId: 'refining',
      companyName: '某石化',
      ownerUnit: '330481',
      expectedInvestmentYuan: 5e9,
    });
    expect(cityLead.status, cityLead.text).toBe(201);

    expectError(await moveLead(haining, added.body.id, { to: 'contact' }), 403, 'forbidden');
    const moved = await moveLead(tongxiang, added.body.id, { to: 'contact' });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.history.map((event) => [event.from, event.to, event.by])).toEqual([
      [null, 'lead', 'county-staff.tx'],
      ['lead', 'contact', 'county-staff.tx'],
    ]);
    const backwards = expectError(await moveLead(tongxiang, added.body.id, { to: 'lead' }), 400, 'validation_failed');
    expect(backwards.message).toContain('只能向前推进');
    expectError(await moveLead(tongxiang, 999_999, { to: 'contact' }), 404, 'not_found');

    const roadmap = await api.call<Lead[]>(haining, 'GET', `${fibrePath}/leads`, '/api/chains/{id}/leads');
    expect(roadmap.status, roadmap.text).toBe(200);
    expect(roadmap.body.map((lead) => lead.status)).toEqual(['contact', 'lead']);
    expectError(await api.call(leader, 'GET', `${fibrePath}/leads`, '/api/chains/{id}/leads'), 403, 'forbidden');
  });

  it('POST /api/chains/{id}/assignments: city-wide accounts only, the session as actor', async () => {
    const path = `${fibrePath}/assignments`;
    const body = { uscc: chainFirms.X1.uscc, linkIds: ['knitting'], reason: '主营经编面料' };
    expectError(await api.call(tongxiang, 'POST', path, '/api/chains/{id}/assignments', body), 403, 'forbidden');
    expectError(await api.call(analyst, 'POST', path, '/api/chains/{id}/assignments', body), 403, 'forbidden');
    const placed = await api.call<{ assignedBy: string; linkIds: string[] }>(
      admin,
      'POST',
      path,
      '/api/chains/{id}/assignments',
      body,
    );
    expect(placed.status, placed.text).toBe(201);
    expect(placed.body).toMatchObject({ assignedBy: 'city-admin', linkIds: ['knitting'] });
    const knitting = (await getFibre(analyst)).body.links.find((link) => link.id === 'knitting')!;
    expect(knitting).toMatchObject({ strength: 'weak', firms: 1 });
    expectError(
      await api.call(admin, 'POST', path, '/api/chains/{id}/assignments', { ...body, linkIds: ['spinning'] }),
      400,
      'validation_failed',
    );
  });

  it('answered every chain route with a success', () => {
    expect(api.missingSuccesses('chains-api.db.test.ts')).toEqual([]);
  });
});
