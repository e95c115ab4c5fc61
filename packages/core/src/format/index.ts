/**
 * The bureau's number conventions as pure functions: money in 亿元/万元, growth, percentage points (拉动),
 * shares, period labels, and the marks for withheld ("x") and missing ("—") cells; table, text and prose
 * forms, Chinese and English.
 */
export type { ReportLanguage } from './report-language.ts';
export { formatDecimal, groupThousands } from './format-decimal.ts';
export {
  cellMark,
  formatCell,
  formatOptional,
  MISSING_FOOTNOTE,
  MISSING_MARK,
  SUPPRESSED_FOOTNOTE,
  SUPPRESSED_MARK,
} from './cell-marks.ts';
export {
  chooseMoneyUnit,
  formatMoneyTable,
  formatMoneyText,
  MONEY_UNIT_NAMES,
  moneyInUnit,
  type MoneyDisplayUnit,
} from './format-money.ts';
export { formatGrowthProse, formatGrowthSigned, formatGrowthTable } from './format-growth.ts';
export { formatPointsTable, formatPointsText, formatPullProse } from './format-points.ts';
export { formatPercentTable, formatPercentText } from './format-percent.ts';
export { formatCumulativePeriod, formatMonthRange } from './format-period.ts';
export {
  displayUnitOfDimension,
  displayUnitOfMeasure,
  formatInDisplayUnit,
  formatInDisplayUnitText,
  inDisplayUnit,
  type DisplayUnit,
} from './display-unit.ts';
