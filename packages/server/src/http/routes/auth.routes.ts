/**
 * Signing in and out: POST /api/auth/login opens a session (HttpOnly cookie + a CSRF token in the answer, to be
 * sent as X-CSRF-Token on every change), GET /api/auth/me says who the caller is and what the role may do (and
 * answers the session's CSRF token again, so a reloaded page can recover it),
 * POST /api/auth/logout ends this session or all of the account's, POST /api/auth/password changes the own
 * password (required before anything else after a generated or reset one).
 */
import { PASSWORD_POLICY_PRESETS, ROLE_DEFINITIONS, type AccessScope } from '@observatory/core';
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { changeOwnPassword } from '../../services/access/change-password.ts';
import { logIn } from '../../services/access/log-in.ts';
import { logOut } from '../../services/access/log-out.ts';
import type { Caller } from '../caller.ts';
import { defineRoute } from '../route-definition.ts';
import { SessionResponse } from '../session-cookie.ts';
import { bilingualName } from '../schemas/common.schema.ts';

const scopeSchema = z.union([
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('unit'), reportingUnitId: z.string() }),
  z.object({ kind: z.literal('cluster'), systemId: z.string(), clusterId: z.string() }),
  z.object({ kind: z.literal('enterprise'), uscc: z.string() }),
]);

const whoSchema = z
  .object({
    login: z.string(),
    displayName: z.string(),
    role: z.string(),
    roleName: bilingualName,
    scope: scopeSchema,
    permissions: z.array(z.string()),
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'Caller' });

function who(caller: {
  login: string;
  displayName: string;
  subject: { role: keyof typeof ROLE_DEFINITIONS; scope: AccessScope };
  mustChangePassword: boolean;
}) {
  const role = ROLE_DEFINITIONS[caller.subject.role];
  return {
    login: caller.login,
    displayName: caller.displayName,
    role: caller.subject.role,
    roleName: role.name,
    scope: caller.subject.scope,
    permissions: [...role.permissions],
    mustChangePassword: caller.mustChangePassword,
  };
}

function sessionOf(caller: Caller | null): Caller & { accountId: number; tokenHash: string } {
  if (caller === null || caller.via !== 'session' || caller.accountId === null || caller.tokenHash === null)
    throw new AppError(
      'validation_failed',
      '此操作需要账号会话，不适用于管理令牌 (this needs an account session, not the admin token)',
    );
  return caller as Caller & { accountId: number; tokenHash: string };
}

export const authRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/auth/login',
    summary: '登录 (sign in with login, password and, where required, a one-time code)',
    tag: 'auth',
    access: 'public',
    body: z.object({
      login: z.string().min(1).max(64),
      password: z.string().min(1).max(1024),
      totpCode: z.string().max(12).optional(),
    }),
    response: whoSchema.extend({ csrfToken: z.string(), expiresAt: z.string() }),
    handler: async (context, { body, origin }) => {
      const opened = await logIn(
        context.database.db,
        { login: body.login, password: body.password, totpCode: body.totpCode ?? null, origin },
        context.passwordPolicy ?? PASSWORD_POLICY_PRESETS.djcp2,
      );
      const account = await context.database.db
        .selectFrom('account')
        .select(['login', 'display_name'])
        .where('id', '=', Number(opened.subject.accountId.slice('account:'.length)))
        .executeTakeFirstOrThrow();
      return new SessionResponse(
        {
          ...who({
            login: account.login,
            displayName: account.display_name,
            subject: opened.subject,
            mustChangePassword: opened.mustChangePassword,
          }),
          csrfToken: opened.csrfToken,
          expiresAt: opened.expiresAt.toISOString(),
        },
        { token: opened.token, expiresAt: opened.expiresAt },
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/auth/me',
    summary:
      '当前用户、权限及本会话的 CSRF 令牌（管理令牌为 null）(the caller, its role, scope, permissions and the session CSRF token)',
    tag: 'auth',
    access: 'signed_in',
    response: whoSchema.extend({ csrfToken: z.string().nullable() }),
    handler: async (_context, { caller }) => ({ ...who(caller!), csrfToken: caller!.csrfToken }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/logout',
    summary: '退出登录；everywhere=true 时结束该账号的全部会话 (sign out here or everywhere)',
    tag: 'auth',
    access: 'signed_in',
    body: z.object({ everywhere: z.boolean().default(false) }),
    response: z.object({ loggedOut: z.literal(true), everywhere: z.boolean() }),
    handler: async (context, { body, caller, origin }) => {
      const session = sessionOf(caller);
      await logOut(context.database.db, session, { everywhere: body.everywhere, origin });
      return new SessionResponse({ loggedOut: true, everywhere: body.everywhere }, 'clear');
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/auth/password',
    summary: '修改本人密码，其它会话随之结束 (change the own password; other sessions end)',
    tag: 'auth',
    access: 'signed_in',
    body: z.object({ oldPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }),
    response: z.object({ changed: z.literal(true) }),
    handler: async (context, { body, caller, origin }) => {
      const session = sessionOf(caller);
      await changeOwnPassword(
        context.database.db,
        {
          login: session.login,
          oldPassword: body.oldPassword,
          newPassword: body.newPassword,
          keepSessionHash: session.tokenHash,
          origin,
        },
        context.passwordPolicy ?? PASSWORD_POLICY_PRESETS.djcp2,
      );
      return { changed: true as const };
    },
  }),
];
