/**
 * Spellings of units found in the bureau's spreadsheets and reports, beyond each unit's code, names and
 * symbols. They are compared after normalisation (see find-unit.ts): NFKC (so ㎡ is m2 and （ is (),
 * lower case, no whitespace.
 */
import type { UnitCode } from './unit-catalogue.ts';

export const UNIT_SPELLINGS: Readonly<Record<UnitCode, readonly string[]>> = {
  yuan: ['人民币元', 'rmb', 'cny'],
  thousand_yuan: ['千元人民币'],
  ten_thousand_yuan: ['万元人民币'],
  hundred_million_yuan: ['亿元人民币'],
  mu: ['市亩'],
  square_metre: ['m2', 'm^2', 'sqm', '㎡', '平米', '平方米(m²)', 'square meter', 'square metres', 'square meters'],
  hectare: ['hectares', 'hm2', 'hm²', '公顷(hm²)'],
  kwh: ['度', 'kw·h', 'kw.h', 'kw*h', 'kw-h', 'kilowatt hour', 'kilowatt hours', '千瓦小时', '千瓦·时'],
  ten_thousand_kwh: ['万度', '万kw·h', '万kw.h', '万千瓦小时', '万千瓦·时'],
  tce: ['吨标准煤', '吨标煤', '吨标准煤当量', '标准煤吨', 'tce'],
  ten_thousand_tce: ['万吨标准煤', '万吨标煤', '万tce'],
  pollution_equivalent_tonne: ['污染当量吨', '吨当量'],
  tonne: ['公吨', 'tonnes', 'metric ton'],
  person: ['persons', 'people', '人数'],
  enterprise: ['enterprises', '家企业'],
  percent: ['百分数', 'pct', '％'],
  ratio: ['比率', '比例'],
};
