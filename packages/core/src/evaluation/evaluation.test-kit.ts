/** Test helpers for the evaluation: enterprises with measures in canonical units and small scheme documents. */
import type { EvaluationEnterprise } from './evaluation-input.ts';
import type { EvaluationSchemeDocument } from './evaluation-scheme.ts';

type IndicatorDocument = EvaluationSchemeDocument['groups'][number]['indicators'][number];
type GroupDocument = EvaluationSchemeDocument['groups'][number];

export function firm(
  id: string,
  measures: Record<string, number | null>,
  rest: Partial<Omit<EvaluationEnterprise, 'enterpriseId' | 'measures'>> = {},
): EvaluationEnterprise {
  return {
    enterpriseId: id,
    uscc: `USCC-${id}`,
    name: `企业${id}`,
    reportingUnitId: '330402',
    industryCode: '3311',
    aboveScale: true,
    inProduction: true,
    measures,
    parcels: [],
    facts: [],
    ...rest,
  };
}

/** 亩均税收 in 万元/亩 scored against a fixed baseline. */
export function taxPerMu(weight = 100, baseline = 10, extra: Partial<IndicatorDocument> = {}): IndicatorDocument {
  return {
    id: 'tax_per_mu',
    name: { zh: '亩均税收', en: 'tax per mu' },
    numerator: 'evaluation_tax',
    denominator: 'land_net',
    unit: { numerator: 'ten_thousand_yuan', denominator: 'mu' },
    weight,
    scoring: { method: 'ratio', baseline: { kind: 'fixed', value: baseline } },
    missing: { policy: 'zero' },
    ...extra,
  };
}

/** 亩均增加值 in 万元/亩. */
export function valueAddedPerMu(weight: number, extra: Partial<IndicatorDocument> = {}): IndicatorDocument {
  return {
    id: 'value_added_per_mu',
    name: { zh: '亩均增加值', en: 'value added per mu' },
    numerator: 'value_added_year',
    denominator: 'land_net',
    unit: { numerator: 'ten_thousand_yuan', denominator: 'mu' },
    weight,
    scoring: { method: 'ratio', baseline: { kind: 'fixed', value: 100 } },
    missing: { policy: 'zero' },
    ...extra,
  };
}

export const PERCENTILE_25_70_95: GroupDocument['classification'] = {
  method: 'percentile',
  cutoffs: [
    { class: 'A', upTo: 0.25 },
    { class: 'B', upTo: 0.7 },
    { class: 'C', upTo: 0.95 },
    { class: 'D', upTo: 1 },
  ],
};

export function group(overrides: Partial<GroupDocument> = {}): GroupDocument {
  return {
    id: 'all',
    name: { zh: '全部', en: 'all' },
    members: { always: true },
    indicators: [taxPerMu()],
    classification: PERCENTILE_25_70_95,
    ...overrides,
  };
}

export function scheme(overrides: Partial<EvaluationSchemeDocument> = {}): EvaluationSchemeDocument {
  return {
    format: 'observatory/evaluation-scheme@1',
    id: 'test-scheme',
    version: 1,
    year: 2023,
    name: { zh: '测试方案', en: 'test scheme' },
    sources: [{ title: 'test' }],
    classes: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: { zh: `${id}类`, en: `class ${id}` } })),
    groups: [group()],
    ...overrides,
  };
}

/** A firm on `land` 亩 paying tax so that its 亩均税收 is `perMu` 万元/亩. */
export function taxFirm(
  id: string,
  perMu: number,
  land = 10,
  rest: Parameters<typeof firm>[2] = {},
): EvaluationEnterprise {
  return firm(id, { land_own: land, tax_paid: perMu * 10000 * land }, rest);
}
