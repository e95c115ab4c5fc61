/**
 * Money as the bureau writes it: 亿元 with one decimal (2278.3亿元), 万元 for small amounts. Tables carry the
 * bare number under a header that names the unit (2278.3); text carries the unit (2278.3亿元). English text
 * uses billion or thousand yuan with the same precision (2278.3亿元 = 227.83 billion yuan). Values are in 元.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import { formatDecimal, groupThousands } from './format-decimal.ts';
import type { ReportLanguage } from './report-language.ts';

export type MoneyDisplayUnit = 'hundred_million_yuan' | 'ten_thousand_yuan';

/** Powers of ten from 元 to the unit: 1亿元 = 10^8 元. */
const POWER_OF_TEN: Record<MoneyDisplayUnit, number> = { hundred_million_yuan: 8, ten_thousand_yuan: 4 };

export const MONEY_UNIT_NAMES: Record<MoneyDisplayUnit, BilingualName> = {
  hundred_million_yuan: { zh: '亿元', en: '100 million yuan' },
  ten_thousand_yuan: { zh: '万元', en: '10 thousand yuan' },
};

/** 亿元 when the largest amount is at least 1亿元 (or there is none), else 万元: one unit for a whole column. */
export function chooseMoneyUnit(yuanValues: readonly (number | null)[]): MoneyDisplayUnit {
  const largest = Math.max(0, ...yuanValues.map((value) => (value === null ? 0 : Math.abs(value))));
  return largest >= 1e8 || yuanValues.every((value) => value === null) ? 'hundred_million_yuan' : 'ten_thousand_yuan';
}

/** The amount as a number in the unit, for a numeric spreadsheet cell (2278.3 for 227830000000 元). */
export function moneyInUnit(yuan: number, unit: MoneyDisplayUnit = 'hundred_million_yuan'): number {
  return yuan / 10 ** POWER_OF_TEN[unit];
}

/** 2278.3: the table form, the unit in the column header. */
export function formatMoneyTable(yuan: number, unit: MoneyDisplayUnit = 'hundred_million_yuan', digits = 1): string {
  return formatDecimal(yuan, digits, -POWER_OF_TEN[unit]);
}

/** 2278.3亿元 / 227.83 billion yuan; 56.7万元 / 567 thousand yuan. The unit defaults to the amount's own. */
export function formatMoneyText(
  yuan: number,
  language: ReportLanguage = 'zh',
  unit: MoneyDisplayUnit = chooseMoneyUnit([yuan]),
  digits = 1,
): string {
  if (language === 'zh') return `${formatMoneyTable(yuan, unit, digits)}${MONEY_UNIT_NAMES[unit].zh}`;
  if (unit === 'hundred_million_yuan') return `${groupThousands(formatDecimal(yuan, digits + 1, -9))} billion yuan`;
  return `${groupThousands(formatDecimal(yuan, Math.max(0, digits - 1), -3))} thousand yuan`;
}
