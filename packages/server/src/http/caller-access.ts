/**
 * What handlers ask of the caller: its data scope for a permission (a filter for lists), a decision on one
 * resource (403 outside the scope), the person acting (a session's own login, never a name from the body),
 * and the disclosure audience it may receive. The rules themselves live in core's access module.
 */
import { dataScope, ROLE_DEFINITIONS, type AccessResource, type DataScope, type Permission } from '@observatory/core';
import { AppError } from '../app-error.ts';
import { assertAuthorized as assertSubjectAuthorized } from '../services/access/assert-authorized.ts';
import type { Audience } from '../services/disclosure/protect-cluster-table.ts';
import type { Caller } from './caller.ts';

export function requireCaller(caller: Caller | null): Caller {
  if (caller === null) throw new AppError('unauthenticated', '需要登录 (authentication required)');
  return caller;
}

/** The rows of enterprise-level data the caller may see under the permission. */
export function callerDataScope(caller: Caller | null, permission: Permission): DataScope {
  return dataScope(requireCaller(caller).subject, permission);
}

/** Throws 403 unless the caller may use the permission on this resource. */
export function assertAuthorized(caller: Caller | null, permission: Permission, resource: AccessResource): void {
  assertSubjectAuthorized(requireCaller(caller).subject, permission, resource);
}

/**
 * Who performs an action, for records such as 提交人 and 审核人: a session caller is its own login (a different
 * name in the request is refused, so nobody approves in another's name); the admin token has no person behind
 * it, so the request must name one.
 */
export function actingPerson(caller: Caller | null, claimed: string | null | undefined, field: string): string {
  const who = requireCaller(caller);
  if (who.via === 'session') {
    if (claimed !== undefined && claimed !== null && claimed !== who.login)
      throw new AppError(
        'forbidden',
        `不能以他人名义操作：${field} 应为 ${who.login} (you cannot act in another's name: ${field} must be ${who.login})`,
        [{ path: `body.${field}`, message: `must be ${who.login}` }],
      );
    return who.login;
  }
  if (claimed === undefined || claimed === null || claimed.trim() === '')
    throw new AppError('validation_failed', `令牌调用须填写 ${field} (token calls must name ${field})`, [
      { path: `body.${field}`, message: 'required' },
    ]);
  return claimed;
}

/**
 * The audience whose disclosure control the caller's aggregates get: the requested one when the caller's role
 * may receive it, else 403. Full access may ask for any audience (to preview the public view); a unit's staff for
 * their own unit or the public; everyone else the public view only.
 */
export function permittedAudience(caller: Caller | null, requested: Audience): Audience {
  const who = requireCaller(caller);
  const own = ROLE_DEFINITIONS[who.subject.role].audience;
  if (own === 'full' || requested.kind === 'public') return requested;
  if (
    own === 'unit' &&
    requested.kind === 'unit' &&
    who.subject.scope.kind === 'unit' &&
    requested.reportingUnitId === who.subject.scope.reportingUnitId
  )
    return requested;
  const label = requested.kind === 'unit' ? `unit:${requested.reportingUnitId}` : requested.kind;
  throw new AppError(
    'forbidden',
    `您的角色不能接收 ${label} 口径的数据 (your role may not receive the ${label} audience)`,
    [{ path: 'query.audience', message: `not permitted: ${label}` }],
  );
}

/** The name recorded for an action the caller takes (import, rollback, computation): its login. */
export function actorOf(caller: Caller | null): string {
  return requireCaller(caller).login;
}
