/**
 * Each 规上 firm's annual output (工业总产值, whole 千元), year by year. A sector's planned output of a year is
 * split over the reporting units by the sector's weights, then within a unit over its 规上 firms as a floor
 * of 2700万元 plus shares of the rest in proportion to each firm's size, so totals match the plan by design
 * and every 规上 firm stays well above the 2000万元 revenue line. Sizes drift a little each year; entrants come
 * in small and leavers shrink before they go. An entrant's output in the year before it entered (its
 * 上年同期) is a little below its first 规上 year.
 */
import { apportion } from './apportion.ts';
import { isAbove, type DemoFirm } from './demo-firm.ts';
import { yiToThousandYuan } from './published-figures.ts';
import type { Random } from './random.ts';
import { plannedOutput, type SectorKey } from './sector-types.ts';
import { SECTORS } from './sectors.ts';

/** Floor of a 规上 firm's annual output: 2700万元 in 千元. */
export const OUTPUT_FLOOR = 27_000;

/** Annual output by firm and year; `undefined` where the firm has no figures. */
export type AnnualOutput = Map<number, Map<number, number>>;

export function allocateAnnualOutput(
  firms: readonly DemoFirm[],
  years: readonly number[],
  random: Random,
): AnnualOutput {
  const sizes = evolveSizes(firms, years, random);
  const output: AnnualOutput = new Map();
  const set = (firm: DemoFirm, year: number, value: number) => {
    if (!output.has(firm.index)) output.set(firm.index, new Map());
    output.get(firm.index)?.set(year, value);
  };
  for (const year of years) {
    for (const sector of SECTORS) {
      const cells = unitCells(firms, sector.key, year);
      const weights = cells.map((cell, unit) => (cell.length > 0 ? (sector.units[unit] ?? 0) : 0));
      if (weights.every((weight) => weight === 0)) continue;
      const plans = apportion(yiToThousandYuan(plannedOutput(sector, year)), weights);
      cells.forEach((cell, unit) => {
        if (cell.length === 0) return;
        const plan = Math.max(plans[unit] ?? 0, Math.round(cell.length * OUTPUT_FLOOR * 1.5));
        const shares = apportion(
          plan - cell.length * OUTPUT_FLOOR,
          cell.map((firm) => sizes.get(`${firm.index}|${year}`) ?? 1),
        );
        cell.forEach((firm, k) => set(firm, year, OUTPUT_FLOOR + (shares[k] ?? 0)));
      });
    }
  }
  for (const firm of firms) {
    for (const year of years) {
      const next = output.get(firm.index)?.get(year + 1);
      if (!isAbove(firm, year) && isAbove(firm, year + 1) && firm.status.has(year) && next !== undefined) {
        set(firm, year, Math.round(next * random.uniform(0.72, 0.95)));
      }
    }
  }
  return output;
}

/** The 规上 firms of a sector in a year, by reporting unit (index = unit). */
function unitCells(firms: readonly DemoFirm[], sector: SectorKey, year: number): DemoFirm[][] {
  const cells: DemoFirm[][] = Array.from({ length: 9 }, () => []);
  for (const firm of firms) if (firm.sector === sector && isAbove(firm, year)) cells[firm.unit]?.push(firm);
  return cells;
}

/** Relative sizes by firm and year: a random walk from the firm's trait; entrants start small. */
function evolveSizes(firms: readonly DemoFirm[], years: readonly number[], random: Random): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const firm of firms) {
    if (!firm.track) continue;
    let size = firm.traits.size;
    let wasAbove = false;
    for (const year of years) {
      size *= Math.exp(0.1 * random.normal());
      if (isAbove(firm, year) && !wasAbove && year !== years[0]) size = Math.min(size, firm.traits.size * 0.25);
      const leavesNext = isAbove(firm, year) && !isAbove(firm, year + 1) && year !== years[years.length - 1];
      sizes.set(`${firm.index}|${year}`, leavesNext ? size * 0.5 : size);
      wasAbove = isAbove(firm, year);
    }
  }
  return sizes;
}
