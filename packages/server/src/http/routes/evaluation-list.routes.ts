/**
 * A run's list as an .xlsx: `version=public` (default) is the published list (公布名单) of a published run —
 * refused with 409 before publication; it holds nothing confidential, so every holder of evaluation.read may have
 * it. `version=full` has everything per enterprise (any status): evaluation.export_full and a city-wide scope.
 */
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { exportEvaluationList, XLSX_MEDIA_TYPE } from '../../services/evaluation/export-evaluation-list.ts';
import { assertAuthorized, callerDataScope } from '../caller-access.ts';
import { DownloadFile } from '../download-file.ts';
import { defineRoute } from '../route-definition.ts';

export const evaluationListRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/evaluation/runs/{id}/list.xlsx',
    summary:
      '评价结果名单 xlsx：public 为公布名单（仅已发布批次，不含保密数据），full 为完整清单 (the published list, or the full list)',
    tag: 'evaluation',
    access: 'evaluation.read',
    scoping: 'rows',
    params: z.object({ id: z.coerce.number().int().positive() }),
    query: z.object({ version: z.enum(['public', 'full']).default('public') }),
    response: z.string(),
    binaryResponse: XLSX_MEDIA_TYPE,
    handler: async (context, { params, query, caller }) => {
      if (query.version === 'full') {
        assertAuthorized(caller, 'evaluation.export_full', {});
        if (callerDataScope(caller, 'evaluation.export_full').kind !== 'all')
          throw new AppError('forbidden', '完整清单仅限全市范围的账号 (the full list is for city-wide accounts only)');
      }
      const file = await exportEvaluationList(context.database.db, params.id, query.version);
      return new DownloadFile(file.fileName, XLSX_MEDIA_TYPE, file.bytes);
    },
  }),
];
