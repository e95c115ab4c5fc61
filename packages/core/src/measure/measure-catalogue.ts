/**
 * Every number in the system is an observation of a measure. A measure has names, the dimension (and so
 * the canonical unit) it is stored in, how it accumulates over a year, the department that sends it, and
 * whether it is confidential enterprise data (统计法, 税收征管法).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { Dimension } from '../units/index.ts';
import type { Department } from '../intake/source-profile.ts';

/** cumulative: 本年累计 (1..N月); monthly: 当月; annual: one value a year; stock: a level at a date. */
export type MeasureKind = 'cumulative' | 'monthly' | 'annual' | 'stock';

export interface Measure {
  code: string;
  name: BilingualName;
  dimension: Dimension;
  kind: MeasureKind;
  department: Department;
  confidential: boolean;
  /** Whether more is better when scoring (亩均 evaluation, index). */
  direction: 'positive' | 'negative' | 'neutral';
}

const m = (
  code: string,
  [zh, en]: [string, string],
  dimension: Dimension,
  kind: MeasureKind,
  department: Department,
  direction: Measure['direction'] = 'positive',
  confidential = true,
): Measure => ({ code, name: { zh, en }, dimension, kind, department, confidential, direction });

export const MEASURES: readonly Measure[] = [
  m('industrial_output', ['工业总产值', 'gross industrial output'], 'money', 'cumulative', 'statistics'),
  m('operating_revenue', ['营业收入', 'operating revenue'], 'money', 'cumulative', 'statistics'),
  m('value_added', ['工业增加值', 'industrial value added'], 'money', 'cumulative', 'statistics'),
  m('total_profit', ['利润总额', 'total profit'], 'money', 'cumulative', 'statistics'),
  m('export_delivery', ['出口交货值', 'export delivery value'], 'money', 'cumulative', 'statistics'),
  m('employees', ['从业人员期末人数', 'employees at period end'], 'people', 'stock', 'statistics'),
  m(
    'energy_consumption',
    ['综合能源消费量', 'total energy consumption'],
    'energy',
    'cumulative',
    'statistics',
    'negative',
  ),
  m('rd_expenditure', ['研究与试验发展经费支出', 'R&D expenditure'], 'money', 'annual', 'statistics'),
  m('average_employees', ['年平均从业人员', 'average employees'], 'people', 'annual', 'statistics'),
  m('annual_value_added', ['工业增加值（年报）', 'value added (annual report)'], 'money', 'annual', 'statistics'),
  m(
    'main_business_revenue',
    ['主营业务收入（年报）', 'main business revenue (annual report)'],
    'money',
    'annual',
    'statistics',
  ),
  m('tax_paid', ['实缴税金', 'tax paid'], 'money', 'annual', 'tax'),
  m('tax_export_credit', ['免抵调库税额', 'export exemption-and-credit tax'], 'money', 'annual', 'tax'),
  m('tax_refund', ['退税额', 'tax refunds'], 'money', 'annual', 'tax'),
  m('electricity', ['用电量', 'electricity consumption'], 'electricity', 'monthly', 'power', 'negative'),
  m('land_own', ['自有用地面积', 'own land area'], 'area', 'stock', 'land', 'neutral'),
  m('land_rented_in', ['租入用地面积', 'land rented in'], 'area', 'stock', 'land', 'neutral'),
  m('land_rented_out', ['租出用地面积', 'land rented out'], 'area', 'stock', 'land', 'neutral'),
  m('cod', ['化学需氧量排放量', 'COD emissions'], 'pollutant', 'annual', 'environment', 'negative'),
  m('so2', ['二氧化硫排放量', 'SO2 emissions'], 'pollutant', 'annual', 'environment', 'negative'),
  m('ammonia_nitrogen', ['氨氮排放量', 'ammonia nitrogen emissions'], 'pollutant', 'annual', 'environment', 'negative'),
  m('nox', ['氮氧化物排放量', 'NOx emissions'], 'pollutant', 'annual', 'environment', 'negative'),
];

const byCode = new Map(MEASURES.map((measure) => [measure.code, measure]));

export function getMeasure(code: string): Measure | undefined {
  return byCode.get(code);
}
