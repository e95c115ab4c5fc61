/**
 * The label of a cumulative monthly period as the bureau prints it: 1–N月 of a year (DOMAIN.md §3),
 * `2024年1–10月`, `2024年1–2月`, and `2024年1月` for January alone. parsePeriodText reads every label back.
 */

/** `year`年1–`toMonth`月; a month outside 1–12 or a fractional year is a programming error. */
export function formatPeriodLabel(year: number, toMonth: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(toMonth) || toMonth < 1 || toMonth > 12) {
    throw new RangeError(`no period label for year ${year}, month ${toMonth}`);
  }
  return toMonth === 1 ? `${year}年1月` : `${year}年1–${toMonth}月`;
}
