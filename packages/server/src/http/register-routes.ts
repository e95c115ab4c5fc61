/**
 * Registers route definitions on Hono as one chain per request: access → validate → handler → JSON.
 * Validation failures name the field; every error leaves through respondWithError.
 */
import { timingSafeEqual } from 'node:crypto';
import { authorize, hasPermission, PERMISSION_INFO, scopeKey } from '@observatory/core';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import type { ApiContext } from './api-context.ts';
import { DownloadFile, type UploadedFile } from './download-file.ts';
import { recordAudit } from '../services/access/record-audit.ts';
import { resolveSession } from '../services/access/resolve-session.ts';
import { adminTokenCaller, type Caller } from './caller.ts';
import { clientAddress } from './rate-limit.ts';
import type { RouteDefinition } from './route-definition.ts';
import {
  clearSessionCookie,
  CSRF_HEADER,
  readSessionToken,
  SessionResponse,
  writeSessionCookie,
} from './session-cookie.ts';

function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Where a value holds a NUL character (PostgreSQL text cannot store one): the paths, e.g. `query.unit`. */
function nulCharacterPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulCharacterPaths(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array))
    return Object.entries(value).flatMap(([key, item]) => nulCharacterPaths(item, `${path}.${key}`));
  return [];
}

/** Validates every part of the request and reports all their problems at once. */
function validateParts(parts: { name: string; schema: z.ZodType | undefined; value: unknown }[]): unknown[] {
  const details: AppErrorDetail[] = [];
  const values = parts.map(({ name, schema, value }) => {
    if (!schema) return undefined;
    const nulPaths = nulCharacterPaths(value, name);
    if (nulPaths.length > 0) {
      details.push(...nulPaths.map((path) => ({ path, message: '含有 NUL 字符 (contains a NUL character)' })));
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    details.push(
      ...result.error.issues.map((issue) => ({ path: [name, ...issue.path].join('.'), message: issue.message })),
    );
    return undefined;
  });
  if (details.length > 0) {
    const names = [...new Set(details.map((detail) => detail.path!.split('.')[0]))].join(', ');
    throw new AppError('validation_failed', `请求无效：${names} (invalid request ${names})`, details);
  }
  return values;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The caller of a request: a bearer token (only the admin token exists) or the session cookie; null for neither. */
async function identifyCaller(c: Context, context: ApiContext): Promise<Caller | null> {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!token) throw new AppError('unauthenticated', '认证头格式无效 (malformed Authorization header)');
    if (context.adminToken === null)
      throw new AppError(
        'forbidden',
        '未配置管理令牌，令牌访问已禁用 (token access is disabled: no admin token configured)',
      );
    if (!sameSecret(token, context.adminToken)) throw new AppError('unauthenticated', '令牌无效 (invalid token)');
    return adminTokenCaller;
  }
  const sessionToken = readSessionToken(c);
  if (sessionToken === null) return null;
  const session = await resolveSession(context.database.db, sessionToken);
  if (session === null) return null;
  return {
    subject: session.subject,
    via: 'session',
    accountId: session.accountId,
    login: session.login,
    displayName: session.displayName,
    csrfToken: session.csrfToken,
    tokenHash: session.tokenHash,
    mustChangePassword: session.mustChangePassword,
  };
}

const unsafeMethods = new Set(['post', 'put', 'delete', 'patch']);

/** 401 without a caller, 403 for a caller whose role lacks the route's permission, CSRF for cookie sessions. */
function checkAccess(route: RouteDefinition, c: Context, caller: Caller | null): void {
  if (route.access === 'public') return;
  if (caller === null) throw new AppError('unauthenticated', '需要登录 (authentication required)');
  if (caller.via === 'session' && unsafeMethods.has(route.method)) {
    const given = c.req.header(CSRF_HEADER) ?? '';
    if (caller.csrfToken === null || !sameSecret(given, caller.csrfToken))
      throw new AppError('forbidden', '缺少或错误的 CSRF 令牌 (missing or wrong CSRF token)');
  }
  if (route.access === 'signed_in') return;
  if (caller.mustChangePassword)
    throw new AppError('forbidden', '请先修改初始密码 (change the initial password first)');
  const permitted = [route.access, ...(route.alsoPermittedBy ?? [])].some((permission) =>
    hasPermission(caller.subject, permission),
  );
  if (!permitted) {
    const decision = authorize(caller.subject, route.access);
    const message = decision.allowed ? '无权限 (forbidden)' : `${decision.message.zh} (${decision.message.en})`;
    throw new AppError('forbidden', message);
  }
  if (PERMISSION_INFO[route.access].enterpriseLevel && route.scoping !== 'rows' && caller.subject.scope.kind !== 'city')
    throw new AppError('forbidden', '此接口仅限全市范围的账号 (this endpoint serves city-wide accounts only)');
}

/** Changes and reads of enterprise-level data go into the audit log (who, what, when, from where). */
function auditedAction(route: RouteDefinition): string | null {
  if (route.access === 'public' || route.access === 'signed_in') return null;
  const writes = unsafeMethods.has(route.method);
  if (writes || PERMISSION_INFO[route.access].enterpriseLevel) return route.access;
  return null;
}

function queryObject(c: Context): Record<string, string | string[]> {
  const all = c.req.queries();
  return Object.fromEntries(
    Object.entries(all).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]),
  );
}

/** A multipart form as a plain object: text fields as strings, files as UploadedFile. */
async function readMultipart(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError('validation_failed', '请求体应为 multipart/form-data (the body must be multipart/form-data)');
  }
  const form = await c.req.parseBody();
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(form)) {
    if (value instanceof File)
      fields[name] = {
        name: value.name,
        type: value.type,
        bytes: new Uint8Array(await value.arrayBuffer()),
      } satisfies UploadedFile;
    else if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

async function readBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('validation_failed', '请求体应为 JSON (the body must be application/json)');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('validation_failed', '请求体不是有效的 JSON (the body is not valid JSON)');
  }
}

export function registerRoutes(app: Hono, routes: readonly RouteDefinition[], context: ApiContext): void {
  for (const route of routes) {
    app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
      const caller = await identifyCaller(c, context);
      checkAccess(route, c, caller);
      const origin = clientAddress(c);
      const raw = route.body ? await (route.bodyKind === 'multipart' ? readMultipart(c) : readBody(c)) : undefined;
      const [params, query, body] = validateParts([
        { name: 'params', schema: route.params, value: c.req.param() },
        { name: 'query', schema: route.query, value: queryObject(c) },
        { name: 'body', schema: route.body, value: raw },
      ]);
      const result = await route.handler(context, { params, query, body, caller, origin } as never);
      const action = auditedAction(route);
      if (action !== null && caller !== null)
        await recordAudit(context.database.db, {
          actor: caller.subject.accountId,
          action,
          target: c.req.path,
          origin,
          details: { method: route.method.toUpperCase(), query: queryObject(c), scope: scopeKey(caller.subject.scope) },
        });
      if (result instanceof SessionResponse) {
        const secure = context.secureCookies ?? true;
        if (result.cookie === 'clear') clearSessionCookie(c, secure);
        else writeSessionCookie(c, result.cookie.token, result.cookie.expiresAt, secure);
        return c.json(result.body, route.status ?? 200);
      }
      if (result instanceof DownloadFile) {
        return c.body(result.bytes as Uint8Array<ArrayBuffer>, 200, {
          'content-type': result.contentType,
          'content-disposition': result.contentDisposition(),
        });
      }
      return c.json(result as object, route.status ?? 200);
    });
  }
}
