/**
 * Row-level security (migration 0012, docs/security.md) on the engine under test. Enterprises of several reporting
 * units come in through the import path (statistics report, project and pool lists, a land parcel, statistics
 * refresh); then every protected table and view, read inside `withScopedRead` with no WHERE clause at all, must give
 * exactly the rows core's `inDataScope` allows. The session setting is read safely (missing, garbage, forged, another
 * backend's or expired grants show nothing and raise nothing), observatory_scoped can neither write, nor read the
 * private tables, nor switch row security off, and system work outside a scoped read still sees everything.
 *
 * PGlite runs as a superuser and PostgreSQL's test cluster too; both switch to observatory_scoped, so the policies
 * are tested on both. Only PostgreSQL has login roles: the separate scoped login role (which cannot lift its scope
 * with SET ROLE, RESET ROLE or set_config) and the production layout (a non-superuser application role that owns
 * the tables, migrates and imports with COPY) are tested there.
 */
import { randomUUID } from 'node:crypto';
import { inDataScope, type DataScope } from '@observatory/core';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shippedRegistryDir } from '../../src/data-files.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { withScopedRead } from '../../src/services/access/scoped-read.ts';
import { addLandParcel } from '../../src/services/enterprise/add-land-parcel.ts';
import { prepareDatabase } from '../../src/services/prepare-database.ts';
import { loadRegistryFiles } from '../../src/services/registry/load-registry-files.ts';
import { refreshAllStatistics } from '../../src/services/statistics/refresh-statistics.ts';
import { statsFirms } from '../fixtures/intake/intake-fixture-data.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import '../harness/provided-context.ts';
import { importFixture } from '../intake/intake-test-kit.ts';

const setupTimeoutMs = 180_000;
const testTimeoutMs = 120_000;

type Row = Record<string, unknown>;
interface Owner {
  uscc: string;
  reportingUnitId: string | null;
}

/** Every relation under row security, and how to find the enterprise a row of it belongs to. */
const relations: readonly { name: string; owner: (row: Row, lookup: Lookups) => Owner | null }[] = [
  ...['enterprise', 'correction_request', 'chain_link_assignment'].map((name) => ({
    name,
    owner: (row: Row) => ({ uscc: row.uscc as string, reportingUnitId: row.reporting_unit_id as string }),
  })),
  ...[
    'enterprise_name',
    'enterprise_year',
    'land_parcel',
    'current_land_parcel',
    'cluster_assignment_override',
    'observation',
    'current_observation',
    'evaluation_result',
    'evaluation_regrade',
    'evaluation_appeal',
    'evaluation_approval',
    'evaluation_fact',
    'pool_entry',
    'current_pool_entry',
  ].map((name) => ({
    name,
    owner: (row: Row, lookup: Lookups) => ({
      uscc: lookup.usccOf.get(row.enterprise_id as number)!,
      reportingUnitId: row.reporting_unit_id as string,
    }),
  })),
  ...['project', 'current_project'].map((name) => ({
    name,
    owner: (row: Row, lookup: Lookups) => ({
      uscc: (row.enterprise_id === null ? row.uscc : lookup.usccOf.get(row.enterprise_id as number)) as string,
      reportingUnitId: row.reporting_unit_id as string,
    }),
  })),
  ...['project_progress', 'current_project_progress'].map((name) => ({
    name,
    owner: (row: Row, lookup: Lookups) =>
      lookup.projectOwner.get(`${String(row.batch_id)}/${String(row.project_code)}`)!,
  })),
  {
    name: 'cluster_membership',
    owner: (row: Row, lookup: Lookups) => lookup.enterpriseOwner.get(row.enterprise_id as number)!,
  },
  {
    name: 'rectification_case',
    owner: (row: Row) => ({ uscc: row.uscc as string, reportingUnitId: row.reporting_unit_id as string }),
  },
  {
    name: 'rectification_event',
    owner: (row: Row, lookup: Lookups) => lookup.rectificationCaseOwner.get(row.case_id as number)!,
  },
];

interface Lookups {
  usccOf: Map<number, string>;
  enterpriseOwner: Map<number, Owner>;
  projectOwner: Map<string, Owner>;
  rectificationCaseOwner: Map<number, Owner>;
}

const selectAll = async (db: Kysely<DatabaseSchema>, relation: string) =>
  (await sql<Row>`select * from ${sql.table(relation)}`.execute(db)).rows;

/** A comparable form of a set of rows. */
const canonical = (rows: readonly Row[]) => rows.map((row) => JSON.stringify(row)).sort();

async function lookups(db: Kysely<DatabaseSchema>): Promise<Lookups> {
  const enterprises = await db.selectFrom('enterprise').select(['id', 'uscc', 'reporting_unit_id']).execute();
  const usccOf = new Map(enterprises.map((row) => [row.id, row.uscc]));
  const enterpriseOwner = new Map(
    enterprises.map((row) => [row.id, { uscc: row.uscc, reportingUnitId: row.reporting_unit_id }]),
  );
  const projects = await db
    .selectFrom('project')
    .select(['batch_id', 'code', 'enterprise_id', 'uscc', 'reporting_unit_id'])
    .execute();
  const projectOwner = new Map(
    projects.map((row) => [
      `${row.batch_id}/${row.code}`,
      {
        uscc: (row.enterprise_id === null ? row.uscc : usccOf.get(row.enterprise_id)) ?? '',
        reportingUnitId: row.reporting_unit_id,
      },
    ]),
  );
  const rectificationCases = await db
    .selectFrom('rectification_case')
    .select(['id', 'uscc', 'reporting_unit_id'])
    .execute();
  const rectificationCaseOwner = new Map(
    rectificationCases.map((row) => [row.id, { uscc: row.uscc, reportingUnitId: row.reporting_unit_id }]),
  );
  return { usccOf, enterpriseOwner, projectOwner, rectificationCaseOwner };
}

/** Fills a database through the import path: firms of five units, their figures, projects, pools, land, clusters. */
async function seed(database: Database): Promise<void> {
  await loadRegistryFiles(database.db, shippedRegistryDir);
  for (const [file, options] of [
    ['stats-2024-10-merged-header.xlsx', { createEnterprises: true }],
    ['projects-2024-06.xlsx', {}],
    ['pools-2024.xlsx', {}],
  ] as const) {
    const result = await importFixture(database, file, options);
    expect(
      result.status,
      `${file}: ${JSON.stringify(result.issues.filter((issue) => issue.severity === 'error').slice(0, 3))}`,
    ).toBe('committed');
  }
  for (const [index, firm] of [statsFirms[0]!, statsFirms[2]!].entries())
    await addLandParcel(database.db, {
      uscc: firm.uscc,
      certificateNo: `浙(2024)不动产权第000000${index}号`,
      tenure: 'own',
      area: 12.5,
      areaUnit: 'mu',
    });
  await refreshAllStatistics(database.db);
  await seedEvaluationRows(database.db);
}

/**
 * One row per enterprise in each evaluation table, the overrides and the correction requests, written as system work
 * (SQL is enough).
 */
async function seedEvaluationRows(db: Kysely<DatabaseSchema>): Promise<void> {
  const digest = (char: string) => char.repeat(64);
  await sql`insert into evaluation_scheme (id, version, year, name_zh, name_en, document, digest, loaded_by)
            values ('rls-test', 1, 2024, '测试方案', 'test scheme', '{}', ${digest('a')}, 'test')`.execute(db);
  const { rows } = await sql<{ id: number }>`
    insert into evaluation_run (scheme_id, scheme_version, year, digest, scheme_digest, input_digest, run, created_by)
    values ('rls-test', 1, 2024, ${digest('b')}, ${digest('a')}, ${digest('c')}, '{}', 'test') returning id`.execute(
    db,
  );
  const run = rows[0]!.id;
  for (const statement of [
    sql`insert into evaluation_result (run_id, enterprise_id, reporting_unit_id, unit_id, status, initial_class, final_class)
        select ${run}, id, reporting_unit_id, 'firm', 'rated', 'A', 'A' from enterprise`,
    sql`insert into evaluation_regrade (run_id, enterprise_id, reporting_unit_id, from_class, to_class, reason,
          requested_by, approved_by)
        select ${run}, id, reporting_unit_id, 'A', 'B', '测试', 'first.person', 'second.person' from enterprise`,
    sql`insert into evaluation_appeal (run_id, enterprise_id, reporting_unit_id, reason, filed_by)
        select ${run}, id, reporting_unit_id, '测试', 'firm.user' from enterprise`,
    sql`insert into evaluation_approval (kind, run_id, enterprise_id, reporting_unit_id, from_class, to_class, reason,
          requested_by)
        select 'regrade', ${run}, id, reporting_unit_id, 'A', 'B', '测试', 'first.person' from enterprise`,
    sql`insert into correction_request (uscc, reporting_unit_id, measure, period_year, period_month, proposed_value,
          reason, filed_by)
        select uscc, reporting_unit_id, 'industrial_output', 2024, 10, '1', '测试', 'firm.user' from enterprise`,
    sql`insert into chain_link_assignment (chain_id, uscc, reporting_unit_id, link_ids, reason, assigned_by)
        select 'differentiated-fibre', uscc, reporting_unit_id, '["polyester"]', '测试', 'test' from enterprise`,
    sql`insert into rectification_case (enterprise_id, uscc, reporting_unit_id, year, origin, note, opened_by)
        select id, uscc, reporting_unit_id, 2024, 'local_report', '测试', 'test' from enterprise`,
    sql`insert into rectification_event (case_id, to_status, by) select id, 'survey', 'test' from rectification_case`,
    sql`insert into evaluation_fact (enterprise_id, reporting_unit_id, year, tag, recorded_by)
        select id, reporting_unit_id, 2024, 'high_tech', 'test' from enterprise`,
    sql`insert into cluster_assignment_override (enterprise_id, reporting_unit_id, system_id, year, cluster_id, reason,
          assigned_by)
        select id, reporting_unit_id, 'wuda', 2024, null, '测试', 'test' from enterprise`,
  ])
    await statement.execute(db);
}

/** Checks every protected relation under each scope against the rows inDataScope allows. */
async function expectScopedReadsAgree(database: Database, scopes: readonly DataScope[]): Promise<void> {
  const lookup = await lookups(database.db);
  for (const relation of relations) {
    const everything = await selectAll(database.db, relation.name);
    for (const scope of scopes) {
      const allowed = everything.filter((row) => {
        const owner = relation.owner(row, lookup);
        expect(owner, `${relation.name}: owner of ${JSON.stringify(row)}`).toBeTruthy();
        return inDataScope(scope, owner!);
      });
      const seen = await withScopedRead(database, scope, (db) => selectAll(db, relation.name));
      expect(canonical(seen), `${relation.name} under ${JSON.stringify(scope)}`).toEqual(canonical(allowed));
    }
  }
}

const tongxiang: DataScope = { kind: 'unit', reportingUnitId: '330483' };
const xiuzhou: DataScope = { kind: 'unit', reportingUnitId: '330411' };
const oneFirm: DataScope = { kind: 'enterprise', uscc: statsFirms[2]!.uscc };
const scopes: readonly DataScope[] = [
  { kind: 'all' },
  tongxiang,
  xiuzhou,
  { kind: 'unit', reportingUnitId: 'jiaxing-etdz' },
  { kind: 'unit', reportingUnitId: '330999' },
  oneFirm,
  { kind: 'enterprise', uscc: statsFirms[0]!.uscc },
  { kind: 'enterprise', uscc: '91330000000000000X' },
  { kind: 'none' },
];

const count = async (db: Kysely<DatabaseSchema>, relation: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(relation)}`.execute(db)).rows[0]!.n);

/**
 * Runs `probe` as observatory_scoped in a read-write transaction on the main connection (rolled back), after
 * `prepare` has run as the system: what the role itself may do, without withScopedRead's read-only guard.
 */
async function asScopedRole<T>(
  db: Kysely<DatabaseSchema>,
  prepare: (trx: Kysely<DatabaseSchema>) => Promise<void>,
  probe: (trx: Kysely<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  const trx = await db.startTransaction().execute();
  try {
    await prepare(trx);
    await sql`set local role observatory_scoped`.execute(trx);
    return await probe(trx);
  } finally {
    await trx.rollback().execute();
  }
}

const useGrant = (id: string) => async (trx: Kysely<DatabaseSchema>) => {
  await sql`select set_config('observatory.scope_grant', ${id}, true)`.execute(trx);
};

async function storeGrant(
  trx: Kysely<DatabaseSchema>,
  grant: { kind: string; unit?: string; pid?: 'mine' | 'other'; expired?: boolean },
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    insert into access_scope_grant (scope_kind, reporting_unit_id, backend_pid, created_at, expires_at)
    values (${grant.kind}, ${grant.unit ?? null},
            pg_backend_pid() + ${grant.pid === 'other' ? 1 : 0},
            now() - interval '1 hour',
            now() ${grant.expired ? sql`- interval '1 minute'` : sql`+ interval '1 minute'`})
    returning id`.execute(trx);
  return rows[0]!.id;
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database);
}, setupTimeoutMs);
afterAll(() => database.destroy(), setupTimeoutMs);

describe(`row-level security on ${testEngine}`, { timeout: testTimeoutMs }, () => {
  it('seeds rows of several units in every protected relation (so the checks below are not vacuous)', async () => {
    const lookup = await lookups(database.db);
    for (const relation of relations) {
      const rows = await selectAll(database.db, relation.name);
      expect(rows.length, relation.name).toBeGreaterThan(0);
      const units = new Set(rows.map((row) => relation.owner(row, lookup)?.reportingUnitId));
      expect(units.size, relation.name).toBeGreaterThan(1);
    }
  });

  it('gives a scoped read with no WHERE clause exactly the rows of its scope, in every table and view', async () => {
    await expectScopedReadsAgree(database, scopes);
  });

  it('shows a unit only its enterprises, one enterprise only itself, and none nothing', async () => {
    const units = (rows: { reporting_unit_id: string }[]) => [...new Set(rows.map((row) => row.reporting_unit_id))];
    const inUnit = await withScopedRead(database, tongxiang, (db) => db.selectFrom('enterprise').selectAll().execute());
    expect(inUnit).toHaveLength(statsFirms.filter((firm) => firm.unitId === '330483').length);
    expect(units(inUnit)).toEqual(['330483']);
    const firm = await withScopedRead(database, oneFirm, (db) => db.selectFrom('enterprise').selectAll().execute());
    expect(firm.map((row) => row.uscc)).toEqual([statsFirms[2]!.uscc]);
    expect(await withScopedRead(database, { kind: 'none' }, (db) => count(db, 'enterprise'))).toBe(0);
    // A filter that asks for another unit's rows finds none (an injected OR 1=1 alike).
    const injected = await withScopedRead(
      database,
      tongxiang,
      async (db) =>
        (await sql<Row>`select * from enterprise where reporting_unit_id = '330411' or 1 = 1`.execute(db)).rows,
    );
    expect(units(injected as { reporting_unit_id: string }[])).toEqual(['330483']);
  });

  it('reads the session setting safely: missing, garbage, forged, another backend’s or expired grants show nothing', async () => {
    const total = await count(database.db, 'enterprise');
    const none = async () => undefined;
    const cases: [string, (trx: Kysely<DatabaseSchema>) => Promise<void>][] = [
      ['no setting', none],
      ['an empty setting', useGrant('')],
      ['garbage', useGrant("x' or '1'='1")],
      ['almost a uuid', useGrant(`${randomUUID()}x`)],
      ['a uuid with braces', useGrant(`{${randomUUID()}}`)],
      ['a forged random uuid', useGrant(randomUUID())],
      ['another backend’s grant', async (trx) => useGrant(await storeGrant(trx, { kind: 'all', pid: 'other' }))(trx)],
      ['an expired grant', async (trx) => useGrant(await storeGrant(trx, { kind: 'all', expired: true }))(trx)],
    ];
    for (const [name, prepare] of cases) {
      expect(await asScopedRole(database.db, prepare, (trx) => count(trx, 'enterprise')), name).toBe(0);
      expect(await asScopedRole(database.db, prepare, (trx) => count(trx, 'current_observation')), name).toBe(0);
    }
    // The control: a valid grant of this backend opens exactly its scope.
    const valid = async (trx: Kysely<DatabaseSchema>) => useGrant(await storeGrant(trx, { kind: 'all' }))(trx);
    expect(await asScopedRole(database.db, valid, (trx) => count(trx, 'enterprise'))).toBe(total);
    const unit = async (trx: Kysely<DatabaseSchema>) =>
      useGrant(await storeGrant(trx, { kind: 'unit', unit: '330411' }))(trx);
    expect(await asScopedRole(database.db, unit, (trx) => count(trx, 'enterprise'))).toBe(
      statsFirms.filter((firm) => firm.unitId === '330411').length,
    );
  });

  it.each([
    [
      'store a grant of its own',
      `insert into access_scope_grant (scope_kind, backend_pid, expires_at) values ('all', pg_backend_pid(), now() + interval '1 hour')`,
      /permission denied/u,
    ],
    ['read the grants', 'select * from access_scope_grant', /permission denied/u],
    ['switch row security off', 'alter table enterprise disable row level security', /must be owner/u],
    ['stop forcing it', 'alter table enterprise_year no force row level security', /must be owner/u],
    ['drop the policy', 'drop policy observatory_rows on enterprise', /must be owner/u],
    ['make a view run as its owner', 'alter view current_observation set (security_invoker = false)', /must be owner/u],
    ['update an enterprise', "update enterprise set reporting_unit_id = '330402'", /permission denied/u],
    ['delete an enterprise', 'delete from enterprise', /permission denied/u],
    [
      'insert an enterprise',
      "insert into enterprise (uscc, reporting_unit_id) values ('91330000MA2B00000X', '330402')",
      /permission denied/u,
    ],
    ['read the run documents', 'select run from evaluation_run', /permission denied/u],
    ['read accounts', 'select * from account', /permission denied/u],
    ['read sessions', 'select * from account_session', /permission denied/u],
    ['read the audit log', 'select * from audit_log', /permission denied/u],
    ['read raw files', 'select * from raw_file', /permission denied/u],
    ['read unprotected aggregates', 'select * from statistic_aggregate', /permission denied/u],
    ['create a role', 'create role observatory_escape login', /permission denied/u],
  ])('observatory_scoped may not %s', async (_what, statement, refusal) => {
    const attempt = (db: Kysely<DatabaseSchema>) => sql.raw(statement).execute(db);
    await expect(asScopedRole(database.db, useGrant(''), attempt)).rejects.toThrow(refusal);
    await expect(withScopedRead(database, { kind: 'all' }, attempt)).rejects.toThrow();
  });

  it('has the documented limit of the main connection: the session’s own role can be taken back', async () => {
    // SET ROLE is checked against the session user, so code inside a scoped read on the main connection can
    // return to it (docs/security.md); a separate scoped login role (tested below on PostgreSQL) cannot.
    const { rows } = await withScopedRead(database, tongxiang, async (db) => {
      await sql`reset role`.execute(db);
      return sql<{ n: string }>`select count(*) as n from enterprise`.execute(db);
    });
    expect(Number(rows[0]!.n)).toBe(statsFirms.length);
  });

  it('runs scoped reads read-only', async () => {
    await expect(
      withScopedRead(database, { kind: 'all' }, (db) =>
        sql`create temporary table scratch (a int)`
          .execute(db)
          .then(() =>
            sql`insert into enterprise (uscc, reporting_unit_id) values ('91330000MA2B00000X', '330402')`.execute(db),
          ),
      ),
    ).rejects.toThrow(/read-only|permission denied/u);
    const { rows } = await withScopedRead(database, tongxiang, (db) =>
      sql<{
        role: string;
        read_only: string;
      }>`select current_user as role, current_setting('transaction_read_only') as read_only`.execute(db),
    );
    expect(rows).toEqual([{ role: 'observatory_scoped', read_only: 'on' }]);
  });

  it('leaves system work outside a scoped read seeing and changing everything, also after a failed scoped read', async () => {
    const total = await count(database.db, 'enterprise');
    expect(total).toBe(statsFirms.length);
    await withScopedRead(database, xiuzhou, (db) => count(db, 'enterprise'));
    await expect(withScopedRead(database, xiuzhou, (db) => sql`select 1 / 0`.execute(db))).rejects.toThrow();
    const { rows } = await sql<{ role: string; grant: string | null }>`
      select current_user as role, nullif(current_setting('observatory.scope_grant', true), '') as grant`.execute(
      database.db,
    );
    expect(rows[0]!.role).not.toBe('observatory_scoped');
    expect(rows[0]!.grant).toBeNull();
    expect(await count(database.db, 'enterprise')).toBe(total);
    expect(await count(database.db, 'current_observation')).toBeGreaterThan(0);
    // Scoped reads leave no grant behind.
    expect(await count(database.db, 'access_scope_grant')).toBe(0);
    // System writes still pass the policies (a forced table).
    await sql`update enterprise_year set in_production = true where year = 2024`.execute(database.db);
    expect(await count(database.db, 'enterprise_year')).toBeGreaterThan(0);
  });
});

/** PostgreSQL's admin connection, for roles and databases of the cluster. */
async function admin<T extends object = object>(statement: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await client.connect();
  try {
    return (await client.query<T>(statement, values)).rows;
  } finally {
    await client.end();
  }
}

const roleName = (what: string) => `observatory_test_${what}_${process.pid}_${Date.now()}`;

function asUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}

describe.skipIf(testEngine !== 'postgresql')(
  'a separate scoped login role (PostgreSQL only)',
  { timeout: testTimeoutMs },
  () => {
    const reader = roleName('reader');
    let scoped: Database;
    beforeAll(async () => {
      await admin(`create role ${reader} login nosuperuser nobypassrls in role observatory_scoped`);
      const url = (database.location as { url: string }).url;
      scoped = await openDatabase({ engine: 'postgresql', url, scopedUrl: asUser(url, reader) });
    }, setupTimeoutMs);
    afterAll(async () => {
      await scoped?.close();
      await admin(`drop role if exists ${reader}`);
    }, setupTimeoutMs);

    it('gives scoped reads exactly their rows through the login role, and deletes its grants afterwards', async () => {
      await expectScopedReadsAgree(scoped, [tongxiang, oneFirm, { kind: 'all' }, { kind: 'none' }]);
      const { rows } = await withScopedRead(scoped, tongxiang, (db) =>
        sql<{ role: string }>`select current_user as role`.execute(db),
      );
      expect(rows).toEqual([{ role: reader }]);
      expect(await count(database.db, 'access_scope_grant')).toBe(0);
    });

    it.each([
      ['SET ROLE to the owner', 'set role postgres'],
      ['set_config(role)', "select set_config('role', 'postgres', false)"],
      ['SET SESSION AUTHORIZATION', 'set session authorization postgres'],
      [
        'a grant of its own',
        `insert into access_scope_grant (scope_kind, backend_pid, expires_at) values ('all', pg_backend_pid(), now() + interval '1 hour')`,
      ],
    ])('cannot lift its scope with %s', async (_how, statement) => {
      await expect(withScopedRead(scoped, tongxiang, (db) => sql.raw(statement).execute(db))).rejects.toThrow(
        /permission denied|read-only/u,
      );
    });

    it('stays scoped after RESET ROLE, and cannot use a grant made for another backend', async () => {
      const afterReset = await withScopedRead(scoped, tongxiang, async (db) => {
        await sql`reset role`.execute(db);
        return db.selectFrom('enterprise').select('reporting_unit_id').execute();
      });
      expect(new Set(afterReset.map((row) => row.reporting_unit_id))).toEqual(new Set(['330483']));
      const { rows } = await sql<{ id: string }>`
      insert into access_scope_grant (scope_kind, backend_pid, expires_at)
      values ('all', pg_backend_pid(), now() + interval '1 minute') returning id`.execute(database.db);
      const stolen = rows[0]!.id;
      try {
        const seen = await withScopedRead(scoped, tongxiang, async (db) => {
          await useGrant(stolen)(db);
          return count(db, 'enterprise');
        });
        expect(seen).toBe(0);
      } finally {
        await sql`delete from access_scope_grant where id = ${stolen}`.execute(database.db);
      }
    });

    it('refuses a scoped connection that is not bound by row security (misconfiguration)', async () => {
      const url = (database.location as { url: string }).url;
      const wrong = await openDatabase({ engine: 'postgresql', url, scopedUrl: url });
      try {
        await expect(withScopedRead(wrong, tongxiang, (db) => count(db, 'enterprise'))).rejects.toMatchObject({
          code: 'internal',
        });
      } finally {
        await wrong.close();
      }
    });
  },
);

describe.skipIf(testEngine !== 'postgresql')(
  'a non-superuser application role that owns the tables (PostgreSQL only)',
  { timeout: testTimeoutMs },
  () => {
    const app = roleName('app');
    const databaseName = roleName('db');
    let owned: Database;
    beforeAll(async () => {
      // CREATEROLE lets its first migration make it a member of observatory_scoped (the role exists already).
      await admin(`create role ${app} login nosuperuser createrole`);
      await admin(`create database ${databaseName} owner ${app}`);
      const url = new URL(inject('postgresAdminUrl'));
      url.pathname = `/${databaseName}`;
      owned = await openDatabase({ engine: 'postgresql', url: asUser(url.toString(), app) });
      await prepareDatabase(owned.db);
      await seed(owned);
    }, setupTimeoutMs);
    afterAll(async () => {
      await owned?.close();
      await admin(`drop database if exists ${databaseName} with (force)`);
      await admin(`drop role if exists ${app}`);
    }, setupTimeoutMs);

    it('migrates, imports by COPY and refreshes statistics under row security, and system reads see everything', async () => {
      const [{ member }] = (
        await sql<{ member: boolean }>`
        select pg_has_role(current_user, 'observatory_scoped', 'MEMBER') as member`.execute(owned.db)
      ).rows as [{ member: boolean }];
      expect(member).toBe(true);
      expect(await count(owned.db, 'enterprise')).toBe(statsFirms.length);
      expect(await count(owned.db, 'cluster_membership')).toBeGreaterThan(0);
    });

    it('gives scoped reads exactly their rows', async () => {
      await expectScopedReadsAgree(owned, scopes);
    });
  },
);
