/** Response schemas of the registry routes (mirrors services/registry/registry-views.ts). */
import { z } from 'zod';
import { bilingualName } from './common.schema.ts';

export const targetSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    clusterId: z.string().nullable(),
    name: bilingualName,
    measure: z.string(),
    value: z.number(),
    unit: z.string(),
    canonical: z.object({ value: z.number(), unit: z.string() }).nullable(),
    deadline: z.string(),
    baseline: z.object({ value: z.number(), year: z.number().nullable() }).nullable(),
    owner: z.string().nullable(),
    source: z.string().nullable(),
  })
  .meta({ id: 'Target' });

const zoneSchema = z.object({
  region: z.string(),
  regionName: bilingualName,
  role: z.string(),
  roleName: bilingualName,
  note: z.string().nullable(),
});

const designationSchema = z.object({
  level: z.string(),
  levelName: bilingualName,
  batch: z.number().nullable(),
  year: z.number().nullable(),
  status: z.string(),
  statusName: bilingualName,
  statusHistory: z.array(z.object({ status: z.string(), date: z.string().nullable(), note: z.string().nullable() })),
  source: z.string().nullable(),
  note: z.string().nullable(),
  zones: z.array(zoneSchema),
});

export const clusterSchema = z
  .object({
    id: z.string(),
    systemId: z.string(),
    parentId: z.string().nullable(),
    name: bilingualName,
    tier: z.string().nullable(),
    description: z.string().nullable(),
    designations: z.array(designationSchema),
    catalogue: z.array(
      z.object({
        code: z.string(),
        industryName: z.string().nullable(),
        coverage: z.string(),
        validFrom: z.number().nullable(),
        validTo: z.number().nullable(),
        note: z.string().nullable(),
      }),
    ),
    targets: z.array(targetSchema),
  })
  .meta({ id: 'Cluster' });

export const systemSchema = z
  .object({
    id: z.string(),
    name: bilingualName,
    owner: z.string(),
    region: z.string(),
    additive: z.boolean(),
    illustrative: z.boolean(),
    source: z.string().nullable(),
    description: z.string().nullable(),
    facts: z.record(z.string(), z.union([z.string(), z.number()])),
    clusterCount: z.number(),
  })
  .meta({ id: 'ClusterSystem' });

export const systemDetailSchema = systemSchema
  .extend({ clusters: z.array(clusterSchema), targets: z.array(targetSchema) })
  .meta({ id: 'ClusterSystemDetail' });
