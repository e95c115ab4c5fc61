/** The cluster registry: systems, clusters, targets; a system replaced as a whole by PUT. */
import { registryFileSchema } from '@observatory/core';
import { z } from 'zod';
import {
  getFullRegistry,
  getRegistryCluster,
  getRegistrySystem,
  listRegistrySystems,
} from '../../services/registry/get-registry.ts';
import { replaceClusterSystem } from '../../services/registry/replace-cluster-system.ts';
import { defineRoute } from '../route-definition.ts';
import { clusterSchema, systemDetailSchema, systemSchema, targetSchema } from '../schemas/registry.schema.ts';

export const registryRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/registry/systems',
    summary: '集群体系（口径）列表 (cluster systems)',
    tag: 'registry',
    access: 'public',
    response: z.array(systemSchema),
    handler: (context) => listRegistrySystems(context.database.db),
  }),
  defineRoute({
    method: 'get',
    path: '/api/registry',
    summary: '完整集群名录 (the whole registry: systems, clusters, designations, zones, catalogue, targets)',
    tag: 'registry',
    access: 'public',
    response: z.array(systemDetailSchema),
    handler: (context) => getFullRegistry(context.database.db),
  }),
  defineRoute({
    method: 'get',
    path: '/api/registry/systems/{id}',
    summary: '一个集群体系及其全部内容 (one system with everything in it)',
    tag: 'registry',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: systemDetailSchema,
    handler: (context, { params }) => getRegistrySystem(context.database.db, params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/api/registry/systems/{id}',
    summary: '替换或新增一个集群体系 (replace or add a system; body has the shape of a registry file)',
    tag: 'registry',
    access: 'registry.write',
    params: z.object({ id: z.string() }),
    body: registryFileSchema,
    response: z.object({ system: z.string(), clusters: z.number(), targets: z.number() }),
    handler: (context, { params, body }) => replaceClusterSystem(context.database.db, params.id, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/registry/clusters/{id}',
    summary: '一个集群 (one cluster with designations, zones, catalogue and targets)',
    tag: 'registry',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: clusterSchema,
    handler: (context, { params }) => getRegistryCluster(context.database.db, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/registry/systems/{id}/targets',
    summary: '体系的全部目标 (every target of a system, its own and its clusters’)',
    tag: 'registry',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: z.array(targetSchema),
    handler: async (context, { params }) => {
      const system = await getRegistrySystem(context.database.db, params.id);
      return [...system.targets, ...system.clusters.flatMap((cluster) => cluster.targets)];
    },
  }),
];
