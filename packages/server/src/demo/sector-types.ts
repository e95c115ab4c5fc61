/**
 * What the demo knows about one industry of Jiaxing (a sector): its GB/T 4754 classes, where its firms sit,
 * how many there are at scale 1, its planned 规上 output, and the ratios that turn output into the other
 * figures the departments report. The tables themselves are in sectors.ts.
 */

export type SectorKey =
  | 'fibre'
  | 'weaving'
  | 'apparel'
  | 'chemBasic'
  | 'chemFine'
  | 'chemSpecial'
  | 'pv'
  | 'auto'
  | 'appliances'
  | 'furniture'
  | 'electronics'
  | 'equipment'
  | 'batteries'
  | 'biomedicine'
  | 'aerospace'
  | 'environmental'
  | 'other';

/** 当量吨 of each pollutant per 亿元 of output. */
export interface PollutionIntensity {
  cod: number;
  so2: number;
  ammonia: number;
  nox: number;
}

export interface SectorDefinition {
  key: SectorKey;
  /** Chinese label for progress messages and project lists. */
  label: string;
  /** GB/T 4754 classes with relative weights. */
  codes: readonly (readonly [code: string, weight: number])[];
  /** Weights over the 9 reporting units (DEMO_UNITS order), for both firm counts and output. */
  units: readonly number[];
  /** Firms that are 规上 in some year (core, entrants, leavers) at scale 1. */
  trackFirms: number;
  /** 规下 firms at scale 1. */
  belowFirms: number;
  /** Planned annual 规上 output in 2023, 亿元. */
  output2023: number;
  /** Output of each year relative to 2023. */
  index: Readonly<Record<number, number>>;
  /** Spread (σ of log) of firm sizes. */
  sizeSigma: number;
  /** 工业增加值 / 工业总产值. */
  valueAdded: number;
  /** Share of firms that export, and 出口交货值 / 工业总产值 among them. */
  exporters: number;
  exportShare: number;
  /** 吨标煤 per 万元 of output; 千瓦时 per 万元 of output. */
  energy: number;
  power: number;
  /** 实缴税金, R&D and 利润总额 as shares of 营业收入. */
  tax: number;
  rd: number;
  margin: number;
  /** 万元 of output per employee. */
  productivity: number;
  /** Emissions reported to the environment bureau; null when the sector is not monitored. */
  pollution: PollutionIntensity | null;
  /** Classes that are monitored when only some are (印染 in weaving); null = all the sector's classes. */
  pollutingCodes: readonly string[] | null;
  /** Words for enterprise names (恒达纺织) and products for project names. */
  nameWords: readonly string[];
  /** Name words by GB/T 4754 division, where the sector spans several (other manufacturing). */
  divisionWords?: Readonly<Record<string, readonly string[]>>;
  products: readonly string[];
}

const BASE_YEAR = 2023;

/** The sector's planned annual 规上 output of `year` in 亿元 (5 % a year beyond the table). */
export function plannedOutput(sector: SectorDefinition, year: number): number {
  const years = Object.keys(sector.index)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0] ?? BASE_YEAR;
  const last = years[years.length - 1] ?? BASE_YEAR;
  const clamped = Math.min(Math.max(year, first), last);
  const index = sector.index[clamped] ?? 1;
  return sector.output2023 * index * 1.05 ** (year - clamped);
}

/** GB/T 4754 classes with weights from a compact text: `'2822:6 2821:2 2812:0.5'` (a class alone weighs 1). */
export function classWeights(text: string): [string, number][] {
  return text
    .trim()
    .split(/\s+/)
    .map((part) => {
      const [code = '', weight = '1'] = part.split(':');
      if (!/^\d{4}$/.test(code)) throw new RangeError(`not a GB/T 4754 class: ${code}`);
      return [code, Number(weight)];
    });
}
