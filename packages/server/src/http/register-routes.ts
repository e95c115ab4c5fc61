/**
 * Registers route definitions on Hono as one chain per request: access → validate → handler → JSON.
 * Validation failures name the field; every error leaves through respondWithError.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError } from '../app-error.ts';
import type { ApiContext } from './api-context.ts';
import type { RouteDefinition } from './route-definition.ts';

function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function validate(schema: z.ZodType | undefined, value: unknown, part: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    'validation_failed',
    `请求${part}无效 (invalid request ${part})`,
    result.error.issues.map((issue) => ({ path: [part, ...issue.path].join('.'), message: issue.message })),
  );
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Until accounts exist (issue "Accounts, roles"), writes need the configured admin bearer token. */
function checkAccess(route: RouteDefinition, c: Context, context: ApiContext): void {
  if (route.access === 'public') return;
  const header = c.req.header('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!token) throw new AppError('unauthenticated', '需要登录或管理令牌 (authentication required)');
  if (context.adminToken === null)
    throw new AppError('forbidden', '未配置管理令牌，写操作已禁用 (writes are disabled: no admin token configured)');
  if (!sameSecret(token, context.adminToken)) throw new AppError('unauthenticated', '管理令牌无效 (invalid token)');
}

function queryObject(c: Context): Record<string, string | string[]> {
  const all = c.req.queries();
  return Object.fromEntries(
    Object.entries(all).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]),
  );
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
      checkAccess(route, c, context);
      const params = validate(route.params, c.req.param(), 'params');
      const query = validate(route.query, queryObject(c), 'query');
      const body = route.body ? validate(route.body, await readBody(c), 'body') : undefined;
      const result = await route.handler(context, { params, query, body } as never);
      return c.json(result as object, route.status ?? 200);
    });
  }
}
