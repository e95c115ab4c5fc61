/**
 * The unit a measure is shown in, chosen from its dimension (DOMAIN.md §3: canonical units in storage,
 * formatting at the edge): money in 亿元 with one decimal, electricity in 万千瓦时, energy in 万吨标煤, counts
 * of people and enterprises as whole numbers. A code the measure catalogue does not know is taken as money,
 * the bulletin's default (its figures are in 元).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { getMeasure } from '../measure/measure-catalogue.ts';
import type { Dimension } from '../units/index.ts';
import { formatDecimal } from './format-decimal.ts';

export interface DisplayUnit {
  name: BilingualName;
  /** Shown value = canonical value × 10^shift. */
  shift: number;
  digits: number;
}

const unit = (zh: string, en: string, shift: number, digits: number): DisplayUnit => ({
  name: { zh, en },
  shift,
  digits,
});

const BY_DIMENSION: Record<Dimension, DisplayUnit> = {
  money: unit('亿元', '100 million yuan', -8, 1),
  area: unit('亩', 'mu', 0, 0),
  electricity: unit('万千瓦时', '10 thousand kWh', -4, 1),
  energy: unit('万吨标煤', '10 thousand tce', -4, 2),
  pollutant: unit('当量吨', 'pollution-equivalent tonnes', 0, 1),
  mass: unit('吨', 'tonnes', 0, 0),
  people: unit('人', 'persons', 0, 0),
  count: unit('家', 'enterprises', 0, 0),
  ratio: unit('%', '%', 2, 1),
};

export function displayUnitOfDimension(dimension: Dimension): DisplayUnit {
  return BY_DIMENSION[dimension];
}

export function displayUnitOfMeasure(measureCode: string): DisplayUnit {
  return BY_DIMENSION[getMeasure(measureCode)?.dimension ?? 'money'];
}

/** The canonical value as a number in the display unit (for a numeric spreadsheet cell). */
export function inDisplayUnit(value: number, displayUnit: DisplayUnit): number {
  return displayUnit.shift < 0 ? value / 10 ** -displayUnit.shift : value * 10 ** displayUnit.shift;
}

/** The canonical value as table text in the display unit: 2278.3 for 227830000000 元. */
export function formatInDisplayUnit(value: number, displayUnit: DisplayUnit): string {
  return formatDecimal(value, displayUnit.digits, displayUnit.shift);
}
