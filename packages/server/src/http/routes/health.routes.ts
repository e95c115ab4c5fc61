/** GET /api/health: the server answers and its database is reachable. */
import { z } from 'zod';
import { checkDatabase } from '../../services/system/check-database.ts';
import { defineRoute } from '../route-definition.ts';

export const healthRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/health',
    summary: '服务健康状态 (health of the server and its database)',
    tag: 'system',
    access: 'public',
    response: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string() }),
    handler: async (context) => ({
      status: 'ok',
      database: await checkDatabase(context.database),
      version: context.version,
    }),
  }),
];
