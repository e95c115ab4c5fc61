/**
 * Accounts, logins, sessions and the audit log on the engine under test: creation with scope checks, argon2id
 * passwords under the policy, TOTP for the roles that need it (RFC 6238), lockout, idle and absolute session
 * limits, logging out everywhere, and the hash-chained audit log that detects a row changed behind its back.
 */
import { PASSWORD_POLICY_PRESETS } from '@observatory/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app-error.ts';
import { findAccountByLogin } from '../../src/repositories/account.repository.ts';
import { changeOwnPassword, resetPassword } from '../../src/services/access/change-password.ts';
import { createAccount } from '../../src/services/access/create-account.ts';
import { disableAccount } from '../../src/services/access/disable-account.ts';
import { exportAuditLog } from '../../src/services/access/export-audit-log.ts';
import { logIn } from '../../src/services/access/log-in.ts';
import { logOut } from '../../src/services/access/log-out.ts';
import { recordAudit } from '../../src/services/access/record-audit.ts';
import { resolveSession } from '../../src/services/access/resolve-session.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/services/access/session-limits.ts';
import { totpCode, TOTP_STEP_SECONDS } from '../../src/services/access/totp.ts';
import { verifyAuditLog } from '../../src/services/access/verify-audit-log.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';

const policy = PASSWORD_POLICY_PRESETS.djcp2;
const options = { policy, createdBy: 'cli:root' };
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 120_000);
afterAll(() => database.destroy());

async function expectAppError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

describe(`accounts and sessions on ${testEngine}`, { timeout: 60_000 }, () => {
  it('creates scoped accounts and refuses a scope that does not fit the role', async () => {
    const county = await createAccount(
      database.db,
      {
        login: 'nanhu.li',
        displayName: '李南湖',
        role: 'county_staff',
        reportingUnitId: '330402',
        password: 'Nanhu#2026',
      },
      options,
    );
    expect(county).toMatchObject({ login: 'nanhu.li', role: 'county_staff', initialPassword: null, totpSecret: null });
    await expectAppError(
      createAccount(database.db, { login: 'no.unit', displayName: '某', role: 'county_staff' }, options),
      'validation_failed',
      /--unit/u,
    );
    await expectAppError(
      createAccount(
        database.db,
        { login: 'bad.unit', displayName: '某', role: 'county_staff', reportingUnitId: '999999' },
        options,
      ),
      'validation_failed',
      /999999/u,
    );
    await expectAppError(
      createAccount(database.db, { login: 'x.y', displayName: '某', role: 'superuser' }, options),
      'validation_failed',
      /superuser/u,
    );
    await expectAppError(
      createAccount(
        database.db,
        { login: 'nanhu.li', displayName: '重复', role: 'leader', password: 'Leader#2026' },
        options,
      ),
      'conflict',
    );
    await expectAppError(
      createAccount(
        database.db,
        { login: 'weak.pw', displayName: '弱', role: 'leader', password: 'password' },
        options,
      ),
      'validation_failed',
      /至少/u,
    );
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await findAccountByLogin(database.db, 'nanhu.li');
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/u);
    expect(row?.password_hash).not.toContain('Nanhu#2026');
  });

  it('logs in, resolves the session with its scope, and ends it after 30 idle minutes or 8 hours', async () => {
    const t0 = new Date('2026-11-22T01:00:00Z');
    const opened = await logIn(database.db, { login: 'Nanhu.Li', password: 'Nanhu#2026', now: t0 }, policy);
    expect(opened.subject).toMatchObject({ role: 'county_staff', scope: { kind: 'unit', reportingUnitId: '330402' } });
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect((await resolveSession(database.db, opened.token, at(SESSION_IDLE_MS - 1000)))?.login).toBe('nanhu.li');
    // Kept alive by use every 20 minutes until the absolute limit.
    for (let ms = 20 * 60_000; ms < SESSION_ABSOLUTE_MS; ms += 20 * 60_000)
      expect(await resolveSession(database.db, opened.token, at(ms))).not.toBeNull();
    expect(await resolveSession(database.db, opened.token, at(SESSION_ABSOLUTE_MS))).toBeNull();

    const idle = await logIn(database.db, { login: 'nanhu.li', password: 'Nanhu#2026', now: t0 }, policy);
    expect(await resolveSession(database.db, idle.token, at(SESSION_IDLE_MS))).toBeNull();
    // An ended session stays ended.
    expect(await resolveSession(database.db, idle.token, at(1000))).toBeNull();
    expect(await resolveSession(database.db, 'not-a-token-at-all-0123456789', t0)).toBeNull();
  });

  it('locks an account after the threshold of failed logins and answers alike for every refusal', async () => {
    await createAccount(
      database.db,
      { login: 'lock.me', displayName: '锁', role: 'leader', password: 'Leader#2026' },
      options,
    );
    const now = new Date('2026-11-22T02:00:00Z');
    for (let attempt = 0; attempt < policy.lockoutThreshold; attempt++)
      await expectAppError(logIn(database.db, { login: 'lock.me', password: 'wrong', now }, policy), 'unauthenticated');
    const locked = await findAccountByLogin(database.db, 'lock.me');
    expect(locked?.locked_until?.getTime()).toBe(now.getTime() + policy.lockoutMinutes * 60_000);
    // The right password does not help while locked, and the message is the same as for an unknown login.
    const messages: string[] = [];
    for (const login of ['lock.me', 'nobody.here'])
      await logIn(database.db, { login, password: 'Leader#2026', now }, policy).catch((e: AppError) =>
        messages.push(e.message),
      );
    expect(new Set(messages).size).toBe(1);
    const later = new Date(now.getTime() + policy.lockoutMinutes * 60_000 + 1);
    expect(
      (await logIn(database.db, { login: 'lock.me', password: 'Leader#2026', now: later }, policy)).subject.role,
    ).toBe('leader');
  });

  it('requires a TOTP code for administrators, accepts it once, and refuses a replay', async () => {
    const admin = await createAccount(
      database.db,
      { login: 'city.admin', displayName: '管理员', role: 'city_admin' },
      options,
    );
    expect(admin.initialPassword).toMatch(/^.{16}$/u);
    expect(admin.totpSecret).toMatch(/^[A-Z2-7]{32}$/u);
    expect(admin.totpUri).toContain('otpauth://totp/');
    const now = new Date('2026-11-22T03:00:00Z');
    const password = admin.initialPassword!;
    await expectAppError(
      logIn(database.db, { login: 'city.admin', password, now }, policy),
      'unauthenticated',
      /动态口令/u,
    );
    const code = totpCode(admin.totpSecret!, now);
    const wrong = code === '000000' ? '111111' : '000000';
    await expectAppError(
      logIn(database.db, { login: 'city.admin', password, totpCode: wrong, now }, policy),
      'unauthenticated',
    );
    const opened = await logIn(database.db, { login: 'city.admin', password, totpCode: code, now }, policy);
    expect(opened.mustChangePassword).toBe(true);
    await expectAppError(
      logIn(database.db, { login: 'city.admin', password, totpCode: code, now }, policy),
      'unauthenticated',
    );
    const next = new Date(now.getTime() + TOTP_STEP_SECONDS * 1000);
    await logIn(
      database.db,
      { login: 'city.admin', password, totpCode: totpCode(admin.totpSecret!, next), now: next },
      policy,
    );
  });

  it('changes and resets passwords under the policy and its history, ending sessions', async () => {
    const now = new Date();
    const first = await logIn(database.db, { login: 'nanhu.li', password: 'Nanhu#2026', now }, policy);
    const second = await logIn(database.db, { login: 'nanhu.li', password: 'Nanhu#2026', now }, policy);
    await expectAppError(
      changeOwnPassword(
        database.db,
        { login: 'nanhu.li', oldPassword: 'Nanhu#2026', newPassword: 'Nanhu#2026' },
        policy,
      ),
      'validation_failed',
      /最近 5 次/u,
    );
    const keep = await resolveSession(database.db, first.token, now);
    await changeOwnPassword(
      database.db,
      { login: 'nanhu.li', oldPassword: 'Nanhu#2026', newPassword: 'Nanhu#2027', keepSessionHash: keep!.tokenHash },
      policy,
    );
    expect(await resolveSession(database.db, first.token, now)).not.toBeNull();
    expect(await resolveSession(database.db, second.token, now)).toBeNull();
    const temporary = await resetPassword(database.db, 'nanhu.li', { policy, resetBy: 'account:1' });
    expect(await resolveSession(database.db, first.token, now)).toBeNull();
    const again = await logIn(database.db, { login: 'nanhu.li', password: temporary, now }, policy);
    expect(again.mustChangePassword).toBe(true);
  });

  it('logs out everywhere and disables accounts', async () => {
    await createAccount(
      database.db,
      {
        login: 'firm.user',
        displayName: '企业',
        role: 'enterprise_user',
        uscc: '91330402MA2B000001',
        password: 'Firm#20261',
      },
      options,
    );
    const now = new Date();
    const a = await logIn(database.db, { login: 'firm.user', password: 'Firm#20261', now }, policy);
    const b = await logIn(database.db, { login: 'firm.user', password: 'Firm#20261', now }, policy);
    const session = await resolveSession(database.db, a.token, now);
    expect(session?.subject.scope).toEqual({ kind: 'enterprise', uscc: '91330402MA2B000001' });
    await logOut(database.db, session!, { everywhere: true });
    expect(await resolveSession(database.db, b.token, now)).toBeNull();
    const c = await logIn(
      database.db,
      { login: 'firm.user', password: 'Firm#20261', now: new Date(now.getTime() + 1000) },
      policy,
    );
    await disableAccount(database.db, 'firm.user', { disabledBy: 'account:9', reason: '企业注销' });
    expect(await resolveSession(database.db, c.token, new Date(now.getTime() + 2000))).toBeNull();
    await expectAppError(logIn(database.db, { login: 'firm.user', password: 'Firm#20261' }, policy), 'unauthenticated');
  });
});

describe(`the audit log on ${testEngine}`, { timeout: 60_000 }, () => {
  it('recorded every account event in one intact chain', async () => {
    await recordAudit(database.db, {
      actor: 'account:1',
      action: 'enterprise.read',
      target: 'enterprise:91330402MA2B000001',
      origin: '10.0.0.8',
      details: { fields: ['tax'] },
    });
    const check = await verifyAuditLog(database.db);
    expect(check.intact).toBe(true);
    const actions = await database.db.selectFrom('audit_log').select('action').orderBy('sequence').execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'account.create',
        'account.login',
        'account.login_failed',
        'account.password_reset',
        'account.disable',
        'account.logout_everywhere',
        'enterprise.read',
      ]),
    );
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql`update audit_log set actor = 'x' where sequence = 1`.execute(database.db)).rejects.toThrow(
      /append-only/u,
    );
    await expect(sql`delete from audit_log where sequence = 1`.execute(database.db)).rejects.toThrow(/append-only/u);
    await expect(sql`truncate audit_log`.execute(database.db)).rejects.toThrow(/append-only/u);
  });

  it('detects a row changed behind the trigger’s back', async () => {
    const before = await verifyAuditLog(database.db);
    expect(before.intact).toBe(true);
    await database.db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(trx);
      await sql`update audit_log set target = 'account:999' where sequence = 3`.execute(trx);
      await sql`alter table audit_log enable trigger audit_log_append_only`.execute(trx);
    });
    expect(await verifyAuditLog(database.db)).toEqual({
      intact: false,
      entries: before.entries,
      firstBadSequence: 3,
      problem: 'hash_mismatch',
    });
  });

  it('exports the log for the auditor as CSV with neutralised text', async () => {
    await recordAudit(database.db, {
      actor: '=cmd()',
      action: 'account.login_failed',
      target: 'account:?',
      details: {},
    });
    const { csv, entries } = await exportAuditLog(database.db);
    expect(csv.startsWith('\uFEFF序号 sequence,')).toBe(true);
    expect(csv.split('\r\n').length - 2).toBe(entries);
    expect(csv).toContain(",'=cmd(),");
  });
});
