/**
 * `observatory user …` and `observatory audit …` as a person runs them on an empty database of the test engine:
 * bootstrap an administrator (a generated password and a TOTP secret), a refused scope (reset and disable are
 * covered on the services in test/access), each successful command in the audit log, then `audit verify` on the
 * intact log, and again after one row was changed behind the append-only trigger's back: it names the first entry
 * that does not fit and exits 1.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { createEmptyDatabase, type EmptyDatabase } from '../harness/cli-database.ts';
import { testEngine } from '../harness/test-database.ts';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';

let database: EmptyDatabase;
let dir: string;
beforeAll(async () => {
  database = await createEmptyDatabase();
  dir = mkdtempSync(join(tmpdir(), 'observatory-user-cli-'));
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database.destroy();
}, 120_000);

const observatory = (...args: string[]) => runObservatory(database.env, args, 120_000);
const succeeded = (result: CliResult) => {
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

async function tamper(statement: string): Promise<void> {
  const opened = await openDatabase(
    database.databaseUrl === null
      ? { engine: 'pglite', dataDir: database.pgliteDir }
      : { engine: 'postgresql', url: database.databaseUrl },
  );
  try {
    await opened.db.transaction().execute(async (trx) => {
      await sql.raw('alter table audit_log disable trigger audit_log_append_only').execute(trx);
      await sql.raw(statement).execute(trx);
      await sql.raw('alter table audit_log enable trigger audit_log_append_only').execute(trx);
    });
  } finally {
    await opened.close();
  }
}

describe(`observatory user and audit on ${testEngine}`, { timeout: 300_000 }, () => {
  it('creates an administrator with a second factor and refuses a county account without its unit', async () => {
    const admin = JSON.parse(
      succeeded(
        await observatory(
          'user',
          'create',
          '--login',
          'city.admin',
          '--name',
          '市管理员',
          '--role',
          'city_admin',
          '--format',
          'json',
        ),
      ),
    ) as { initialPassword: string; totpSecret: string };
    expect(admin.initialPassword).toHaveLength(16);
    expect(admin.totpSecret).toMatch(/^[A-Z2-7]{32}$/u);
    const refused = await observatory('user', 'create', '--login', 'bad', '--name', '某', '--role', 'county_staff');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--unit');
    const list = JSON.parse(succeeded(await observatory('user', 'list', '--format', 'json'))) as {
      login: string;
      disabled: boolean;
    }[];
    expect(list.map((a) => [a.login, a.disabled])).toEqual([['city.admin', false]]);
  });

  it('verifies the audit log, exports it, and detects one tampered row', async () => {
    const intact = JSON.parse(succeeded(await observatory('audit', 'verify', '--format', 'json'))) as {
      intact: boolean;
      entries: number;
    };
    // The account's creation, then one entry per successful command: user create, user list (the refused create
    // changed nothing and is not recorded).
    expect(intact).toMatchObject({ intact: true, entries: 3 });
    const out = join(dir, 'audit.csv');
    succeeded(await observatory('audit', 'export', '--out', out));
    const lines = readFileSync(out, 'utf8')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(5);
    expect(lines.filter((line) => /cli:[^,]+,cli user list,/u.test(line))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('cli audit verify'))).toHaveLength(1);

    await tamper('update audit_log set details = \'{"reason": "另有原因"}\' where sequence = 1');
    const broken = await observatory('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('第 1 条起不一致');
  });
});
