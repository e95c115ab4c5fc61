/**
 * The property-based attack suite of issue 7, on the demo data set and the engine under test: random accounts
 * (two counties, an enterprise, a leader, a cluster organisation, an analyst as control) send random requests —
 * other counties' and enterprises' ids, crafted query parameters, SQL metacharacters — and no answer ever holds a
 * row outside the caller's scope, no refused write changes anything, and one enterprise outside the scope is
 * refused (403), never served.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../src/demo/index.ts';
import { apiRoutes } from '../../src/http/app.ts';
import { loadDemoDataset } from '../../src/services/demo/load-demo-dataset.ts';
import { testEngine } from '../harness/test-database.ts';
import { openApiFixture, setupTimeoutMs, type ApiFixture } from '../http/api-test-kit.ts';
import { callAs, signInAs, type TestSession } from '../http/session-kit.ts';

let fixture: ApiFixture;
const dir = mkdtempSync(join(tmpdir(), 'observatory-attack-'));
let firms: { uscc: string; reportingUnit: string }[];
let units: string[];
let sessions: Record<'countyA' | 'countyB' | 'enterprise' | 'leader' | 'clusterOrg' | 'analyst', TestSession>;
let ownFirm: string;

const seed = Number(process.env.ATTACK_SEED ?? 20261206);
const runs = Number(process.env.ATTACK_RUNS ?? 60);

beforeAll(async () => {
  fixture = await openApiFixture();
  await generateDemoDataset({ outDir: dir, scale: 0.02 });
  await loadDemoDataset(fixture.database, dir);
  const listed = await fixture.api.get<{ uscc: string; reportingUnit: string }[]>('/api/enterprises', {
    query: 'limit=1000',
  });
  firms = listed.body.map(({ uscc, reportingUnit }) => ({ uscc, reportingUnit }));
  units = [...new Set(firms.map((firm) => firm.reportingUnit))].sort();
  expect(units.length).toBeGreaterThanOrEqual(3);
  const [unitA, unitB] = units;
  ownFirm = firms.find((firm) => firm.reportingUnit === unitA)!.uscc;
  const signed = await signInAs(fixture.app, fixture.database.db, [
    { role: 'county_staff', suffix: 'a', scope: { reportingUnitId: unitA } },
    { role: 'county_staff', suffix: 'b', scope: { reportingUnitId: unitB } },
    { role: 'enterprise_user', scope: { uscc: ownFirm } },
    { role: 'leader' },
    { role: 'cluster_org', scope: { cluster: 'wuda/wuda-textile' } },
    { role: 'city_analyst' },
  ]);
  sessions = {
    countyA: signed[0]!,
    countyB: signed[1]!,
    enterprise: signed[2]!,
    leader: signed[3]!,
    clusterOrg: signed[4]!,
    analyst: signed[5]!,
  };
}, 900_000);
afterAll(async () => {
  await fixture.destroy();
  rmSync(dir, { recursive: true, force: true });
}, setupTimeoutMs);

type Who = keyof typeof sessions;
const scoped: Who[] = ['countyA', 'countyB', 'enterprise'];
const everyone: Who[] = ['countyA', 'countyB', 'enterprise', 'leader', 'clusterOrg', 'analyst'];

/** Whether a row owned by (uscc, unit) is inside the session's scope. */
function inScopeOf(who: Who, row: { uscc: string | null; unit: string | null }): boolean {
  if (who === 'analyst') return true;
  if (who === 'enterprise') return row.uscc === ownFirm;
  if (who === 'countyA') return row.unit === units[0];
  if (who === 'countyB') return row.unit === units[1];
  return false;
}

const hostile = fc.constantFrom(
  "' OR '1'='1",
  "330402' --",
  '%',
  '_',
  '\\',
  '*',
  '1;DROP TABLE enterprise',
  '$1',
  '../../',
  '\u0000',
  '９１',
  'unit:330402',
);
const someUnit = () => fc.oneof(fc.constantFrom(...units), hostile, fc.string({ maxLength: 12 }));
const someUscc = () =>
  fc.oneof(fc.constantFrom(...firms.map((firm) => firm.uscc)), hostile, fc.string({ maxLength: 20 }));
const who = (list: Who[]) => fc.constantFrom(...list);

function query(parts: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) search.append(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const property = { seed, numRuns: runs, endOnFailure: true };

describe(`the attack suite on ${testEngine}`, { timeout: 900_000 }, () => {
  it('enterprise lists: whatever the filters, every row is inside the caller scope', async () => {
    await fc.assert(
      fc.asyncProperty(
        who(everyone),
        fc.record({
          unit: fc.option(someUnit(), { nil: undefined }),
          q: fc.option(fc.oneof(hostile, fc.string({ maxLength: 8 })), { nil: undefined }),
          industry: fc.option(fc.constantFrom('17', '38', '2651', '9'), { nil: undefined }),
          limit: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
          offset: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
        }),
        async (caller, filters) => {
          const response = await callAs<{ uscc: string; reportingUnit: string }[]>(
            fixture.app,
            sessions[caller],
            'GET',
            `/api/enterprises${query(filters)}`,
          );
          if (caller === 'leader' || caller === 'clusterOrg') {
            expect(response.status).toBe(403);
            return;
          }
          if (response.status === 400) return;
          expect(response.status, response.text).toBe(200);
          for (const row of response.body)
            expect(inScopeOf(caller, { uscc: row.uscc, unit: row.reportingUnit })).toBe(true);
        },
      ),
      property,
    );
  });

  it('one enterprise: served inside the scope, 403 outside it, never another firm', async () => {
    await fc.assert(
      fc.asyncProperty(who(everyone), someUscc(), async (caller, uscc) => {
        const response = await callAs<{ uscc: string; reportingUnit: string }>(
          fixture.app,
          sessions[caller],
          'GET',
          `/api/enterprises/${encodeURIComponent(uscc)}`,
        );
        const firm = firms.find((candidate) => candidate.uscc === uscc);
        if (response.status === 200) {
          expect(response.body.uscc).toBe(uscc);
          expect(inScopeOf(caller, { uscc, unit: response.body.reportingUnit })).toBe(true);
        } else if (firm && !inScopeOf(caller, { uscc, unit: firm.reportingUnit })) {
          expect(response.status).toBe(403);
        } else {
          expect([400, 403, 404]).toContain(response.status);
        }
        if (firm && inScopeOf(caller, { uscc, unit: firm.reportingUnit })) expect(response.status).toBe(200);
      }),
      property,
    );
  });

  it('registers (projects, pools): every row inside the scope, whatever unit is asked for', async () => {
    await fc.assert(
      fc.asyncProperty(
        who(everyone),
        fc.constantFrom('projects', 'pools'),
        fc.option(someUnit(), { nil: undefined }),
        fc.integer({ min: 2022, max: 2025 }),
        async (caller, register, unit, year) => {
          const path =
            register === 'projects'
              ? `/api/projects${query({ year, unit })}`
              : `/api/pools${query({ date: `${year}-06-30`, unit })}`;
          const response = await callAs<{ uscc: string | null; reportingUnit: string }[]>(
            fixture.app,
            sessions[caller],
            'GET',
            path,
          );
          if (caller === 'leader' || caller === 'clusterOrg') {
            expect(response.status).toBe(403);
            return;
          }
          if (caller === 'enterprise') {
            expect(response.status).toBe(403);
            return;
          }
          if (response.status === 400) return;
          expect(response.status, response.text).toBe(200);
          for (const row of response.body)
            expect(inScopeOf(caller, { uscc: row.uscc, unit: row.reportingUnit })).toBe(true);
        },
      ),
      property,
    );
  });

  it('warnings: no warning about an enterprise outside the scope', async () => {
    await fixture.api.post('/api/warnings/run', { body: { runBy: 'attack-suite' } });
    await fc.assert(
      fc.asyncProperty(who(everyone), fc.option(someUnit(), { nil: undefined }), async (caller, unit) => {
        const response = await callAs<{
          warnings: { subject: { kind: string; id: string }; reportingUnitId: string | null }[];
        }>(fixture.app, sessions[caller], 'GET', `/api/warnings${query({ unit })}`);
        if (caller === 'enterprise') {
          expect(response.status).toBe(403);
          return;
        }
        if (response.status === 400) return;
        expect(response.status, response.text).toBe(200);
        for (const warning of response.body.warnings.filter((w) => w.subject.kind === 'enterprise'))
          expect(inScopeOf(caller, { uscc: warning.subject.id, unit: warning.reportingUnitId })).toBe(true);
      }),
      property,
    );
  });

  it('aggregates: nobody receives an audience above their role', async () => {
    await fc.assert(
      fc.asyncProperty(
        who(everyone),
        fc.oneof(
          fc.constant('full'),
          fc.constant('public'),
          someUnit().map((unit) => `unit:${unit}`),
        ),
        async (caller, audience) => {
          const response = await callAs(
            fixture.app,
            sessions[caller],
            'GET',
            `/api/statistics/units${query({ period: '2024-10', audience })}`,
          );
          if (caller === 'enterprise') {
            expect(response.status).toBe(403);
            return;
          }
          const allowed =
            audience === 'public' ||
            caller === 'analyst' ||
            (caller === 'countyA' && audience === `unit:${units[0]}`) ||
            (caller === 'countyB' && audience === `unit:${units[1]}`);
          if (allowed) expect([200, 400]).toContain(response.status);
          else expect([400, 403]).toContain(response.status);
        },
      ),
      property,
    );
  });

  it('writes: a scoped account changes nothing outside its scope, whatever it sends', async () => {
    const counts = async () =>
      (
        await sql<{ n: string }>`select
          (select count(*) from enterprise) + (select count(*) from enterprise_name) +
          (select count(*) from enterprise_year) + (select count(*) from land_parcel) +
          (select count(*) from cluster_assignment_override) + (select count(*) from import_batch) as n`.execute(
          fixture.database.db,
        )
      ).rows[0]!.n;
    const writes = apiRoutes.filter(
      (route) =>
        route.method !== 'get' &&
        route.access !== 'public' &&
        route.access !== 'signed_in' &&
        !route.path.startsWith('/api/warnings/{id}'),
    );
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(
        who([...scoped, 'leader', 'clusterOrg']),
        fc.constantFrom(...writes),
        someUscc(),
        fc.integer({ min: 1, max: 40 }),
        fc.dictionary(
          fc.constantFrom('uscc', 'name', 'reportingUnit', 'reason', 'by', 'year', 'system'),
          fc.oneof(someUnit(), someUscc()),
        ),
        async (caller, route, uscc, id, body) => {
          const path = route.path
            .replace('{uscc}', encodeURIComponent(uscc))
            .replace('{id}', String(id))
            .replace('{year}', '2024')
            .replace(/\{\w+\}/g, 'x');
          const response = await callAs(fixture.app, sessions[caller], route.method.toUpperCase(), path, body);
          const firm = firms.find((candidate) => candidate.uscc === (body.uscc ?? uscc));
          if (response.status < 300 && firm)
            expect(inScopeOf(caller, { uscc: firm.uscc, unit: firm.reportingUnit })).toBe(true);
        },
      ),
      { ...property, numRuns: Math.max(20, runs) },
    );
    expect(await counts()).toBe(before);
  });

  it('warning handling: a county acknowledges only its own unit’s warnings', async () => {
    const all = await fixture.api.get<{ warnings: { id: number; reportingUnitId: string | null; status: string }[] }>(
      '/api/warnings',
    );
    const open = all.body.warnings.filter((warning) => warning.status === 'open');
    if (open.length === 0) return;
    await fc.assert(
      fc.asyncProperty(who(['countyA', 'countyB', 'leader']), fc.constantFrom(...open), async (caller, warning) => {
        const response = await callAs(
          fixture.app,
          sessions[caller],
          'POST',
          `/api/warnings/${warning.id}/acknowledge`,
          {},
        );
        const own =
          (caller === 'countyA' && warning.reportingUnitId === units[0]) ||
          (caller === 'countyB' && warning.reportingUnitId === units[1]);
        if (own) expect([200, 409]).toContain(response.status);
        else expect(response.status).toBe(403);
      }),
      property,
    );
  });
});
