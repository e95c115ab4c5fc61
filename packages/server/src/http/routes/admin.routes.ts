/**
 * The system administrator's pages (三员): the account list (never a hash or secret), creating an account (the
 * generated initial password and a TOTP secret are answered once, as `observatory user create` prints them),
 * disabling one and resetting its password; and the roles with their permissions, which the security
 * administrator reads too. The acting administrator is the caller's own account, never a name from the body.
 */
import { PASSWORD_POLICY_PRESETS, ROLE_DEFINITIONS } from '@observatory/core';
import { z } from 'zod';
import { resetPassword } from '../../services/access/change-password.ts';
import { createAccount } from '../../services/access/create-account.ts';
import { disableAccount } from '../../services/access/disable-account.ts';
import { listAccountSummaries } from '../../services/access/list-accounts.ts';
import { listRoles } from '../../services/access/list-roles.ts';
import type { ApiContext } from '../api-context.ts';
import { requireCaller } from '../caller-access.ts';
import type { Caller } from '../caller.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName } from '../schemas/common.schema.ts';

const loginParam = z.object({ login: z.string().min(1).max(64) });
const policyOf = (context: ApiContext) => context.passwordPolicy ?? PASSWORD_POLICY_PRESETS.djcp2;
/** The audit log's name of the acting administrator: `account:<id>` (or `token:admin`). */
const adminOf = (caller: Caller | null) => requireCaller(caller).subject.accountId;

const accountSchema = z
  .object({
    login: z.string(),
    displayName: z.string(),
    role: z.string(),
    roleName: bilingualName,
    scope: z.string().nullable(),
    secondFactor: z.boolean(),
    disabled: z.boolean(),
    locked: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'Account' });

const roleSchema = z
  .object({
    role: z.string(),
    name: bilingualName,
    scopeKind: z.enum(['city', 'unit', 'cluster', 'enterprise', 'none']),
    secondFactorRequired: z.boolean(),
    separatedAdministrator: z.boolean(),
    permissions: z.array(
      z.object({ permission: z.string(), name: bilingualName, enterpriseLevel: z.boolean(), writes: z.boolean() }),
    ),
  })
  .meta({ id: 'Role' });

export const adminRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/admin/accounts',
    summary: '账号列表：角色、范围、停用、锁定、最近登录、是否须改密 (accounts; never a hash or secret)',
    tag: 'admin',
    access: 'account.manage',
    response: z.array(accountSchema),
    handler: async (context) =>
      (await listAccountSummaries(context.database.db)).map((account) => ({
        login: account.login,
        displayName: account.name,
        role: account.role,
        roleName: ROLE_DEFINITIONS[account.role]?.name ?? { zh: account.role, en: account.role },
        scope: account.scope,
        secondFactor: account.secondFactor,
        disabled: account.disabled,
        locked: account.locked,
        mustChangePassword: account.mustChangePassword,
        lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
      })),
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/accounts',
    summary:
      '创建账号；初始密码（及动态口令密钥）仅此一次返回 (create an account; the initial password is answered once)',
    tag: 'admin',
    access: 'account.manage',
    status: 201,
    body: z.object({
      login: z.string().min(1).max(64),
      displayName: z.string().min(1).max(100),
      role: z.string().min(1),
      unit: z.string().min(1).optional(),
      cluster: z.string().min(1).optional(),
      uscc: z.string().min(1).max(40).optional(),
    }),
    response: z.object({
      id: z.number(),
      login: z.string(),
      role: z.string(),
      initialPassword: z.string(),
      totpSecret: z.string().nullable(),
      totpUri: z.string().nullable(),
    }),
    handler: async (context, { body, caller, origin }) => {
      const created = await createAccount(
        context.database.db,
        {
          login: body.login,
          displayName: body.displayName,
          role: body.role,
          reportingUnitId: body.unit ?? null,
          cluster: body.cluster ?? null,
          uscc: body.uscc ?? null,
        },
        { policy: policyOf(context), createdBy: adminOf(caller), origin },
      );
      return { ...created, initialPassword: created.initialPassword! };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/accounts/{login}/disable',
    summary: '停用账号并结束其全部会话 (disable an account and end all its sessions)',
    tag: 'admin',
    access: 'account.manage',
    params: loginParam,
    body: z.object({ reason: z.string().trim().min(1).max(1000) }),
    response: z.object({ login: z.string(), disabled: z.literal(true), sessionsEnded: z.number() }),
    handler: async (context, { params, body, caller, origin }) => {
      const { sessionsEnded } = await disableAccount(context.database.db, params.login, {
        disabledBy: adminOf(caller),
        reason: body.reason,
        origin,
      });
      return { login: params.login.trim().toLowerCase(), disabled: true as const, sessionsEnded };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/admin/accounts/{login}/reset',
    summary: '重置密码：临时密码仅此一次返回，登录后须修改，其会话全部结束 (reset the password; answered once)',
    tag: 'admin',
    access: 'account.manage',
    params: loginParam,
    response: z.object({ login: z.string(), temporaryPassword: z.string() }),
    handler: async (context, { params, caller, origin }) => ({
      login: params.login.trim().toLowerCase(),
      temporaryPassword: await resetPassword(context.database.db, params.login, {
        policy: policyOf(context),
        resetBy: adminOf(caller),
        origin,
      }),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/admin/roles',
    summary: '角色及其数据范围与权限 (the roles with their scope kind and named permissions)',
    tag: 'admin',
    access: 'account.manage',
    alsoPermittedBy: ['role.assign'],
    response: z.array(roleSchema),
    handler: async () => listRoles(),
  }),
];
