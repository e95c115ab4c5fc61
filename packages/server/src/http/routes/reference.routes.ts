/** Reference data: regions, reporting units, units of measure, GB/T 4754 industries, USCC checks. */
import { z } from 'zod';
import { listIndustries } from '../../services/industry/list-industries.ts';
import { showIndustry } from '../../services/industry/show-industry.ts';
import { getRegion, listRegions, listReportingUnits, listUnits } from '../../services/reference/list-regions.ts';
import { checkUsccCodes } from '../../services/uscc/check-uscc-codes.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, paging } from '../schemas/common.schema.ts';

const region = z
  .object({
    id: z.string(),
    gbt2260Code: z.string().nullable(),
    name: bilingualName,
    level: z.string(),
    parentId: z.string().nullable(),
  })
  .meta({ id: 'Region' });
const industry = z
  .object({
    code: z.string(),
    level: z.enum(['section', 'division', 'group', 'class']),
    levelName: bilingualName,
    name: z.string(),
    parentCode: z.string().nullable(),
    section: z.string(),
  })
  .meta({ id: 'Industry' });
const codeAndName = z.object({ code: z.string(), name: z.string() }).nullable();
const usccReport = z
  .object({
    input: z.string(),
    code: z.string(),
    valid: z.boolean(),
    reason: z.string().nullable(),
    warning: z.string().nullable(),
    normalised: z.array(z.string()),
    registrar: codeAndName,
    entityType: codeAndName,
    area: z.string().nullable(),
    areaName: z.string().nullable(),
    orgCode: z.string().nullable(),
  })
  .meta({ id: 'UsccCheck' });

export const referenceRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/regions',
    summary: '地区列表 (regions: GB/T 2260 codes and functional zones)',
    tag: 'reference',
    access: 'public',
    query: z.object({
      level: z.enum(['country', 'province', 'city', 'county', 'functional_zone']).optional(),
      parent: z.string().optional(),
    }),
    response: z.array(region),
    handler: (context, { query }) => listRegions(context.database.db, { level: query.level, parentId: query.parent }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/regions/{id}',
    summary: '一个地区 (one region)',
    tag: 'reference',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: region,
    handler: (context, { params }) => getRegion(context.database.db, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/reporting-units',
    summary: '统计报送单位 (reporting units of a city: counties and functional zones)',
    tag: 'reference',
    access: 'public',
    query: z.object({
      city: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
    response: z.array(
      z.object({
        id: z.string(),
        city: z.string(),
        name: bilingualName,
        kind: z.enum(['county', 'functional_zone']),
        gbt2260Code: z.string().nullable(),
        order: z.number(),
      }),
    ),
    handler: (context, { query }) => listReportingUnits(context.database.db, query.city),
  }),
  defineRoute({
    method: 'get',
    path: '/api/units',
    summary: '计量单位及换算 (units of measure and their factors to the canonical unit)',
    tag: 'reference',
    access: 'public',
    response: z.array(
      z.object({
        code: z.string(),
        name: bilingualName,
        symbol: z.string(),
        dimension: z.string(),
        factorToCanonical: z.number(),
      }),
    ),
    handler: (context) => listUnits(context.database.db),
  }),
  defineRoute({
    method: 'get',
    path: '/api/industries',
    summary: '国民经济行业分类 GB/T 4754-2017 (industry codes, filterable)',
    tag: 'reference',
    access: 'public',
    query: z.object({
      level: z.enum(['section', 'division', 'group', 'class']).optional(),
      parent: z.string().optional(),
      q: z.string().max(100).optional(),
      ...paging,
    }),
    response: z.array(industry),
    handler: (context, { query }) =>
      listIndustries(context.database.db, {
        level: query.level,
        parentCode: query.parent,
        search: query.q,
        limit: query.limit,
        offset: query.offset,
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/industries/{code}',
    summary: '一个行业代码及其上级、下级 (one code with its parents and children)',
    tag: 'reference',
    access: 'public',
    params: z.object({ code: z.string().max(10) }),
    response: industry.extend({
      edition: z.string(),
      industrial: z.boolean(),
      parents: z.array(industry),
      children: z.array(industry),
    }),
    handler: (context, { params }) => showIndustry(context.database.db, params.code),
  }),
  defineRoute({
    method: 'get',
    path: '/api/uscc/check',
    summary: '校验统一社会信用代码 (check USCCs, GB 32100-2015)',
    tag: 'reference',
    access: 'public',
    query: z.object({
      code: z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value])),
    }),
    response: z.array(usccReport),
    handler: (context, { query }) => checkUsccCodes(context.database.db, query.code.slice(0, 1000)),
  }),
];
