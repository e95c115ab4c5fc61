/** The HTTP API: security headers, body limit, the routes, OpenAPI, JSON errors. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../app-error.ts';
import { defaultReadLimits } from '../readers/index.ts';
import type { ApiContext } from './api-context.ts';
import { errorBody, respondWithError } from './error-response.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { rateLimit } from './rate-limit.ts';
import { registerRoutes } from './register-routes.ts';
import { serveWebApp, type WebAppOptions } from './web-app.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { enterpriseRoutes } from './routes/enterprise.routes.ts';
import { enterpriseSelfServiceRoutes } from './routes/enterprise-self-service.routes.ts';
import { evaluationRoutes } from './routes/evaluation.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { importRoutes } from './routes/import.routes.ts';
import { indexRoutes } from './routes/index.routes.ts';
import { statisticsRoutes } from './routes/statistics.routes.ts';
import { statisticsExplainRoutes } from './routes/statistics-explain.routes.ts';
import { referenceRoutes } from './routes/reference.routes.ts';
import { registryRoutes } from './routes/registry.routes.ts';
import { warningsRoutes } from './routes/warnings.routes.ts';
import { registerListRoutes } from './routes/registers.routes.ts';
import { chainsRoutes } from './routes/chains.routes.ts';
import { platformsRoutes } from './routes/platforms.routes.ts';
import { targetsRoutes } from './routes/targets.routes.ts';
import { poolsRoutes } from './routes/pools.routes.ts';
import { projectsRoutes } from './routes/projects.routes.ts';
import { rectificationRoutes } from './routes/rectification.routes.ts';

export const apiRoutes = [
  ...healthRoutes,
  ...authRoutes,
  ...referenceRoutes,
  ...registryRoutes,
  ...enterpriseRoutes,
  ...enterpriseSelfServiceRoutes,
  ...importRoutes,
  ...statisticsRoutes,
  ...statisticsExplainRoutes,
  ...evaluationRoutes,
  ...warningsRoutes,
  ...registerListRoutes,
  ...chainsRoutes,
  ...platformsRoutes,
  ...targetsRoutes,
  ...poolsRoutes,
  ...projectsRoutes,
  ...rectificationRoutes,
  ...indexRoutes,
  ...adminRoutes,
  ...auditRoutes,
];

const maxJsonBodyBytes = 2 * 1024 * 1024;
const maxUploadBytes = defaultReadLimits.maxFileBytes;

function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(
        errorBody(new AppError('payload_too_large', `请求体超过 ${maxSize / 1024 / 1024} MB (body too large)`)),
        413,
      ),
  });
}

export function createApp(
  context: ApiContext,
  options: { log?: (error: unknown) => void; web?: WebAppOptions } = {},
): Hono {
  const app = new Hono();
  app.use('*', secureHeaders());
  // Guessing passwords across many accounts from one address: 20 attempts a minute (each account also locks).
  app.use('/api/auth/login', rateLimit({ limit: context.loginAttemptsPerMinute ?? 20, windowMs: 60_000 }));
  // Scraping or enumerating from one address: the whole API, per minute.
  app.use('/api/*', rateLimit({ limit: context.requestsPerMinute ?? 1200, windowMs: 60_000 }));
  // Uploads may be as large as the readers accept; every other request body is small JSON.
  app.use('/api/imports', limitBody(maxUploadBytes));
  app.use('/api/*', async (c, next) => (c.req.path === '/api/imports' ? next() : limitBody(maxJsonBodyBytes)(c, next)));
  const openApi = buildOpenApiDocument(apiRoutes, context.version);
  app.get('/api/openapi.json', (c) => c.json(openApi));
  registerRoutes(app, apiRoutes, context);
  void serveWebApp(app, options.web ?? null).catch(() => {
    // an asset that cannot be read now is read (or refused) when asked for
  });
  app.notFound((c) =>
    c.json(errorBody(new AppError('not_found', `没有这个接口 ${c.req.method} ${c.req.path} (no such endpoint)`)), 404),
  );
  app.onError((error, c) => respondWithError(error, c, options.log));
  return app;
}
