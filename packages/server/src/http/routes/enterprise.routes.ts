/** Enterprises: list and detail (reads); registration, yearly attributes, land and cluster overrides (writes). */
import { isIsoDate } from '@observatory/core';
import { z } from 'zod';
import { addLandParcel } from '../../services/enterprise/add-land-parcel.ts';
import { assertEnterpriseInScope, getEnterprise } from '../../services/enterprise/get-enterprise.ts';
import { listEnterprises } from '../../services/enterprise/list-enterprises.ts';
import { overrideClusterAssignment } from '../../services/enterprise/override-cluster-assignment.ts';
import { recordEnterpriseYear } from '../../services/enterprise/record-enterprise-year.ts';
import { registerEnterprise } from '../../services/enterprise/register-enterprise.ts';
import { withScopedRead } from '../../services/access/scoped-read.ts';
import { renameEnterprise } from '../../services/enterprise/rename-enterprise.ts';
import { actingPerson, callerDataScope } from '../caller-access.ts';
import { defineRoute } from '../route-definition.ts';
import { paging, queryBoolean, yearParam } from '../schemas/common.schema.ts';

const isoDate = z.string().refine(isIsoDate, '日期应为 YYYY-MM-DD 的有效日期 (a real date written YYYY-MM-DD)');
const usccParam = z.object({ uscc: z.string().min(1).max(40) });

const enterpriseSummary = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    reportingUnit: z.string(),
    usccWarning: z.string().nullable(),
    year: z.number().nullable(),
    industryCode: z.string().nullable(),
    aboveScale: z.boolean().nullable(),
    inProduction: z.boolean().nullable(),
  })
  .meta({ id: 'EnterpriseSummary' });

const clusterAssignment = z.object({
  systemId: z.string(),
  year: z.number(),
  industryCode: z.string().nullable(),
  basis: z.enum(['manual', 'catalogue', 'needs_review', 'unassigned']),
  clusterId: z.string().nullable(),
  matchedPrefix: z.string().nullable(),
  candidates: z.array(z.object({ clusterId: z.string(), matchedPrefix: z.string() })),
  override: z.object({ by: z.string(), reason: z.string(), at: z.date() }).nullable(),
});

const enterpriseDetail = z
  .object({
    uscc: z.string(),
    name: z.string().nullable(),
    nameHistory: z.array(z.object({ name: z.string(), validFrom: z.string() })),
    reportingUnit: z.string(),
    usccWarning: z.string().nullable(),
    usccConfirmedBy: z.string().nullable(),
    years: z.array(
      z.object({
        year: z.number(),
        reportingUnit: z.string(),
        industryCode: z.string().nullable(),
        aboveScale: z.boolean().nullable(),
        inProduction: z.boolean().nullable(),
      }),
    ),
    land: z.object({
      year: z.number(),
      ownMu: z.number(),
      rentedInMu: z.number(),
      rentedOutMu: z.number(),
      netMu: z.number(),
      parcels: z.array(
        z.object({
          certificateNo: z.string(),
          tenure: z.string(),
          areaMu: z.number(),
          counterpartUscc: z.string().nullable(),
          validFrom: z.string().nullable(),
          validTo: z.string().nullable(),
        }),
      ),
    }),
    clusters: z.array(clusterAssignment),
  })
  .meta({ id: 'Enterprise' });

export const enterpriseRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/enterprises',
    summary: '企业列表 (enterprises, filterable by reporting unit, year, 规上, industry, name or USCC)',
    tag: 'enterprises',
    access: 'enterprise.read',
    scoping: 'rows',
    query: z.object({
      unit: z.string().optional(),
      year: yearParam.optional(),
      aboveScale: queryBoolean.optional(),
      industry: z
        .string()
        .regex(/^\d{2,4}$/)
        .optional(),
      q: z.string().max(100).optional(),
      ...paging,
    }),
    response: z.array(enterpriseSummary),
    handler: (context, { query, caller }) => {
      const scope = callerDataScope(caller, 'enterprise.read');
      return withScopedRead(context.database, scope, (db) =>
        listEnterprises(db, {
          scope,
          reportingUnitId: query.unit,
          year: query.year,
          aboveScale: query.aboveScale,
          industryPrefix: query.industry,
          search: query.q,
          limit: query.limit,
          offset: query.offset,
        }),
      );
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/enterprises/{uscc}',
    summary: '一家企业 (one enterprise: names, years, land, clusters of a year)',
    tag: 'enterprises',
    access: 'enterprise.read',
    scoping: 'rows',
    params: usccParam,
    query: z.object({ year: yearParam.optional() }),
    response: enterpriseDetail,
    handler: async (context, { params, query, caller }) => {
      const scope = callerDataScope(caller, 'enterprise.read');
      await assertEnterpriseInScope(context.database.db, params.uscc, scope);
      return withScopedRead(context.database, scope, (db) => getEnterprise(db, params.uscc, scope, query.year));
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/enterprises',
    summary: '登记企业 (register an enterprise; a failed check digit needs confirmWarningBy)',
    tag: 'enterprises',
    access: 'enterprise.write',
    status: 201,
    body: z.object({
      uscc: z.string().min(1).max(40),
      name: z.string().min(1).max(200),
      reportingUnit: z.string().min(1),
      nameValidFrom: isoDate.optional(),
      confirmWarningBy: z.string().min(1).max(100).optional(),
    }),
    response: z.object({ id: z.number(), uscc: z.string(), warning: z.string().nullable() }),
    handler: (context, { body, caller }) =>
      registerEnterprise(context.database.db, {
        uscc: body.uscc,
        name: body.name,
        reportingUnitId: body.reportingUnit,
        nameValidFrom: body.nameValidFrom,
        confirmWarningBy:
          body.confirmWarningBy === undefined
            ? undefined
            : actingPerson(caller, body.confirmWarningBy, 'confirmWarningBy'),
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/enterprises/{uscc}/names',
    summary: '企业更名 (record a new name from a date on; the name history is kept)',
    tag: 'enterprises',
    access: 'enterprise.write',
    status: 201,
    params: usccParam,
    body: z.object({ name: z.string().min(1).max(200), validFrom: isoDate }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { params, body }) => {
      await renameEnterprise(context.database.db, { uscc: params.uscc, name: body.name, validFrom: body.validFrom });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'put',
    path: '/api/enterprises/{uscc}/years/{year}',
    summary: '企业年度属性 (an enterprise’s industry class, 规上 flag and production status for a year)',
    tag: 'enterprises',
    access: 'enterprise.write',
    params: usccParam.extend({ year: yearParam }),
    body: z.object({
      industryCode: z.string().nullable(),
      aboveScale: z.boolean().nullable(),
      inProduction: z.boolean().nullable(),
      reportingUnit: z.string().optional(),
    }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { params, body }) => {
      await recordEnterpriseYear(context.database.db, {
        uscc: params.uscc,
        year: params.year,
        industryCode: body.industryCode,
        aboveScale: body.aboveScale,
        inProduction: body.inProduction,
        reportingUnitId: body.reportingUnit,
      });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/enterprises/{uscc}/land-parcels',
    summary: '登记地块 (add a land parcel: own, rented in or rented out; any area unit)',
    tag: 'enterprises',
    access: 'enterprise.write',
    status: 201,
    params: usccParam,
    body: z.object({
      certificateNo: z.string().min(1).max(100),
      tenure: z.enum(['own', 'rented_in', 'rented_out']),
      area: z.union([z.number(), z.string()]),
      areaUnit: z.string().min(1).max(20),
      counterpartUscc: z.string().max(40).nullable().optional(),
      validFrom: isoDate.nullable().optional(),
      validTo: isoDate.nullable().optional(),
    }),
    response: z.object({ id: z.number() }),
    handler: async (context, { params, body }) => ({
      id: await addLandParcel(context.database.db, { ...body, uscc: params.uscc }),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/enterprises/{uscc}/cluster-overrides',
    summary: '人工调整集群归属 (manual cluster assignment for a system and year, with reason)',
    tag: 'enterprises',
    access: 'enterprise.write',
    status: 201,
    params: usccParam,
    body: z.object({
      system: z.string().min(1),
      year: z.number().int().min(1990).max(2100),
      cluster: z.string().min(1).nullable(),
      reason: z.string().min(1).max(1000),
      assignedBy: z.string().min(1).max(100).optional(),
    }),
    response: z.object({ ok: z.literal(true) }),
    handler: async (context, { params, body, caller }) => {
      await overrideClusterAssignment(context.database.db, {
        uscc: params.uscc,
        systemId: body.system,
        year: body.year,
        clusterId: body.cluster,
        reason: body.reason,
        assignedBy: actingPerson(caller, body.assignedBy, 'assignedBy'),
      });
      return { ok: true };
    },
  }),
];
