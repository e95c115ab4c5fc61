/**
 * A year's figures per enterprise for pool screening, from the store: 营业收入 as the 1–12月 cumulative
 * (operating_revenue, period 12), else the annual report's 主营业务收入 (main_business_revenue, period 0), and
 * the same for the year before (growth); R&D expense (rd_expenditure, annual); employees (average_employees,
 * else employees at December); output (industrial_output, 1–12月 else annual); tax paid (tax_paid, annual).
 * A figure the store lacks stays null: screening says "not measurable", never 0.
 */
import type { DataScope, PoolFigures } from '@observatory/core';
import { listFullYearValues } from '../../repositories/pool-figures.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';

/** [measure, period month] in order of preference, per figure. */
const SOURCES = {
  revenue: [
    ['operating_revenue', 12],
    ['main_business_revenue', 0],
  ],
  rdExpense: [['rd_expenditure', 0]],
  employees: [
    ['average_employees', 0],
    ['employees', 12],
  ],
  output: [
    ['industrial_output', 12],
    ['industrial_output', 0],
  ],
  taxPaid: [['tax_paid', 0]],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

export const POOL_FIGURE_MEASURES = [...new Set(Object.values(SOURCES).flatMap((list) => list.map(([m]) => m)))];

export type YearFigures = Omit<PoolFigures, 'tiersInForce'>;

export async function readPoolFigures(
  db: Queryable,
  year: number,
  scope: DataScope,
): Promise<Map<number, YearFigures>> {
  const rows = await listFullYearValues(db, POOL_FIGURE_MEASURES, [year - 1, year], scope);
  const values = new Map<string, number>();
  for (const row of rows)
    values.set(`${row.enterprise_id}|${row.measure}|${row.period_year}|${row.period_month}`, Number(row.value));
  const pick = (id: number, y: number, sources: readonly (readonly [string, number])[]) => {
    for (const [measure, month] of sources) {
      const value = values.get(`${id}|${measure}|${y}|${month}`);
      if (value !== undefined) return value;
    }
    return null;
  };
  const ids = new Set(rows.map((row) => row.enterprise_id));
  const figures = new Map<number, YearFigures>();
  for (const id of ids)
    figures.set(id, {
      revenueYuan: pick(id, year, SOURCES.revenue),
      previousRevenueYuan: pick(id, year - 1, SOURCES.revenue),
      rdExpenseYuan: pick(id, year, SOURCES.rdExpense),
      employees: pick(id, year, SOURCES.employees),
      outputYuan: pick(id, year, SOURCES.output),
      taxPaidYuan: pick(id, year, SOURCES.taxPaid),
    });
  return figures;
}

export const NO_FIGURES: YearFigures = {
  revenueYuan: null,
  previousRevenueYuan: null,
  rdExpenseYuan: null,
  employees: null,
  outputYuan: null,
  taxPaidYuan: null,
};
