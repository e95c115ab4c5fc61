/**
 * POST /api/rectification/import with real sessions: a county's 整治清单 as the demo writes it (xlsx with a title
 * row, the header and closing 注 lines) uploaded as multipart. 401 without a session, 403 for a role without
 * register.write, a county's staff refused for another unit's rows, a bad list refused with every problem by row and
 * column and nothing stored, a good list stored as cases of the year with their trail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rectificationListLayout } from '../../src/demo/rectification-file.ts';
import { xlsxTableBytes, type TableCell } from '../../src/demo/xlsx-table-writer.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  expectError,
  openApiFixture,
  readResponse,
  setupTimeoutMs,
  testTimeoutMs,
  type ApiFixture,
  type ApiResponse,
} from '../http/api-test-kit.ts';
import { callAs, sessionRouteRecorder, signInAs, type TestSession } from '../http/session-kit.ts';
import { firms, loadRectificationScenario, tongxiangFirm } from './rectification-scenario.ts';

let fixture: ApiFixture;
let admin: TestSession;
let analyst: TestSession;
let tongxiang: TestSession;
const api = sessionRouteRecorder(() => fixture.app);
const listYear = 2025;

beforeAll(async () => {
  fixture = await openApiFixture();
  await loadRectificationScenario(fixture.database);
  [admin, analyst, tongxiang] = (await signInAs(fixture.app, fixture.database.db, [
    { role: 'city_admin' },
    { role: 'city_analyst' },
    { role: 'county_staff', suffix: 'tx', scope: { reportingUnitId: '330483' } },
  ])) as [TestSession, TestSession, TestSession];
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

/** A row in the demo's column order (USCC, name, unit, source, 亩, parcel, energy, plan, status, deadline, …). */
const row = (cells: TableCell[]): TableCell[] => [...cells, ...Array<TableCell>(15 - cells.length).fill(null)];
const listBytes = (rows: TableCell[][]) => new Uint8Array(xlsxTableBytes(rectificationListLayout(listYear, rows)));

async function upload<T>(session: TestSession | null, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(bytes)]), `高耗低效企业整治清单_${listYear}年.xlsx`);
  for (const [key, value] of Object.entries({ year: String(listYear), asOf: `${listYear}-06-30`, ...fields }))
    form.append(key, value);
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};
  const response: ApiResponse<T> = await readResponse<T>(
    await fixture.app.request('/api/rectification/import', { method: 'POST', headers, body: form }),
  );
  api.record('POST', '/api/rectification/import', response.status);
  return response;
}

const cases = async () =>
  (
    await callAs<{ uscc: string; status: string }[]>(
      fixture.app,
      admin,
      'GET',
      `/api/rectification/cases?year=${listYear}`,
    )
  ).body;

describe(`rectification list upload API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  const good = listBytes([
    row([
      firms.P.uscc,
      'P',
      '南湖区',
      '亩均评价',
      10,
      '浙(2019)南湖区不动产权第0001号',
      500,
      '关停退出',
      '销号',
      '2025-06-30',
      10,
      450,
      2,
    ]),
    row([firms.Q.uscc, 'Q', '南湖区', '属地上报', 10, null, 300, '改造提升', '实施', '2025-09-30']),
    row([
      tongxiangFirm,
      'G',
      '桐乡市',
      '属地上报',
      30,
      null,
      800,
      null,
      '不予认定',
      null,
      null,
      null,
      null,
      null,
      '已转型',
    ]),
  ]);

  it('401 without a session, 403 without register.write, a county only for its own unit', async () => {
    expectError(await upload(null, good), 401, 'unauthenticated');
    expectError(await upload(analyst, good), 403, 'forbidden');
    const outside = expectError(await upload(tongxiang, good), 400, 'validation_failed');
    expect(outside.details.map((d) => d.message).join('\n')).toMatch(/outside your scope/);
    expect(await cases()).toEqual([]);
  });

  it('a bad list: every problem with its row and column, nothing stored', async () => {
    const bad = expectError(
      await upload(
        admin,
        listBytes([
          row([
            firms.P.uscc,
            'P',
            '南湖区',
            '亩均评价',
            10,
            null,
            500,
            '改造提升',
            '销号',
            '2025-06-30',
            null,
            null,
            2,
          ]),
          row([firms.Q.uscc, 'Q', '桐乡市', '属地上报', 10, null, 300, '拆了', '实施', '2025-02-30']),
          row(['91330402MA3E00ZZ0X', '未登记', '南湖区', '属地上报', 1, null, null, null, '摸排']),
        ]),
      ),
      400,
      'validation_failed',
    );
    expect(bad.message).toMatch(/nothing imported/);
    expect(bad.details.map((d) => d.path)).toEqual([
      '第3行「腾出用地（亩）」(row 3)',
      '第4行「县（市、区）」(row 4)',
      '第4行「整治方式」(row 4)',
      '第4行「完成期限」(row 4)',
      '第5行「统一社会信用代码」(row 5)',
    ]);
    expect(await cases()).toEqual([]);
    expectError(await upload(admin, new TextEncoder().encode('not a list'), {}), 400, 'validation_failed');
    expectError(await upload(admin, good, { year: '19' }), 400, 'validation_failed');
  });

  it('a good list: every row a case of the year, walked up to its status', async () => {
    const imported = await upload<{ cases: number; year: number; fileName: string }>(admin, good);
    expect(imported.status, imported.text).toBe(200);
    expect(imported.body).toEqual({ fileName: `高耗低效企业整治清单_${listYear}年.xlsx`, year: listYear, cases: 3 });
    const stored = await cases();
    expect(Object.fromEntries(stored.map((c) => [c.uscc, c.status]))).toEqual({
      [firms.P.uscc]: 'closed',
      [firms.Q.uscc]: 'implementing',
      [tongxiangFirm]: 'dismissed',
    });
    const again = expectError(await upload(admin, good), 400, 'validation_failed');
    expect(again.details[0]!.message).toMatch(/already has a case/);
  });

  it('answered the upload route with a success', () => {
    expect(api.missingSuccesses('rectification-import-api.db.test.ts')).toEqual([]);
  });
});
