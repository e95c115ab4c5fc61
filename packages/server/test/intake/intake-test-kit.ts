/**
 * What the intake tests share: the fixture bytes, an import with the test actor, and read-outs of what the
 * store holds — current values (through the current_observation view) keyed by USCC, and row counts of
 * every table an import writes, to prove that a refused or killed import left nothing behind.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { importFile, type ImportFileInput } from '../../src/services/intake/import-file.ts';
import type { ImportResult } from '../../src/services/intake/import-result.ts';
import { shiftDecimal, statsFirms, type StatsFirm } from '../fixtures/intake/intake-fixture-data.ts';

export type Db = Kysely<DatabaseSchema>;

/** Timeouts for the files of this folder (the inline projects do not inherit the root ones). */
export const setupTimeoutMs = 120_000;
export const testTimeoutMs = 60_000;

export const fixturesDir = new URL('../fixtures/intake/', import.meta.url);

/** The bytes of a fixture of test/fixtures/intake. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, fixturesDir)));
}

export const testActor = 'test:intake';

/** Imports a fixture (by name) or given bytes as the test actor. */
export function importFixture(
  database: Database,
  name: string,
  options: Partial<Omit<ImportFileInput, 'fileName' | 'actor'>> = {},
): Promise<ImportResult> {
  return importFile(database, { bytes: options.bytes ?? fixture(name), fileName: name, actor: testActor, ...options });
}

export interface CurrentValue {
  value: string;
  base: string | null;
  batchId: number;
  reportingUnitId: string;
  sheetRow: number;
}

/** Current values of one measure and period through the current_observation view, by USCC. */
export async function currentValues(
  db: Db,
  measure: string,
  period: { year: number; month: number },
): Promise<Map<string, CurrentValue>> {
  const rows = await db
    .selectFrom('current_observation as o')
    .innerJoin('enterprise as e', 'e.id', 'o.enterprise_id')
    .select(['e.uscc', 'o.value', 'o.base_value', 'o.batch_id', 'o.reporting_unit_id', 'o.sheet_row'])
    .where('o.measure', '=', measure)
    .where('o.period_year', '=', period.year)
    .where('o.period_month', '=', period.month)
    .execute();
  const values = new Map<string, CurrentValue>();
  for (const row of rows) {
    expect(values.has(row.uscc), `two current values of ${measure} for ${row.uscc}`).toBe(false);
    values.set(row.uscc, {
      value: row.value,
      base: row.base_value,
      batchId: row.batch_id,
      reportingUnitId: row.reporting_unit_id,
      sheetRow: row.sheet_row,
    });
  }
  return values;
}

/** What the current values of a 万元 measure must be: 元 by USCC, leaving out firms without a figure. */
export function expectedYuan(
  firms: readonly StatsFirm[],
  pick: (firm: StatsFirm) => readonly [string | null, string | null],
): Map<string, { value: string; base: string | null }> {
  const expected = new Map<string, { value: string; base: string | null }>();
  for (const firm of firms) {
    const [current, base] = pick(firm);
    if (current === null) continue;
    expected.set(firm.uscc, { value: shiftDecimal(current, 4), base: base === null ? null : shiftDecimal(base, 4) });
  }
  return expected;
}

/** The value and base of each current value, for comparing with expectedYuan. */
export const valuesOnly = (values: Map<string, CurrentValue>) =>
  new Map([...values].map(([uscc, { value, base }]) => [uscc, { value, base }]));

export const statsUscc = (index: number) => statsFirms[index]!.uscc;

export interface StoreCounts {
  observations: number;
  currentObservations: number;
  enterprises: number;
  enterpriseNames: number;
  enterpriseYears: number;
  batches: number;
  committedBatches: number;
  issues: number;
  rawFiles: number;
  sourcePeriodStates: number;
  revisionEvents: number;
}

/** Row counts of every table an import writes. */
export async function storeCounts(db: Db): Promise<StoreCounts> {
  const count = async (
    table:
      | 'observation'
      | 'current_observation'
      | 'enterprise'
      | 'enterprise_name'
      | 'enterprise_year'
      | 'import_batch'
      | 'import_issue'
      | 'raw_file'
      | 'source_period_state'
      | 'revision_event',
  ) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const committed = await db
    .selectFrom('import_batch')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('status', '=', 'committed')
    .executeTakeFirstOrThrow();
  return {
    observations: await count('observation'),
    currentObservations: await count('current_observation'),
    enterprises: await count('enterprise'),
    enterpriseNames: await count('enterprise_name'),
    enterpriseYears: await count('enterprise_year'),
    batches: await count('import_batch'),
    committedBatches: Number(committed.n),
    issues: await count('import_issue'),
    rawFiles: await count('raw_file'),
    sourcePeriodStates: await count('source_period_state'),
    revisionEvents: await count('revision_event'),
  };
}

/** Issues reduced to where and what, for exact comparisons. */
export const issueKeys = (issues: readonly { row: number | null; column: string | null; code: string }[]) =>
  issues.map(({ row, column, code }) => ({ row, column, code }));

/** Stats fixture column labels as the intake names them (without the 栏次 row of column codes). */
export const statsColumns = {
  name: '企业名称',
  uscc: '统一社会信用代码',
  unit: '县（市、区）',
  industry: '行业代码',
  output: '工业总产值|本年累计',
  outputBase: '工业总产值|上年同期',
  revenue: '营业收入|本年累计',
  revenueBase: '营业收入|上年同期',
  profit: '利润总额|本年累计',
  profitBase: '利润总额|上年同期',
} as const;

/**
 * Observations whose batch, enterprise, reporting unit or measure does not exist. The observation table has
 * no foreign keys (the import path COPYs into it), so the tests check the references after imports.
 */
export async function danglingObservations(db: Db): Promise<{ id: number; missing: string }[]> {
  const rows = await db
    .selectFrom('observation as o')
    .leftJoin('import_batch as b', 'b.id', 'o.batch_id')
    .leftJoin('enterprise as e', 'e.id', 'o.enterprise_id')
    .leftJoin('reporting_unit as u', 'u.id', 'o.reporting_unit_id')
    .leftJoin('measure as m', 'm.code', 'o.measure')
    .select(['o.id', 'b.id as batch', 'e.id as enterprise', 'u.id as unit', 'm.code as measure'])
    .where((eb) =>
      eb.or([eb('b.id', 'is', null), eb('e.id', 'is', null), eb('u.id', 'is', null), eb('m.code', 'is', null)]),
    )
    .limit(20)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    missing: Object.entries({ batch: row.batch, enterprise: row.enterprise, unit: row.unit, measure: row.measure })
      .filter(([, value]) => value === null)
      .map(([key]) => key)
      .join(','),
  }));
}

/** Every observation of a batch belongs to a committed or rolled-back batch (a rejected one stores none). */
export async function observationsOfRejectedBatches(db: Db): Promise<number> {
  const row = await db
    .selectFrom('observation as o')
    .innerJoin('import_batch as b', 'b.id', 'o.batch_id')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('b.status', '=', 'rejected')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Opens xlsx bytes (an issue report) with exceljs. */
export async function openXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await workbook.xlsx.load(copy);
  return workbook;
}
