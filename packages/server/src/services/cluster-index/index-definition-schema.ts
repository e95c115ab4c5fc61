/**
 * The cluster-index definition as data (data/index-definitions/*.yaml, docs/index-definition.md "The cluster
 * index"): id, version and the first year it applies to, the cluster system and level it ranks, the base year
 * of the fixed-base series, dimensions with weights, indicators with a direction, a weight and a measure source
 * from a small fixed vocabulary (indicator-sources.ts computes each), and the composite engine's steps.
 * `parseIndexDefinition` reports every problem at once, bilingual, naming the path in the document.
 */
import { getMeasure, parsePipelineDefinition, pipelineStepSchema, CompositeError } from '@observatory/core';
import { z } from 'zod';

const code = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a code is lower-case letters, digits and _ (小写字母、数字和下划线)')
  .refine((text) => !['ucode', 'uname', 'rank', 'index'].includes(text), 'the code is reserved (保留代码)');
const name = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const measureCode = z.string().min(1);

/** Where an indicator's values come from; each kind is computed from the stored statistics. */
export const indicatorSourceSchema = z.discriminatedUnion('kind', [
  /** Σ 1–N月 value of a cumulative measure (1–12月 for a year). */
  z.strictObject({ kind: z.literal('cluster_cumulative'), measure: measureCode }),
  /** Σ of an annual measure (年报, 税收, 用地) of the year. */
  z.strictObject({ kind: z.literal('cluster_annual'), measure: measureCode }),
  /** Comparable growth of a cumulative measure, in percent. */
  z.strictObject({ kind: z.literal('comparable_growth'), measure: measureCode }),
  /** 规上 enterprises of the cluster. */
  z.strictObject({ kind: z.literal('enterprise_count') }),
  /** 规上 enterprises whose value of the measure is at least `threshold` (canonical unit, e.g. 元). */
  z.strictObject({ kind: z.literal('firm_count_over'), measure: measureCode, threshold: z.number().positive() }),
  /** Σ numerator / Σ net land (自有 + 租入 − 租出, 亩). */
  z.strictObject({ kind: z.literal('per_mu'), numerator: measureCode }),
  /** Σ numerator / Σ denominator. */
  z.strictObject({ kind: z.literal('ratio'), numerator: measureCode, denominator: measureCode }),
  /** Members of a cultivation pool (雄鹰, 小巨人, …): declared; missing until the pool register exists. */
  z.strictObject({ kind: z.literal('pool_count'), pool: z.string().min(1) }),
  /** Industrial investment from the project register: declared; missing until the register exists. */
  z.strictObject({ kind: z.literal('project_investment'), figure: z.enum(['completed', 'growth']) }),
]);
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

export const indicatorDefinitionSchema = z.strictObject({
  id: code,
  name,
  unit: z.string().min(1).optional(),
  direction: z.union([z.literal(1), z.literal(-1)]).default(1),
  weight: z.number().nonnegative().default(1),
  source: indicatorSourceSchema,
  /** Multiplier from the canonical units to the shown unit (e.g. 1e-8: 元 → 亿元; 100: share → %). */
  scale: z.number().positive().default(1),
  /** Fixed-base series: `ratio` x/x₀ (levels), `difference` 1 + (x − x₀)/100 (rates in percent, may be negative). */
  seriesRule: z.enum(['ratio', 'difference']).default('ratio'),
  note: z.string().optional(),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

export const dimensionDefinitionSchema = z.strictObject({
  id: code,
  name,
  weight: z.number().nonnegative(),
  indicators: z.array(indicatorDefinitionSchema).min(1),
});
export type DimensionDefinition = z.infer<typeof dimensionDefinitionSchema>;

export const indexDefinitionSchema = z.strictObject({
  format: z.literal('observatory/cluster-index@1'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id is lower-case letters, digits and - (小写字母、数字和连字符)'),
  version: z.number().int().min(1),
  validFrom: z.number().int().min(1990).max(2100),
  name,
  description: z.string().optional(),
  system: z.string().min(1),
  /** 1: the system's top-level clusters; 2: their sub-directions; … */
  clusterLevel: z.number().int().min(1).max(5).default(1),
  baseYear: z.number().int().min(1990).max(2100),
  sources: z.array(z.string().min(1)).default([]),
  dimensions: z.array(dimensionDefinitionSchema).min(1),
  steps: z.array(pipelineStepSchema).min(1),
});
export type IndexDefinition = z.infer<typeof indexDefinitionSchema>;

export interface DefinitionProblem {
  path: string;
  message: string;
}

const where = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(根 root)';

const measuresOf = (source: IndicatorSource): { field: string; code: string }[] => {
  switch (source.kind) {
    case 'cluster_cumulative':
    case 'cluster_annual':
    case 'comparable_growth':
    case 'firm_count_over':
      return [{ field: 'measure', code: source.measure }];
    case 'per_mu':
      return [{ field: 'numerator', code: source.numerator }];
    case 'ratio':
      return [
        { field: 'numerator', code: source.numerator },
        { field: 'denominator', code: source.denominator },
      ];
    default:
      return [];
  }
};

/** The kinds of measure (measure-catalogue.ts) each source can sum: never 当月 or stock values. */
const allowedMeasureKinds: Record<IndicatorSource['kind'], readonly string[]> = {
  cluster_cumulative: ['cumulative'],
  cluster_annual: ['annual'],
  comparable_growth: ['cumulative'],
  enterprise_count: [],
  firm_count_over: ['cumulative', 'annual'],
  per_mu: ['cumulative', 'annual'],
  ratio: ['cumulative', 'annual'],
  pool_count: [],
  project_investment: [],
};

/** Cross-checks zod cannot express: known measures of the right kind, unique codes, a valid pipeline. */
function crossCheck(definition: IndexDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: string, zh: string, en: string) => problems.push({ path, message: `${zh} (${en})` });
  const seen = new Set<string>();
  const claim = (id: string, path: string) => {
    if (seen.has(id)) add(path, `代码 "${id}" 重复`, `code "${id}" is used twice`);
    seen.add(id);
  };
  definition.dimensions.forEach((dimension, d) => {
    claim(dimension.id, `dimensions.${d}.id`);
    dimension.indicators.forEach((indicator, i) => {
      const path = `dimensions.${d}.indicators.${i}`;
      claim(indicator.id, `${path}.id`);
      for (const { field, code: measure } of measuresOf(indicator.source)) {
        const kinds = allowedMeasureKinds[indicator.source.kind];
        const known = getMeasure(measure);
        if (!known) add(`${path}.source.${field}`, `没有指标 "${measure}"`, `unknown measure "${measure}"`);
        else if (!kinds.includes(known.kind))
          add(
            `${path}.source.${field}`,
            `${indicator.source.kind} 需要 ${kinds.join(' 或 ')} 类指标，${measure} 是 ${known.kind}`,
            `${indicator.source.kind} needs a ${kinds.join(' or ')} measure; ${measure} is ${known.kind}`,
          );
      }
    });
  });
  if (!definition.dimensions.some((dimension) => dimension.weight > 0))
    add('dimensions', '维度权重全为 0', 'all dimension weights are 0');
  definition.dimensions.forEach((dimension, d) => {
    if (!dimension.indicators.some((indicator) => indicator.weight > 0))
      add(`dimensions.${d}.indicators`, '指标权重全为 0', 'all indicator weights are 0');
  });
  if (!definition.steps.some((step) => step.step === 'aggregate'))
    add('steps', '步骤中没有 aggregate，算不出指数', 'the steps have no aggregate step, so there is no index');
  try {
    parsePipelineDefinition({ name: definition.id, steps: definition.steps });
  } catch (error) {
    if (!(error instanceof CompositeError)) throw error;
    for (const message of error.problems.length > 0 ? error.problems : [error.message])
      problems.push({ path: 'steps', message });
  }
  return problems;
}

/** A parsed YAML/JSON value → the definition, or every problem with its path (bilingual). */
export function parseIndexDefinition(
  value: unknown,
): { definition: IndexDefinition; problems: [] } | { definition: null; problems: DefinitionProblem[] } {
  const parsed = indexDefinitionSchema.safeParse(value);
  if (!parsed.success)
    return {
      definition: null,
      problems: parsed.error.issues.map((issue) => ({
        path: where(issue.path),
        message: `定义字段 ${where(issue.path)} 无效 (definition field ${where(issue.path)} is invalid): ${issue.message}`,
      })),
    };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { definition: null, problems } : { definition: parsed.data, problems: [] };
}
