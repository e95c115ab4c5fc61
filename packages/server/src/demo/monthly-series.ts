/**
 * Turns each firm-year's annual output into 12 months of every monthly measure. A firm-year has one seasonal
 * pattern (low in January–February around the Spring Festival, high in December) shared by all its
 * measures, so its ratios hold month by month. Months are whole numbers ≥ 0 — except the first two months of
 * a loss-making year's profit, which carry the loss: its cumulative profit is negative but never falls from
 * 1–2月 on.
 */
import { apportion } from './apportion.ts';
import type { DemoFirm } from './demo-firm.ts';
import type { AnnualOutput } from './firm-sizes.ts';
import type { MonthlyStore } from './monthly-store.ts';
import type { Random } from './random.ts';

/** Shares of a year by month (sum 1). */
export const SEASON = [0.06, 0.055, 0.085, 0.083, 0.085, 0.087, 0.084, 0.085, 0.088, 0.088, 0.095, 0.105];

/** Share of the firm-years of smaller firms that make a loss. */
const LOSS_SHARE = 0.08;

export function fillMonthlySeries(
  store: MonthlyStore,
  firms: readonly DemoFirm[],
  output: AnnualOutput,
  random: Random,
): void {
  for (const firm of firms) {
    const years = output.get(firm.index);
    if (years === undefined) continue;
    for (const [year, annual] of [...years].sort(([a], [b]) => a - b)) {
      fillFirmYear(store, firm, year, annual, random);
    }
  }
}

function fillFirmYear(store: MonthlyStore, firm: DemoFirm, year: number, output: number, random: Random): void {
  const { traits } = firm;
  const season = SEASON.map((share) => share * Math.exp(0.06 * random.normal()));
  const spread = (total: number) => apportion(Math.round(total), season);
  const revenue = Math.round(output * traits.revenueRatio * random.uniform(0.98, 1.02));
  store.setMonths('output', firm.index, year, spread(output));
  store.setMonths('revenue', firm.index, year, spread(revenue));
  store.setMonths('valueAdded', firm.index, year, spread(output * traits.valueAdded * random.uniform(0.97, 1.03)));
  store.setMonths('export', firm.index, year, spread(output * traits.exportShare * random.uniform(0.9, 1.1)));
  store.setMonths('energy', firm.index, year, spread((output / 10) * traits.energy));
  const loss = random.chance(LOSS_SHARE) && traits.size < 2;
  const margin = loss ? -random.uniform(0.005, 0.04) : traits.margin * random.logNormal(0, 0.25);
  store.setMonths('profit', firm.index, year, profitMonths(Math.round(revenue * margin), season));
  store.setEmployeeLevel(firm.index, year, Math.max(8, Math.round(output / 10 / traits.productivity)));
}

/** A year's profit by month; a loss falls in January–February, later months recover part of it. */
function profitMonths(profit: number, season: readonly number[]): number[] {
  if (profit >= 0) return apportion(profit, season);
  const early = Math.round(profit * 1.1);
  return [...apportion(early, season.slice(0, 2)), ...apportion(profit - early, season.slice(2))];
}
