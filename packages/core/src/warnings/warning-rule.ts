/**
 * A warning rule as data (DOMAIN.md §5): what it watches (kind, subject, scope), its parameters, the severity
 * ladder (red / orange / yellow thresholds), who owns what it finds, and whether it is enabled. The zod schema
 * reads one rule of a rule-set file; each kind has its own parameters and the subjects it can watch.
 */
import { z } from 'zod';
import { bilingualNameSchema } from '../i18n/bilingual-name.ts';
import { getMeasure } from '../measure/measure-catalogue.ts';
import { comparisonOfKind, ladderIsOrdered, severityLadderSchema } from './severity-ladder.ts';

export const warningKinds = [
  'growth_below',
  'below_city',
  'consecutive_decline',
  'loss_share_over',
  'leader_output_drop',
  'energy_over_quota',
  'more_d_class',
  'project_overdue',
  'pool_entry_expiring',
  'rectification_overdue',
  'platform_review_due',
  'chain_lead_stalled',
] as const;
export type WarningKind = (typeof warningKinds)[number];

export const warningSubjectKinds = ['cluster', 'unit', 'enterprise'] as const;
export type WarningSubjectKind = (typeof warningSubjectKinds)[number];

/** The subjects each kind can watch. */
export const subjectsOfKind: Record<WarningKind, readonly WarningSubjectKind[]> = {
  growth_below: ['cluster', 'unit'],
  below_city: ['cluster', 'unit'],
  consecutive_decline: ['cluster', 'unit'],
  loss_share_over: ['cluster', 'unit'],
  leader_output_drop: ['enterprise'],
  energy_over_quota: ['cluster', 'unit'],
  more_d_class: ['unit'],
  project_overdue: ['enterprise'],
  pool_entry_expiring: ['enterprise'],
  rectification_overdue: ['enterprise'],
  // A register's own record (a platform, a roadmap lead), scoped by its unit as firms are.
  platform_review_due: ['enterprise'],
  chain_lead_stalled: ['enterprise'],
};

/** The measure a kind reads when the rule names none. */
export const defaultMeasureOfKind: Record<WarningKind, string> = {
  growth_below: 'industrial_output',
  below_city: 'industrial_output',
  consecutive_decline: 'industrial_output',
  loss_share_over: 'total_profit',
  leader_output_drop: 'industrial_output',
  energy_over_quota: 'energy_consumption',
  more_d_class: 'industrial_output',
  project_overdue: 'industrial_output',
  pool_entry_expiring: 'industrial_output',
  rectification_overdue: 'industrial_output',
  platform_review_due: 'industrial_output',
  chain_lead_stalled: 'industrial_output',
};

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '规则编号只能含小写字母、数字和连字符 (id: a-z, 0-9, -)');
const owner = z
  .string()
  .regex(
    /^(unit-of-subject|city:.+|unit:.+)$/,
    'owner 应为 unit-of-subject、city:<部门> 或 unit:<报送单位> (owner must be unit-of-subject, city:<dept> or unit:<id>)',
  );

const parametersSchema = z.object({
  /** consecutive_decline: year on year (growth < 0) or month on month (当月 below the month before). */
  basis: z.enum(['year_on_year', 'month_on_month']).default('year_on_year'),
  /** loss_share_over: fewer firms than this in a subject → not evaluable (a share of 2 firms says little). */
  minFirms: z.number().int().min(1).default(3),
  /** leader_output_drop: the cluster's top N firms by output, unless USCCs are listed. */
  top: z.number().int().min(1).max(50).default(3),
  usccs: z.array(z.string().regex(/^[0-9A-Z]{18}$/)).optional(),
  /** energy_over_quota: quotas in 吨标煤 (tce) per cluster or unit id for the period, or a ceiling per 万元 output. */
  quotas: z.record(z.string(), z.number().positive()).optional(),
  intensityCeiling: z.number().positive().optional(),
  /** more_d_class: the class counted. */
  classId: z.string().min(1).default('D'),
  /** platform_review_due: months from the last 认定/复核 to the next review, and the lead time before it. */
  reviewIntervalMonths: z.number().int().min(1).max(240).default(36),
  leadMonths: z.number().int().min(0).max(120).default(6),
  /** platform_review_due: months a 培育/创建 platform may take to be recognised (unset: not watched). */
  cultivatingMonths: z.number().int().min(1).max(240).optional(),
  /** chain_lead_stalled: days a lead may stay at each open stage (stages left out keep the defaults). */
  stalledDays: z
    .object({
      lead: z.number().int().min(1),
      contact: z.number().int().min(1),
      visit: z.number().int().min(1),
      signed: z.number().int().min(1),
    })
    .partial()
    .strict()
    .optional(),
});
export type WarningRuleParameters = z.infer<typeof parametersSchema>;

export const warningRuleSchema = z
  .object({
    id: ruleId,
    name: bilingualNameSchema,
    kind: z.enum(warningKinds),
    subject: z.enum(warningSubjectKinds),
    scope: z
      .object({
        system: z.string().min(1).optional(),
        measure: z.string().min(1).optional(),
        /** cumulative: 1–N月; month: 当月. */
        period: z.enum(['cumulative', 'month']).default('cumulative'),
      })
      .default({ period: 'cumulative' }),
    parameters: parametersSchema.default(parametersSchema.parse({})),
    severity: severityLadderSchema,
    owner,
    enabled: z.boolean().default(true),
  })
  .superRefine((rule, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!subjectsOfKind[rule.kind].includes(rule.subject))
      issue(
        ['subject'],
        `${rule.kind} 只能用于 ${subjectsOfKind[rule.kind].join('/')} (subject must be one of ${subjectsOfKind[rule.kind].join(', ')})`,
      );
    if ((rule.subject === 'cluster' || rule.kind === 'leader_output_drop') && rule.scope.system === undefined)
      issue(['scope', 'system'], '须指定集群体系 (scope.system is required for clusters and leaders)');
    if (rule.scope.measure !== undefined && getMeasure(rule.scope.measure) === undefined)
      issue(['scope', 'measure'], `没有指标 "${rule.scope.measure}" (unknown measure)`);
    if (!ladderIsOrdered(rule.severity, comparisonOfKind[rule.kind]))
      issue(
        ['severity'],
        '红色阈值应比橙色、黄色更严 (red must be the most extreme threshold, then orange, then yellow)',
      );
    if (rule.kind === 'energy_over_quota' && !rule.parameters.quotas && rule.parameters.intensityCeiling === undefined)
      issue(['parameters'], '须给出 quotas 或 intensityCeiling (energy_over_quota needs quotas or intensityCeiling)');
  });

export type WarningRule = z.infer<typeof warningRuleSchema>;

/** chain_lead_stalled: the days allowed at each open stage when the rule names none (线索 90, 接洽 60, 考察 60, 签约 180). */
export const DEFAULT_STALLED_DAYS = { lead: 90, contact: 60, visit: 60, signed: 180 } as const;

/** The days a lead may stay at each open stage under a rule. */
export const stalledDaysOf = (rule: WarningRule): Record<'lead' | 'contact' | 'visit' | 'signed', number> => ({
  ...DEFAULT_STALLED_DAYS,
  ...rule.parameters.stalledDays,
});

/** The measure a rule reads: its own or its kind's default. */
export const measureOfRule = (rule: WarningRule): string => rule.scope.measure ?? defaultMeasureOfKind[rule.kind];

export const warningRuleSetSchema = z.object({ rules: z.array(warningRuleSchema) }).superRefine((set, ctx) => {
  const seen = new Set<string>();
  set.rules.forEach((rule, index) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `规则编号重复 ${rule.id} (duplicate id)` });
    seen.add(rule.id);
  });
});
export type WarningRuleSet = z.infer<typeof warningRuleSetSchema>;
