/**
 * The register lists through the API: projects of a year (by unit and cluster) and cultivation-pool entries in
 * force on a date (by tier and unit), from lists imported through the normal import path; both only for the
 * administrators (401 without a token, 403 when the server has none configured).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { importFile } from '../../src/services/intake/import-file.ts';
import type { listPoolEntries } from '../../src/services/registers/list-pool-entries.ts';
import type { listProjects } from '../../src/services/registers/list-projects.ts';
import { statsFirms } from '../fixtures/intake/intake-fixture-data.ts';
import { fixtureProjects } from '../fixtures/intake/register-fixture-data.ts';
import { testEngine } from '../harness/test-database.ts';
import {
  ApiClient,
  expectError,
  openApiFixture,
  setupTimeoutMs,
  testDisclosureRules,
  testTimeoutMs,
  type ApiFixture,
} from './api-test-kit.ts';

type Project = Awaited<ReturnType<typeof listProjects>>[number];
type PoolEntry = Awaited<ReturnType<typeof listPoolEntries>>[number];

let fixture: ApiFixture;
let api: ApiClient;
beforeAll(async () => {
  fixture = await openApiFixture();
  api = fixture.api;
  for (const [name, createEnterprises] of [
    ['stats-2024-10-merged-header.xlsx', true],
    ['projects-2024-06.xlsx', false],
    ['pools-2024.xlsx', false],
  ] as const) {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/intake/${name}`, import.meta.url)));
    const result = await importFile(fixture.database, { bytes, fileName: name, createEnterprises, actor: 'test:api' });
    expect(result.status, name).toBe('committed');
  }
}, setupTimeoutMs);
afterAll(() => fixture.destroy(), setupTimeoutMs);

const routes = [
  ['/api/projects', 'year=2024'],
  ['/api/pools', 'date=2024-06-30'],
] as const;

describe(`register lists through the API on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it.each(routes)('%s: 401 without a token', async (path, query) => {
    expectError(await api.get(path, { query, token: null }), 401, 'unauthenticated');
  });

  it.each(routes)('%s: 403 when the server has no admin token configured', async (path, query) => {
    const readOnly = new ApiClient(
      createApp({
        database: fixture.database,
        version: 'test',
        adminToken: null,
        disclosureRules: testDisclosureRules,
      }),
    );
    expectError(await readOnly.get(path, { query }), 403, 'forbidden');
  });

  it('lists the projects of a year with amounts in 元, milestones, progress and provenance', async () => {
    const response = await api.get<Project[]>('/api/projects', { query: 'year=2024' });
    expect(response.status, response.text).toBe(200);
    expect(response.body.map((project) => project.code).sort()).toEqual(fixtureProjects.map((p) => p.code).sort());
    const first = response.body.find((project) => project.code === fixtureProjects[0]!.code)!;
    expect(first).toMatchObject({
      uscc: statsFirms[0]!.uscc,
      registered: true,
      reportingUnit: '330483',
      clusterId: 'wuda-textile',
      constructionType: 'new',
      technicalRenovation: false,
      plannedTotalYuan: 1_200_000_000,
      completedYuan: 350_005_000,
      landMu: 150.25,
      milestones: {
        signing: { planned: null, actual: '2023-01-10' },
        start: { planned: '2023-05-01', actual: '2023-06-15' },
      },
      progress: [{ month: 6, completedYuan: 350_005_000 }],
      period: { year: 2024, month: 6 },
      provenance: { sheetRow: 6 },
    });
    const filtered = await api.get<Project[]>('/api/projects', { query: 'year=2024&unit=330411' });
    expect(filtered.body.map((project) => project.code)).toEqual([fixtureProjects[2]!.code]);
    const byCluster = await api.get<Project[]>('/api/projects', { query: 'year=2024&cluster=wuda-new-energy' });
    expect(byCluster.body.map((project) => project.code)).toEqual([fixtureProjects[2]!.code]);
    expectError(await api.get('/api/projects', { query: 'year=abc' }), 400, 'validation_failed');
  });

  it('lists the pool entries in force on a date, by tier and unit', async () => {
    const response = await api.get<PoolEntry[]>('/api/pools', { query: 'date=2024-06-30' });
    expect(response.status, response.text).toBe(200);
    expect(response.body.map((entry) => entry.tier).sort()).toEqual(
      ['eagle', 'little_giant', 'specialised', 'listing_reserve'].sort(),
    );
    const giants = await api.get<PoolEntry[]>('/api/pools', { query: 'date=2024-06-30&tier=little_giant' });
    expect(giants.body).toEqual([
      expect.objectContaining({
        uscc: statsFirms[0]!.uscc,
        tierText: '专精特新“小巨人”企业',
        entryDate: '2022-08-01',
        validUntil: '2025-07-31',
        level: 'national',
        listYear: 2024,
      }),
    ]);
    const xiuzhou = await api.get<PoolEntry[]>('/api/pools', { query: 'date=2024-06-30&unit=330411' });
    expect(xiuzhou.body.map((entry) => entry.uscc)).toEqual([statsFirms[3]!.uscc]);
    expectError(await api.get('/api/pools', { query: 'date=2024-02-30' }), 400, 'validation_failed');
    expectError(await api.get('/api/pools', { query: 'date=2024-06-30&tier=gold' }), 400, 'validation_failed');
  });

  it('answers every route of this file with a success', () => {
    expect(api.missingSuccesses('registers-api.db.test.ts')).toEqual([]);
  });
});
