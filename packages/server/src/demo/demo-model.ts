/**
 * The whole synthetic economy behind the demo files: the enterprises, their monthly figures (calibrated to
 * the published figures) and the annual revenue of 规下 firm-years, which only the tax, power and land files
 * show. Building it is deterministic for a seed; the file writers only read it.
 */
import { ClusterCatalogues } from './cluster-catalogues.ts';
import { calibrate } from './calibrate.ts';
import { isAbove, type DemoFirm } from './demo-firm.ts';
import { allocateAnnualOutput } from './firm-sizes.ts';
import { MonthlyStore } from './monthly-store.ts';
import { fillMonthlySeries } from './monthly-series.ts';
import { buildPopulation } from './population.ts';
import { Random } from './random.ts';

/** 2000万元 in 千元: the 规上 line on 主营业务收入 (DOMAIN.md §3). */
export const ABOVE_SCALE_REVENUE = 20_000;

export interface DemoModelOptions {
  seed: number;
  scale: number;
  fromYear: number;
  toYear: number;
  registryDir?: string;
}

export interface DemoModel {
  options: DemoModelOptions;
  firms: DemoFirm[];
  store: MonthlyStore;
  catalogues: ClusterCatalogues;
  /** Years with files. */
  years: number[];
  /** 营业收入 of a year in 千元 for any firm that existed then; undefined when it did not. */
  revenue(firm: DemoFirm, year: number): number | undefined;
  /** 主营业务收入 of a 规上 year in 千元. */
  mainBusinessRevenue(firm: DemoFirm, year: number): number;
}

export function buildDemoModel(options: DemoModelOptions, progress: (message: string) => void): DemoModel {
  const random = new Random(options.seed);
  const storedYears = Array.from({ length: options.toYear - options.fromYear + 2 }, (_, k) => options.fromYear - 1 + k);
  const firms = buildPopulation(options, random.fork('population'));
  progress(`企业 ${firms.length} 家 (enterprises)`);
  const store = new MonthlyStore(firms.length, storedYears);
  fillMonthlySeries(
    store,
    firms,
    allocateAnnualOutput(firms, storedYears, random.fork('sizes')),
    random.fork('months'),
  );
  const catalogues = ClusterCatalogues.load(options.registryDir);
  calibrate({ firms, store, catalogues, fromYear: options.fromYear, toYear: options.toYear, progress });
  const below = belowRevenues(firms, storedYears, random.fork('below-revenue'));
  const mainBusinessRevenue = (firm: DemoFirm, year: number) =>
    Math.round(store.annual('revenue', firm.index, year) * firm.traits.mainBusinessRatio);
  for (const firm of firms) {
    for (const year of storedYears) {
      if (isAbove(firm, year) && mainBusinessRevenue(firm, year) < ABOVE_SCALE_REVENUE) {
        throw new Error(`${firm.name} ${year}年主营业务收入低于2000万元 (an above-scale firm fell below the line)`);
      }
    }
  }
  return {
    options,
    firms,
    store,
    catalogues,
    years: storedYears.slice(1),
    revenue: (firm, year) =>
      store.has(firm.index, year) ? store.annual('revenue', firm.index, year) : below.get(`${firm.index}|${year}`),
    mainBusinessRevenue,
  };
}

/** 营业收入 of the firm-years without monthly figures: 150万–1900万元, drifting from year to year. */
function belowRevenues(firms: readonly DemoFirm[], years: readonly number[], random: Random): Map<string, number> {
  const revenues = new Map<string, number>();
  for (const firm of firms) {
    let level = Math.exp(random.uniform(Math.log(1_500), Math.log(19_000)));
    for (const year of years) {
      level = Math.min(19_900, Math.max(800, level * random.logNormal(0.03, 0.08)));
      if (firm.status.get(year) === 'below') revenues.set(`${firm.index}|${year}`, Math.round(level));
    }
  }
  return revenues;
}
