/**
 * Registers route definitions on Hono as one chain per request: access → validate → handler → JSON.
 * Validation failures name the field; every error leaves through respondWithError.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import type { ApiContext } from './api-context.ts';
import { DownloadFile, type UploadedFile } from './download-file.ts';
import type { RouteDefinition } from './route-definition.ts';

function toHonoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** Validates every part of the request and reports all their problems at once. */
function validateParts(parts: { name: string; schema: z.ZodType | undefined; value: unknown }[]): unknown[] {
  const details: AppErrorDetail[] = [];
  const values = parts.map(({ name, schema, value }) => {
    if (!schema) return undefined;
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
      checkAccess(route, c, context);
      const raw = route.body ? await (route.bodyKind === 'multipart' ? readMultipart(c) : readBody(c)) : undefined;
      const [params, query, body] = validateParts([
        { name: 'params', schema: route.params, value: c.req.param() },
        { name: 'query', schema: route.query, value: queryObject(c) },
        { name: 'body', schema: route.body, value: raw },
      ]);
      const result = await route.handler(context, { params, query, body } as never);
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
