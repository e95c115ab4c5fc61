/**
 * The catalogue of units of measure the bureau's data use, each with its names, the symbol as the bureau
 * writes it, its dimension and its exact factor to the dimension's canonical unit (元, 亩, kWh, 吨标煤,
 * 当量吨, 吨, 人, 家, ratio). 1 亩 = 10000/15 m² exactly (≈ 666.67 m²) and 1 公顷 = 15 亩.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { Dimension } from './dimension.ts';
import type { ExactFactor } from './exact-factor.ts';

interface UnitDefinition {
  readonly name: BilingualName;
  /** The symbol as the bureau writes it in tables (元, 万元, 亩, 平方米, 千瓦时, %, ...). */
  readonly symbol: string;
  /** The international or Latin form, where the bureau also uses one (m², kWh, 万kWh). */
  readonly latinSymbol: string | null;
  readonly dimension: Dimension;
  /** One of this unit in the dimension's canonical unit. */
  readonly factor: ExactFactor;
}

/** 10^powerOfTen canonical units. */
const tenTo = (powerOfTen: number): ExactFactor => ({ numerator: 1, denominator: 1, powerOfTen });
/** 15 × 10^powerOfTen canonical units (亩 are 15 to the 公顷). */
const fifteenTimesTenTo = (powerOfTen: number): ExactFactor => ({ numerator: 15, denominator: 1, powerOfTen });

function define(
  [zh, en]: [string, string],
  symbol: string,
  dimension: Dimension,
  factor: ExactFactor,
  latinSymbol: string | null = null,
): UnitDefinition {
  return { name: { zh, en }, symbol, latinSymbol, dimension, factor };
}

const UNIT_DEFINITIONS = {
  yuan: define(['元', 'yuan'], '元', 'money', tenTo(0)),
  thousand_yuan: define(['千元', 'thousand yuan'], '千元', 'money', tenTo(3)),
  ten_thousand_yuan: define(['万元', 'ten thousand yuan'], '万元', 'money', tenTo(4)),
  hundred_million_yuan: define(['亿元', 'hundred million yuan'], '亿元', 'money', tenTo(8)),
  mu: define(['亩', 'mu'], '亩', 'area', tenTo(0)),
  // 1 m² = 15/10000 亩, i.e. 1 亩 = 10000/15 m² ≈ 666.67 m²
  square_metre: define(['平方米', 'square metre'], '平方米', 'area', fifteenTimesTenTo(-4), 'm²'),
  hectare: define(['公顷', 'hectare'], '公顷', 'area', fifteenTimesTenTo(0), 'ha'),
  kwh: define(['千瓦时', 'kilowatt-hour'], '千瓦时', 'electricity', tenTo(0), 'kWh'),
  ten_thousand_kwh: define(['万千瓦时', 'ten thousand kilowatt-hours'], '万千瓦时', 'electricity', tenTo(4), '万kWh'),
  tce: define(['吨标准煤', 'tonne of coal equivalent'], '吨标煤', 'energy', tenTo(0), 'tce'),
  ten_thousand_tce: define(['万吨标准煤', 'ten thousand tonnes of coal equivalent'], '万吨标煤', 'energy', tenTo(4)),
  pollution_equivalent_tonne: define(['当量吨', 'pollution-equivalent tonne'], '当量吨', 'pollutant', tenTo(0)),
  tonne: define(['吨', 'tonne'], '吨', 'mass', tenTo(0), 't'),
  person: define(['人', 'person'], '人', 'people', tenTo(0)),
  enterprise: define(['家', 'enterprise'], '家', 'count', tenTo(0)),
  percent: define(['百分比', 'percent'], '%', 'ratio', tenTo(-2)),
  ratio: define(['比值', 'ratio'], '', 'ratio', tenTo(0)),
} satisfies Record<string, UnitDefinition>;

export type UnitCode = keyof typeof UNIT_DEFINITIONS;

export interface Unit extends UnitDefinition {
  readonly code: UnitCode;
}

/** The canonical (storage) unit of each dimension; its factor is exactly 1. */
export const CANONICAL_UNITS = {
  money: 'yuan',
  area: 'mu',
  electricity: 'kwh',
  energy: 'tce',
  pollutant: 'pollution_equivalent_tonne',
  mass: 'tonne',
  people: 'person',
  count: 'enterprise',
  ratio: 'ratio',
} as const satisfies Record<Dimension, UnitCode>;

export type CanonicalUnitCode = (typeof CANONICAL_UNITS)[Dimension];

/** Every unit, in catalogue order. */
export const UNITS: readonly Unit[] = Object.entries(UNIT_DEFINITIONS).map(([code, definition]) => ({
  code: code as UnitCode,
  ...definition,
}));

export function isUnitCode(value: string): value is UnitCode {
  return Object.hasOwn(UNIT_DEFINITIONS, value);
}

/** The unit with this code; undefined for an unknown code. */
export function getUnit(code: string): Unit | undefined {
  return isUnitCode(code) ? UNITS.find((unit) => unit.code === code) : undefined;
}
