/**
 * One demo enterprise: its identity (USCC, name, reporting unit, GB/T 4754 class), its status in each year
 * (规上, 规下, or absent when it did not exist) and the traits that turn its output into the other figures.
 */
import type { Random } from './random.ts';
import type { SectorDefinition, SectorKey } from './sector-types.ts';

export type FirmStatus = 'above' | 'below';

export interface FirmTraits {
  /** Relative size within its sector (log-normal); evolves from year to year in firm-sizes.ts. */
  size: number;
  /** 营业收入 / 工业总产值; 主营业务收入 / 营业收入. */
  revenueRatio: number;
  mainBusinessRatio: number;
  /** 工业增加值 / 工业总产值. */
  valueAdded: number;
  /** 出口交货值 / 工业总产值 (0 for firms that do not export). */
  exportShare: number;
  /** 吨标煤 and 千瓦时 per 万元 of output. */
  energy: number;
  power: number;
  /** Shares of 营业收入: 实缴税金, R&D (0 for firms without R&D), 利润总额 in a normal year. */
  tax: number;
  rd: number;
  margin: number;
  /** 万元 of output per employee. */
  productivity: number;
}

export interface DemoFirm {
  index: number;
  uscc: string;
  name: string;
  /** Index into DEMO_UNITS. */
  unit: number;
  sector: SectorKey;
  code: string;
  /** 规上 in at least one year (core, entrant or leaver); false for firms that stay 规下. */
  track: boolean;
  /** Status by year; a missing year means the firm did not exist then. */
  status: Map<number, FirmStatus>;
  traits: FirmTraits;
}

export function isAbove(firm: DemoFirm, year: number): boolean {
  return firm.status.get(year) === 'above';
}

export function exists(firm: DemoFirm, year: number): boolean {
  return firm.status.has(year);
}

/** Traits of a new firm of the sector, around the sector's ratios. */
export function drawTraits(sector: SectorDefinition, random: Random): FirmTraits {
  const around = (mean: number, spread: number) => mean * random.logNormal(0, spread);
  return {
    size: random.logNormal(0, sector.sizeSigma),
    revenueRatio: random.uniform(0.93, 1.05),
    mainBusinessRatio: random.uniform(0.96, 1),
    valueAdded: Math.min(0.6, around(sector.valueAdded, 0.15)),
    exportShare: random.chance(sector.exporters) ? Math.min(0.95, around(sector.exportShare, 0.5)) : 0,
    energy: around(sector.energy, 0.4),
    power: around(sector.power, 0.35),
    tax: around(sector.tax, 0.35),
    rd: random.chance(0.3) ? 0 : Math.min(0.15, around(sector.rd, 0.5)),
    margin: Math.max(0.005, sector.margin + 0.03 * random.normal()),
    productivity: around(sector.productivity, 0.3),
  };
}
