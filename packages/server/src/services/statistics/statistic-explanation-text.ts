/**
 * The words of "every number explains itself": how a statistics figure is computed (the formula for its measure's
 * kind and period, comparable growth), what it covers (city, system, cluster, reporting unit, 规上 enterprises) and
 * how enterprises become members (the year's industry class matched against the registry's catalogue, manual
 * overrides first). Bilingual, Chinese first; nothing here names an enterprise.
 */
import { formatCumulativePeriod, type BilingualName, type Measure } from '@observatory/core';

export interface ScopeNames {
  system: BilingualName | null;
  cluster: BilingualName | null;
  unit: BilingualName | null;
}

function periodOf(measure: Measure, year: number, month: number): BilingualName {
  if (month === 0) return { zh: `${year}年`, en: `${year}` };
  if (measure.kind === 'cumulative')
    return { zh: formatCumulativePeriod(year, month, 'zh'), en: formatCumulativePeriod(year, month, 'en') };
  return { zh: `${year}年${month}月`, en: `${year}-${String(month).padStart(2, '0')}` };
}

const kindText: Record<Measure['kind'], BilingualName> = {
  cumulative: { zh: '本年累计值', en: 'year-to-date cumulative values' },
  monthly: { zh: '当月值', en: 'values of the month' },
  annual: { zh: '年度值', en: 'annual values' },
  stock: { zh: '期末值', en: 'period-end values' },
};

export function formulaText(measure: Measure, year: number, month: number, scope: BilingualName): BilingualName {
  const period = periodOf(measure, year, month);
  const kind = kindText[measure.kind] ?? kindText.cumulative;
  return {
    zh:
      `${period.zh}${measure.name.zh} = Σ（${scope.zh}的规上工业企业${kind.zh}，各来源现行数据，按标准单位精确求和）；` +
      `可比增速 = Σ 有上年同期数的企业本期值 ÷ Σ 同一批企业上年同期值 − 1（可比口径，不用两年公布总量直接相比）；` +
      `企业未报上年同期时，取其上年同期已入库数值（标注“推算”）；上年同期为 0 或缺失时不计算增速。`,
    en:
      `${measure.name.en}, ${period.en} = Σ (${kind.en} of the above-scale industrial enterprises of ${scope.en}, ` +
      `current data of every source, summed exactly in the canonical unit); comparable growth = Σ current values of ` +
      `the enterprises that have a prior-year value ÷ Σ their prior-year values − 1 (comparable basis, never this ` +
      `year's published total over last year's); an enterprise without a reported prior-year value gets its stored ` +
      `value of the same period a year before (marked derived); no growth when the base is 0 or missing.`,
  };
}

export function scopeText(names: ScopeNames): BilingualName {
  const zh = [
    '嘉兴市',
    names.unit?.zh,
    names.system?.zh,
    names.cluster?.zh ?? (names.system ? '全部集群' : '规上工业'),
  ];
  const en = [
    'Jiaxing',
    names.unit?.en,
    names.system?.en,
    names.cluster?.en ?? (names.system ? 'all clusters' : 'above-scale industry'),
  ];
  return {
    zh: zh.filter((part) => part !== undefined).join(' · '),
    en: en.filter((part) => part !== undefined).join(' · '),
  };
}

export function membershipRuleText(year: number, inSystem: boolean): BilingualName {
  if (!inSystem)
    return {
      zh: `${year}年被标记为规模以上（规上）的全部工业企业，按其当年所属县（市、区）计入。`,
      en: `Every industrial enterprise marked above-scale (规上) for ${year}, counted in its reporting unit of that year.`,
    };
  return {
    zh:
      `${year}年的规上企业按当年登记的国民经济行业代码（GB/T 4754）匹配本体系名录：取最具体的子方向，` +
      `部分覆盖或无法匹配的不计入；人工调整的归属优先；子方向的企业同时计入其上级集群。`,
    en:
      `Above-scale enterprises of ${year} are matched by that year's industry code (GB/T 4754) against the ` +
      `system's catalogue: the most specific sub-direction counts, partial or missing matches do not; manual ` +
      `assignments win; an enterprise of a sub-direction also counts in the clusters above it.`,
  };
}
