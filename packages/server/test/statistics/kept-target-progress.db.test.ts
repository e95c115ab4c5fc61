/**
 * Target progress kept between requests: asked twice on unchanged data it is the same answer (kept), equal to a
 * fresh computation; a manual actual, a platform list import or an update or delete in any register table
 * changes the registers' signature and the next answer is computed anew. Every table the migrations create is
 * either covered by the signature or named here as outside the registers, so a new register table cannot be
 * forgotten.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { accessSubject } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_TABLES, findRegisterSignature } from '../../src/repositories/register-signature.repository.ts';
import { importPlatformsFile } from '../../src/services/platforms/import-platforms-file.ts';
import { computeTargetProgress } from '../../src/services/statistics/compute-target-progress.ts';
import { keptTargetProgress } from '../../src/services/statistics/kept-target-progress.ts';
import { recordTargetActual } from '../../src/services/targets/record-target-actual.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { destroyTestDatabase } from '../http/api-test-kit.ts';
import { loadPlatformScenario, platformListCsv } from '../platforms/platforms-scenario.ts';

/** Tables outside the registers: statistics and their inputs (their own version), accounts, audit, evaluation, etc. */
const OUTSIDE_REGISTERS = [
  'access_scope_grant',
  'account',
  'account_password_history',
  'account_session',
  'aggregate_state',
  'audit_log',
  'cluster_assignment_override',
  'cluster_membership',
  'correction_request',
  'enterprise',
  'enterprise_name',
  'enterprise_year',
  'evaluation_appeal',
  'evaluation_approval',
  'evaluation_event',
  'evaluation_fact',
  'evaluation_regrade',
  'evaluation_result',
  'evaluation_run',
  'evaluation_scheme',
  'import_issue',
  'index_definition',
  'index_result',
  'industry',
  'measure',
  'membership_state',
  'membership_transition',
  'observation',
  'official_growth_rate',
  'raw_file',
  'reference_dataset',
  'region',
  'reporting_unit',
  'revision_event',
  'source_mapping',
  'source_period_state',
  'statistic_aggregate',
  'unit_of_measure',
  'warning',
  'warning_event',
  'warning_rule_set',
];

const migrationsDir = new URL('../../src/db/migrations/', import.meta.url);
const createdTables = readdirSync(migrationsDir)
  .filter((file) => /^\d{4}-.*\.ts$/.test(file))
  .flatMap((file) => [...readFileSync(new URL(file, migrationsDir), 'utf8').matchAll(/create table (\w+)/g)])
  .map((match) => match[1]!);

const city = accessSubject('city.admin', 'city_admin', { kind: 'city' });
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadPlatformScenario(database);
}, 180_000);
afterAll(() => destroyTestDatabase(database), 120_000);

describe('the registers signature', () => {
  it('covers every table the migrations create, or names it as outside the registers', () => {
    expect(createdTables.length).toBeGreaterThan(50);
    const unclassified = createdTables.filter(
      (table) => !(REGISTER_TABLES as readonly string[]).includes(table) && !OUTSIDE_REGISTERS.includes(table),
    );
    expect(unclassified).toEqual([]);
  });
});

describe(`kept target progress on ${testEngine}`, { timeout: 120_000 }, () => {
  it('answers unchanged data from memory, and anew after a manual actual, an import, an update or a delete', async () => {
    const db = database.db;
    // The first computation brings the scenario's statistics up to date (a new statistics version).
    await keptTargetProgress(db, 'wuda', 2024);
    const first = await keptTargetProgress(db, 'wuda', 2024);
    expect(await keptTargetProgress(db, 'wuda', 2024)).toBe(first);
    expect(first).toEqual(await computeTargetProgress(db, 'wuda', 2024));
    const brands = (rows: typeof first) => rows.find((row) => row.targetId === 'wuda-global-brands-2025')!;
    expect(brands(first).actualValue).toBeNull();

    await recordTargetActual(db, {
      systemId: 'wuda',
      targetId: 'wuda-global-brands-2025',
      year: 2024,
      value: 3,
      sourceText: '市市场监管局',
      by: 'city.admin',
    });
    const afterManual = await keptTargetProgress(db, 'wuda', 2024);
    expect(afterManual).not.toBe(first);
    expect(brands(afterManual).actualValue).toBe(3);

    const demoBases = (rows: typeof first) => rows.find((row) => row.targetId === 'wuda-national-demo-bases-2025')!;
    const beforeImport = demoBases(afterManual).actualValue;
    await importPlatformsFile(db, { bytes: platformListCsv(), fileName: 'list.csv', by: 'city.admin', subject: city });
    const afterImport = await keptTargetProgress(db, 'wuda', 2024);
    expect(afterImport).not.toBe(afterManual);
    expect(afterImport).toEqual(await computeTargetProgress(db, 'wuda', 2024));
    expect(demoBases(afterImport).actualValue).not.toBe(beforeImport);

    const beforeUpdate = await findRegisterSignature(db);
    await sql`update cluster_zone set note = note`.execute(db);
    const afterUpdate = await findRegisterSignature(db);
    expect(afterUpdate).not.toBe(beforeUpdate);
    await sql`delete from import_issue`.execute(db);
    expect(await findRegisterSignature(db)).toBe(afterUpdate);
    const afterDelete = afterUpdate;
    const zones = Number((await sql<{ n: string }>`select count(*) as n from cluster_zone`.execute(db)).rows[0]!.n);
    expect(zones).toBeGreaterThan(0);
    await sql`delete from cluster_zone where ctid = (select ctid from cluster_zone limit 1)`.execute(db);
    expect(await findRegisterSignature(db)).not.toBe(afterDelete);
    expect(await keptTargetProgress(db, 'wuda', 2024)).not.toBe(afterImport);
  });
});
