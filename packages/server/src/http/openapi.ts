/** Generates the OpenAPI 3.1 document from the route definitions (the same schemas that validate requests). */
import { z } from 'zod';
import type { RouteDefinition } from './route-definition.ts';
import { errorBodySchema } from './schemas/common.schema.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } },
});

export function buildOpenApiDocument(routes: readonly RouteDefinition[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {
      [String(route.status ?? 200)]: {
        description: 'OK',
        content: route.binaryResponse
          ? { [route.binaryResponse]: { schema: { type: 'string', format: 'binary' } } }
          : { 'application/json': { schema: jsonSchema(route.response, 'output') } },
      },
      400: errorResponse('请求无效 (invalid request)'),
      500: errorResponse('服务器内部错误 (internal error)'),
    };
    if (route.params) responses[404] = errorResponse('未找到 (not found)');
    if (route.access !== 'public') {
      responses[401] = errorResponse('未认证 (not authenticated)');
      responses[403] = errorResponse('无权限 (forbidden)');
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                [route.bodyKind === 'multipart' ? 'multipart/form-data' : 'application/json']: {
                  schema: jsonSchema(route.body, 'input'),
                },
              },
            },
          }
        : {}),
      ...(route.access === 'public' ? {} : { security: [{ sessionCookie: [] }, { adminToken: [] }] }),
      ...(route.access === 'public' || route.access === 'signed_in' ? {} : { 'x-permission': route.access }),
      ...(route.alsoPermittedBy ? { 'x-also-permitted-by': route.alsoPermittedBy } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cluster Observatory API (产业集群监测评价平台)',
      version,
      description: '嘉兴市产业集群监测评价平台接口。Errors are {"error":{"code","message","details"}}.',
    },
    components: {
      securitySchemes: {
        adminToken: { type: 'http', scheme: 'bearer' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'observatory_session' },
      },
    },
    paths,
  };
}
