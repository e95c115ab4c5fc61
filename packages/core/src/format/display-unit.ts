/**
 * The unit a measure is shown in, chosen from its dimension (DOMAIN.md §3: canonical units in storage,
 * formatting at the edge): money in 亿元 with one decimal, electricity in 万千瓦时, energy in 万吨标煤, counts
 * of people and enterprises as whole numbers. A code the measure catalogue does not know is taken as money,
 * the bulletin's default (its figures are in 元).
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { getMeasure } from '../measure/measure-catalogue.ts';
import type { Dimension } from '../units/index.ts';
import { formatDecimal, groupThousands } from './format-decimal.ts';
import { formatMoneyText } from './format-money.ts';
import type { ReportLanguage } from './report-language.ts';

export interface DisplayUnit {
  /** null for a unit outside the catalogue (a target written in its own unit). */
  dimension: Dimension | null;
  name: BilingualName;
  /** Shown value = canonical value × 10^shift. */
  shift: number;
  digits: number;
}

const unit = (dimension: Dimension, zh: string, en: string, shift: number, digits: number): DisplayUnit => ({
  dimension,
  name: { zh, en },
  shift,
  digits,
});

const BY_DIMENSION: Record<Dimension, DisplayUnit> = {
  money: unit('money', '亿元', '100 million yuan', -8, 1),
  area: unit('area', '亩', 'mu', 0, 0),
  electricity: unit('electricity', '万千瓦时', '10 thousand kWh', -4, 1),
  energy: unit('energy', '万吨标煤', '10 thousand tce', -4, 2),
  pollutant: unit('pollutant', '当量吨', 'pollution-equivalent tonnes', 0, 1),
  mass: unit('mass', '吨', 'tonnes', 0, 0),
  people: unit('people', '人', 'persons', 0, 0),
  count: unit('count', '家', 'enterprises', 0, 0),
  ratio: unit('ratio', '%', '%', 2, 1),
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

/**
 * The value with its unit for a sentence: 2278.3亿元 / 227.83 billion yuan (money as formatMoneyText), 12345.7万千瓦时 /
 * 12,345.7 10 thousand kWh, 32.5% (a ratio, no space before %).
 */
export function formatInDisplayUnitText(
  value: number,
  displayUnit: DisplayUnit,
  language: ReportLanguage = 'zh',
): string {
  if (displayUnit.dimension === 'money' && displayUnit.shift === -8) {
    return formatMoneyText(value, language, 'hundred_million_yuan', displayUnit.digits);
  }
  const number = formatInDisplayUnit(value, displayUnit);
  if (displayUnit.name.zh === '%') return `${number}%`;
  return language === 'zh' ? `${number}${displayUnit.name.zh}` : `${groupThousands(number)} ${displayUnit.name.en}`;
}
