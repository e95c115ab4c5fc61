/**
 * Who a session token belongs to, checked on every request: the session is open, used within the idle limit,
 * inside its absolute limit, not older than the account's "log out everywhere", and the account is not disabled.
 * A session that fails a check is ended with the reason. Returns null when there is no valid session.
 */
import type { AccessSubject } from '@observatory/core';
import { findAccountById } from '../../repositories/account.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { endSession, findOpenSession, touchSession } from '../../repositories/session.repository.ts';
import { subjectOfAccount } from './account-subject.ts';
import { sessionTokenHash } from './log-in.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-limits.ts';

export interface ResolvedSession {
  subject: AccessSubject;
  accountId: number;
  login: string;
  displayName: string;
  csrfToken: string;
  tokenHash: string;
  mustChangePassword: boolean;
}

export async function resolveSession(db: Queryable, token: string, now = new Date()): Promise<ResolvedSession | null> {
  if (token.length < 20 || token.length > 200) return null;
  const tokenHash = sessionTokenHash(token);
  const session = await findOpenSession(db, tokenHash);
  if (session === undefined) return null;
  const account = await findAccountById(db, session.account_id);
  const reason =
    account === undefined || account.disabled_at !== null
      ? 'account_disabled'
      : now >= session.expires_at
        ? 'absolute_timeout'
        : now.getTime() - session.last_seen_at.getTime() >= SESSION_IDLE_MS
          ? 'idle_timeout'
          : session.created_at < account.sessions_valid_after
            ? 'logged_out_everywhere'
            : null;
  if (reason !== null || account === undefined) {
    await endSession(db, tokenHash, now, reason ?? 'account_disabled');
    return null;
  }
  if (now.getTime() - session.last_seen_at.getTime() >= SESSION_TOUCH_MS) await touchSession(db, tokenHash, now);
  return {
    subject: subjectOfAccount(account),
    accountId: account.id,
    login: account.login,
    displayName: account.display_name,
    csrfToken: session.csrf_token,
    tokenHash,
    mustChangePassword: account.must_change_password,
  };
}
