/**
 * A route is data: method, path, summary, the zod schemas of its parameters, query, body and response,
 * who may call it, and a handler. The same definitions register the Hono routes and generate the OpenAPI
 * document, so the documentation cannot drift from what the API validates.
 */
import type { Permission } from '@observatory/core';
import type { z } from 'zod';
import type { ApiContext } from './api-context.ts';
import type { Caller } from './caller.ts';

/**
 * Who may call: anyone (`public`: reference data, the published registry, health, log-in), any signed-in account
 * (`signed_in`: its own account), or a caller whose role holds the permission (scope is then applied to the rows,
 * see `scoping`). The admin bearer token acts as a city administrator.
 */
export type Access = 'public' | 'signed_in' | Permission;

export interface RouteDefinition<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style path: /api/regions/{id}. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  /**
   * Further permissions any one of which also opens the route (e.g. the role list for account.manage or
   * role.assign). A caller holding none of them is refused with the message of `access`.
   */
  alsoPermittedBy?: readonly Permission[];
  /**
   * `rows`: the handler narrows enterprise-level data to the caller's scope itself (callerDataScope /
   * assertAuthorized). Without it, a route whose permission is enterprise-level serves city-wide accounts only
   * (fail closed: a county or enterprise account gets 403 rather than a list it should not see).
   */
  scoping?: 'rows';
  params?: P;
  query?: Q;
  body?: B;
  /** json (default) or multipart/form-data (file uploads: each file arrives as an UploadedFile). */
  bodyKind?: 'json' | 'multipart';
  /** The response schema; for a file download, `binaryResponse` and the handler returns a DownloadFile. */
  response: z.ZodType;
  /** Media type of a file download (the handler returns a DownloadFile). */
  binaryResponse?: string;
  /** Status of a successful answer (200 unless it creates something). */
  status?: 200 | 201;
  handler: (
    context: ApiContext,
    input: {
      params: z.infer<P>;
      query: z.infer<Q>;
      body: z.infer<B>;
      /** null only on public routes without a session. */
      caller: Caller | null;
      /** The client's address, for the audit log. */
      origin: string;
    },
  ) => Promise<unknown>;
}

/** Keeps the generic types of one definition while collecting many in a list. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  definition: RouteDefinition<P, Q, B>,
): RouteDefinition {
  return definition as unknown as RouteDefinition;
}
