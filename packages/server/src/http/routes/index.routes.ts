/**
 * The cluster development index (产业集群发展指数): its definitions (every version; a bureau stores a new version
 * as data), the index of a period with scores and ranks per cluster, and the fixed-base series. Clusters only:
 * no enterprise's data leave through these. The indicator values are confidential cluster aggregates without
 * disclosure control, so like the monthly series the computed index is for roles with full access.
 */
import { z } from 'zod';
import { AppError } from '../../app-error.ts';
import { computeClusterIndex } from '../../services/cluster-index/compute-cluster-index.ts';
import { computeIndexSeries } from '../../services/cluster-index/compute-index-series.ts';
import { indexDefinitionSchema } from '../../services/cluster-index/index-definition-schema.ts';
import { listIndexDefinitions } from '../../services/cluster-index/list-index-definitions.ts';
import { storeIndexDefinition } from '../../services/cluster-index/store-index-definition.ts';
import { actorOf, permittedAudience } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, periodParam, yearParam } from '../schemas/common.schema.ts';

const definitionParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(@\d+)?$/, '指数定义应写作 ID 或 ID@版本 (a definition is ID or ID@VERSION)')
  .optional();

const resultHeader = {
  definition: z.object({
    id: z.string(),
    version: z.number(),
    digest: z.string(),
    name: bilingualName,
    system: z.string(),
    clusterLevel: z.number(),
  }),
  period: z.string(),
  inputDigest: z.string(),
  digest: z.string(),
  resultId: z.number(),
  computedAt: z.string(),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: bilingualName,
      dimension: z.string(),
      unit: z.string().nullable(),
      direction: z.number(),
      weight: z.number(),
      source: z.string(),
    }),
  ),
};
const nullableNumber = z.number().nullable();

/** Problems found in a definition name paths inside it; in a request they are inside the body. */
async function inBody<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed')
      throw new AppError(
        error.code,
        error.message,
        error.details.map((detail) => ({ ...detail, path: `body.${detail.path ?? ''}` })),
      );
    throw error;
  }
}

export const indexRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/index/definitions',
    summary: '产业集群发展指数定义（各版本）(cluster index definitions, every version)',
    tag: 'index',
    access: 'index.read',
    response: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        validFrom: z.number(),
        system: z.string(),
        name: bilingualName,
        digest: z.string(),
        source: z.string(),
        loadedBy: z.string(),
        loadedAt: z.string(),
        document: z.unknown(),
      }),
    ),
    handler: (context) => listIndexDefinitions(context.database.db),
  }),
  defineRoute({
    method: 'put',
    path: '/api/index/definitions/{id}',
    summary: '保存指数定义的新版本 (store a new version of a cluster index definition)',
    tag: 'index',
    access: 'index.define',
    params: z.object({ id: z.string().min(1) }),
    body: indexDefinitionSchema,
    response: z.object({
      id: z.string(),
      version: z.number(),
      digest: z.string(),
      status: z.enum(['added', 'unchanged']),
    }),
    handler: (context, { params, body, caller }) =>
      inBody(() => storeIndexDefinition(context.database.db, params.id, body, actorOf(caller))),
  }),
  defineRoute({
    method: 'get',
    path: '/api/index/clusters',
    summary: '产业集群发展指数：各集群得分、维度得分与位次 (the cluster index of a period, with ranks)',
    tag: 'index',
    access: 'index.read',
    query: z.object({ period: periodParam, definition: definitionParam }),
    response: z.object({
      ...resultHeader,
      clusters: z.array(
        z.object({
          cluster: z.string(),
          name: bilingualName,
          index: nullableNumber,
          rank: nullableNumber,
          rankInterval: z
            .object({ low: z.number(), high: z.number(), meanRank: z.number(), runs: z.number() })
            .nullable()
            .describe('5–95 % 位次区间 (rank interval over 300 runs with weights ±25 % and two normalisations)'),
          dimensions: z.array(z.object({ id: z.string(), score: nullableNumber, rank: nullableNumber })),
          indicators: z.array(z.object({ id: z.string(), value: nullableNumber, normalised: nullableNumber })),
        }),
      ),
      reference: z.array(
        z.object({
          unit: z.enum(['system', 'city']),
          indicators: z.array(z.object({ id: z.string(), value: nullableNumber })),
        }),
      ),
      messages: z.array(z.object({ stage: z.string(), severity: z.string(), code: z.string(), message: z.string() })),
    }),
    handler: (context, { query, caller }) => {
      permittedAudience(caller, { kind: 'full' });
      return computeClusterIndex(context.database.db, {
        period: query.period,
        definition: query.definition,
        computedBy: actorOf(caller),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/index/series',
    summary: '产业集群发展指数定基序列（基期 = 100）(the fixed-base series of the cluster index)',
    tag: 'index',
    access: 'index.read',
    query: z.object({ from: yearParam, to: yearParam, definition: definitionParam }),
    response: z.object({
      ...resultHeader,
      baseYear: z.number(),
      clusters: z.array(z.object({ id: z.string(), name: bilingualName })),
      units: z.array(
        z.object({
          unit: z.string(),
          kind: z.enum(['cluster', 'system', 'city']),
          points: z.array(
            z.object({
              year: z.number(),
              index: nullableNumber,
              dimensions: z.array(z.object({ id: z.string(), value: nullableNumber })),
            }),
          ),
        }),
      ),
      excluded: z.array(z.object({ unit: z.string(), indicator: z.string() })),
    }),
    handler: (context, { query, caller }) => {
      permittedAudience(caller, { kind: 'full' });
      return computeIndexSeries(context.database.db, {
        from: query.from,
        to: query.to,
        definition: query.definition,
        computedBy: actorOf(caller),
      });
    },
  }),
];
