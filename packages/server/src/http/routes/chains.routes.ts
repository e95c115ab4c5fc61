/**
 * Industry chains (产业链图谱) and the investment roadmap (招商路线图): the chains with their assessment for a year,
 * one chain's links (stage, strength, gap action, firms, output, edges) with member firms only for callers who
 * may read enterprises and only those in their scope, the roadmap's leads, adding and moving a lead (a unit's
 * staff for their own unit's leads), and placing an enterprise on links by hand (city-wide accounts). The acting
 * person is always the session's login.
 */
import { hasPermission, LEAD_STAGES, ROLE_DEFINITIONS, type DataScope } from '@observatory/core';
import { z } from 'zod';
import { addChainLead } from '../../services/chains/add-chain-lead.ts';
import { assignEnterpriseToLinks } from '../../services/chains/assign-enterprise-to-links.ts';
import { getChain } from '../../services/chains/get-chain.ts';
import { listChainRoadmap } from '../../services/chains/list-chain-leads.ts';
import { listChains } from '../../services/chains/list-chains.ts';
import { moveChainLead } from '../../services/chains/move-chain-lead.ts';
import type { Audience } from '../../services/disclosure/protect-cluster-table.ts';
import { actorOf, callerDataScope, requireCaller } from '../caller-access.ts';
import type { Caller } from '../caller.ts';
import { defineRoute } from '../route-definition.ts';
import { bilingualName, yearParam } from '../schemas/common.schema.ts';

const chainParam = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/u, '产业链编号 (chain id)')
    .max(100),
});
const strength = z.enum(['strong', 'weak', 'missing']);
const stage = z.enum(['upstream', 'midstream', 'downstream']);
const action = z.enum(['build', 'fill', 'strengthen', 'extend']);
const leadStatus = z.enum([...LEAD_STAGES, 'dropped']);
const counts = z.object({ strong: z.number(), weak: z.number(), missing: z.number() });
const basis = z
  .union([
    z.object({ kind: z.literal('annual') }),
    z.object({ kind: z.literal('cumulative'), month: z.number() }),
    z.object({ kind: z.literal('none') }),
  ])
  .meta({ id: 'ChainOutputBasis' });
const cluster = z.object({ id: z.string(), name: bilingualName.nullable() }).nullable();
const uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/u, '统一社会信用代码为 18 位 (an 18-character USCC)');

const member = z.object({
  uscc: z.string(),
  name: z.string().nullable(),
  reportingUnitId: z.string(),
  industryCode: z.string().nullable(),
  aboveScale: z.boolean().nullable(),
  outputYuan: z.number().nullable(),
  byHand: z.boolean(),
});

const chainSchema = z
  .object({
    id: z.string(),
    name: bilingualName,
    cluster,
    source: z.string(),
    version: z.number(),
    digest: z.string(),
    year: z.number(),
    basis,
    thresholds: z.object({ strongMinFirms: z.number(), strongMinOutputYuan: z.number() }),
    counts,
    strongShare: z.number(),
    membersShown: z.boolean(),
    links: z.array(
      z.object({
        id: z.string(),
        name: bilingualName,
        stage,
        industries: z.array(z.string()),
        note: z.string().nullable(),
        firms: z.number(),
        firmsWithoutOutput: z.number(),
        outputYuan: z.number().nullable(),
        outputWithheld: z.boolean(),
        strength,
        action: action.nullable(),
        members: z.array(member).nullable(),
      }),
    ),
    edges: z.array(z.object({ from: z.string(), to: z.string() })),
  })
  .meta({ id: 'Chain' });

const leadSchema = z
  .object({
    id: z.number(),
    chainId: z.string(),
    linkId: z.string(),
    companyName: z.string(),
    uscc: z.string().nullable(),
    expectedInvestmentYuan: z.number().nullable(),
    ownerUnitId: z.string(),
    status: leadStatus,
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    statusChangedAt: z.string(),
    history: z.array(
      z.object({
        from: leadStatus.nullable(),
        to: leadStatus,
        at: z.string(),
        by: z.string(),
        reason: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ChainLead' });

/** The disclosure audience of the caller's own role (full for city analysts, the own unit for county staff). */
function callerAudience(caller: Caller | null): Audience {
  const { subject } = requireCaller(caller);
  const own = ROLE_DEFINITIONS[subject.role].audience;
  if (own === 'full') return { kind: 'full' };
  if (own === 'unit' && subject.scope.kind === 'unit')
    return { kind: 'unit', reportingUnitId: subject.scope.reportingUnitId };
  return { kind: 'public' };
}

/** Member firms: only for callers who may read enterprises, within their scope. */
function memberScope(caller: Caller | null): DataScope {
  const { subject } = requireCaller(caller);
  return hasPermission(subject, 'enterprise.read') ? callerDataScope(caller, 'enterprise.read') : { kind: 'none' };
}

export const chainsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/chains',
    summary: '产业链及其强弱环节数 (the chains with their links by strength for a year)',
    tag: 'chains',
    access: 'register.read',
    scoping: 'rows',
    query: z.object({ year: yearParam.optional() }),
    response: z.object({
      year: z.number(),
      basis,
      chains: z.array(
        z.object({
          id: z.string(),
          name: bilingualName,
          cluster,
          version: z.number(),
          links: z.number(),
          counts,
          strongShare: z.number(),
          openLeads: z.number(),
          landedLeads: z.number(),
        }),
      ),
    }),
    handler: (context, { query }) => listChains(context.database.db, { year: query.year }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/chains/{id}',
    summary:
      '产业链图谱：环节强弱、补链方向与上下游关系；有企业查看权限者可见其范围内的环节企业 ' +
      '(a chain assessed for a year; member firms only within the caller’s enterprise scope)',
    tag: 'chains',
    access: 'register.read',
    scoping: 'rows',
    params: chainParam,
    query: z.object({ year: yearParam.optional() }),
    response: chainSchema,
    handler: (context, { params, query, caller }) =>
      getChain(context.database.db, {
        chainId: params.id,
        year: query.year,
        audience: callerAudience(caller),
        rules: context.disclosureRules,
        memberScope: memberScope(caller),
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/chains/{id}/leads',
    summary: '招商路线图：目标企业及其推进记录 (the roadmap: target companies per gap with their trail)',
    tag: 'chains',
    access: 'register.read',
    scoping: 'rows',
    params: chainParam,
    response: z.array(leadSchema),
    handler: (context, { params }) => listChainRoadmap(context.database.db, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/chains/{id}/leads',
    summary: '新增招商线索（录入人为当前登录账号）(add a target company for a link; the creator is the caller)',
    tag: 'chains',
    access: 'register.write',
    scoping: 'rows',
    status: 201,
    params: chainParam,
    body: z.object({
      linkId: z.string().min(1).max(100),
      companyName: z.string().trim().min(1).max(200),
      uscc: uscc.optional(),
      expectedInvestmentYuan: z.number().nonnegative().max(1e15).nullable().optional(),
      ownerUnit: z.string().min(1).max(40).optional(),
      note: z.string().max(2000).optional(),
    }),
    response: leadSchema,
    handler: (context, { params, body, caller }) =>
      addChainLead(context.database.db, {
        chainId: params.id,
        linkId: body.linkId,
        companyName: body.companyName,
        uscc: body.uscc,
        expectedInvestmentYuan: body.expectedInvestmentYuan,
        ownerUnitId: body.ownerUnit,
        note: body.note,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/chains/leads/{id}/move',
    summary: '推进或放弃招商线索（只能向前，放弃须说明原因）(move a lead forward, or drop it with a reason)',
    tag: 'chains',
    access: 'register.write',
    scoping: 'rows',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({ to: leadStatus, reason: z.string().max(2000).optional() }),
    response: leadSchema,
    handler: (context, { params, body, caller }) =>
      moveChainLead(context.database.db, {
        id: params.id,
        to: body.to,
        reason: body.reason,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
  defineRoute({
    method: 'post',
    path: '/api/chains/{id}/assignments',
    summary:
      '人工指定企业所属环节（空列表表示移出该链）(place an enterprise on links by hand; [] takes it off the chain)',
    tag: 'chains',
    access: 'register.write',
    status: 201,
    params: chainParam,
    body: z.object({
      uscc,
      linkIds: z.array(z.string().min(1).max(100)).max(50),
      reason: z.string().trim().min(1).max(2000),
    }),
    response: z.object({
      id: z.number(),
      chainId: z.string(),
      uscc: z.string(),
      reportingUnitId: z.string(),
      linkIds: z.array(z.string()),
      reason: z.string(),
      assignedBy: z.string(),
      assignedAt: z.string(),
    }),
    handler: (context, { params, body, caller }) =>
      assignEnterpriseToLinks(context.database.db, {
        chainId: params.id,
        uscc: body.uscc,
        linkIds: body.linkIds,
        reason: body.reason,
        by: actorOf(caller),
        subject: requireCaller(caller).subject,
      }),
  }),
];
