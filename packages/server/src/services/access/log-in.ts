/**
 * Logging in: password (argon2id), then the TOTP code where the role requires it or the account enrolled;
 * failed attempts counted and the account locked for the policy's minutes at its threshold; a disabled or locked
 * account and a wrong login or password all answer the same way, so the answer does not tell which logins exist.
 * Success opens a session: a random token for an HttpOnly cookie (only its SHA-256 is stored) and a CSRF token.
 * Every attempt is audited.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ROLE_DEFINITIONS, type AccessSubject, type PasswordPolicy } from '@observatory/core';
import { AppError } from '../../app-error.ts';
import { findAccountByLogin, updateAccount } from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { insertSession } from '../../repositories/session.repository.ts';
import { subjectOfAccount } from './account-subject.ts';
import { decoyPasswordHash, verifyPassword } from './password-hashing.ts';
import { recordAudit } from './record-audit.ts';
import { SESSION_ABSOLUTE_MS } from './session-limits.ts';
import { matchTotp } from './totp.ts';

export interface LogInRequest {
  login: string;
  password: string;
  totpCode?: string | null;
  origin?: string | null;
  userAgent?: string | null;
  now?: Date;
}

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  subject: AccessSubject;
  mustChangePassword: boolean;
}

export const sessionTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const refused = () =>
  new AppError(
    'unauthenticated',
    '账号或密码错误，或账号已停用/锁定 (wrong login or password, or the account is disabled or locked)',
  );

export async function logIn(db: Queryable, request: LogInRequest, policy: PasswordPolicy): Promise<OpenedSession> {
  const now = request.now ?? new Date();
  const login = request.login.trim().toLowerCase();
  const origin = request.origin ?? null;
  const account = await findAccountByLogin(db, login);
  if (account === undefined) {
    await verifyPassword(await decoyPasswordHash(), request.password);
    await recordAudit(db, {
      actor: `login:${login}`,
      action: 'account.login_failed',
      target: 'account:?',
      origin,
      details: { reason: 'unknown_login' },
    });
    throw refused();
  }
  const target = `account:${account.id}`;
  const fail = async (reason: string) => {
    await recordAudit(db, { actor: target, action: 'account.login_failed', target, origin, details: { reason } });
    return refused();
  };
  if (account.disabled_at !== null) throw await fail('disabled');
  if (account.locked_until !== null && account.locked_until > now) throw await fail('locked');
  if (!(await verifyPassword(account.password_hash, request.password))) {
    const failures = account.failed_logins + 1;
    const lock = failures >= policy.lockoutThreshold;
    await updateAccount(db, account.id, {
      failed_logins: lock ? 0 : failures,
      locked_until: lock ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : account.locked_until,
    });
    throw await fail(lock ? 'wrong_password_locked' : 'wrong_password');
  }
  const needsCode =
    ROLE_DEFINITIONS[subjectOfAccount(account).role].secondFactorRequired || account.totp_secret !== null;
  if (needsCode) {
    if (account.totp_secret === null) throw await fail('second_factor_not_enrolled');
    if (!request.totpCode)
      throw new AppError('unauthenticated', '请输入动态口令 (a one-time code is required)', [
        { path: 'totpCode', message: 'second_factor_required' },
      ]);
    const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
    const step = matchTotp(account.totp_secret, request.totpCode, now, lastStep);
    if (step === null) {
      await updateAccount(db, account.id, { failed_logins: account.failed_logins + 1 });
      throw await fail('wrong_second_factor');
    }
    await updateAccount(db, account.id, { totp_last_step: step });
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.transaction().execute(async (trx) => {
    await updateAccount(trx, account.id, { failed_logins: 0, locked_until: null });
    await insertSession(trx, {
      token_hash: sessionTokenHash(token),
      account_id: account.id,
      csrf_token: csrfToken,
      second_factor_passed: needsCode,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
      origin,
      user_agent: request.userAgent ?? null,
    });
    await recordAudit(trx, {
      actor: target,
      action: 'account.login',
      target,
      origin,
      details: { secondFactor: needsCode },
    });
  });
  return {
    token,
    csrfToken,
    expiresAt,
    subject: subjectOfAccount(account),
    mustChangePassword: account.must_change_password,
  };
}
