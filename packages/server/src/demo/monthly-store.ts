/**
 * Every firm's monthly figures, year by year, in flat typed arrays: output, revenue, value added, profit,
 * export delivery and energy per month (whole 千元; energy in whole 吨标煤), and the employee level of the
 * year. A firm has figures for a year when it was 规上 then, or in the year before it became 规上 (its
 * 上年同期 then). Cumulative 1–N月 values are sums of months, so they never fall while months are ≥ 0.
 */

export const MONTHLY_MEASURES = ['output', 'revenue', 'valueAdded', 'profit', 'export', 'energy'] as const;
export type MonthlyMeasure = (typeof MONTHLY_MEASURES)[number];

export class MonthlyStore {
  private readonly data: Record<MonthlyMeasure, Float64Array>;
  private readonly present: Uint8Array;
  private readonly employeeLevels: Float64Array;

  constructor(
    private readonly firmCount: number,
    readonly years: readonly number[],
  ) {
    const cells = firmCount * years.length;
    this.data = Object.fromEntries(
      MONTHLY_MEASURES.map((measure) => [measure, new Float64Array(cells * 12)]),
    ) as Record<MonthlyMeasure, Float64Array>;
    this.present = new Uint8Array(cells);
    this.employeeLevels = new Float64Array(cells);
  }

  private cell(firm: number, year: number): number {
    const yearIndex = this.years.indexOf(year);
    if (yearIndex < 0 || firm < 0 || firm >= this.firmCount) throw new RangeError(`no cell ${firm}/${year}`);
    return firm * this.years.length + yearIndex;
  }

  has(firm: number, year: number): boolean {
    return this.years.includes(year) && this.present[this.cell(firm, year)] === 1;
  }

  /** The 12 monthly values of a firm-year (a copy). */
  months(measure: MonthlyMeasure, firm: number, year: number): number[] {
    const start = this.cell(firm, year) * 12;
    return Array.from(this.data[measure].subarray(start, start + 12));
  }

  setMonths(measure: MonthlyMeasure, firm: number, year: number, values: readonly number[]): void {
    if (values.length !== 12) throw new RangeError('a year has 12 months');
    const cell = this.cell(firm, year);
    this.data[measure].set(values, cell * 12);
    this.present[cell] = 1;
  }

  /** 本年累计 of months 1..toMonth. */
  cumulative(measure: MonthlyMeasure, firm: number, year: number, toMonth: number): number {
    const start = this.cell(firm, year) * 12;
    let sum = 0;
    for (let k = 0; k < toMonth; k += 1) sum += this.data[measure][start + k] ?? 0;
    return sum;
  }

  annual(measure: MonthlyMeasure, firm: number, year: number): number {
    return this.cumulative(measure, firm, year, 12);
  }

  setEmployeeLevel(firm: number, year: number, level: number): void {
    this.employeeLevels[this.cell(firm, year)] = level;
  }

  /** 从业人员期末人数 at the end of a month: the year's level, lower after the Spring Festival. */
  employees(firm: number, year: number, month: number): number {
    const level = this.employeeLevels[this.cell(firm, year)] ?? 0;
    return Math.round(level * (0.97 + 0.005 * month));
  }

  /** 年平均从业人员: the mean of the 12 month-end figures. */
  averageEmployees(firm: number, year: number): number {
    let sum = 0;
    for (let month = 1; month <= 12; month += 1) sum += this.employees(firm, year, month);
    return Math.round(sum / 12);
  }
}
