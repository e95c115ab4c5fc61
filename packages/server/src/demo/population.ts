/**
 * The demo's enterprises and their histories. Firms that are 规上 in some year ("track" firms) are core
 * (规上 every year), leavers (规上 until a year, then 规下 or closed) or entrants (规下 before, 规上 from a
 * year on), so the 规上 set changes a little every year around a stable core. Other firms stay 规下. The
 * biggest county of every sector gets at least one core firm, so every calibrated group is populated.
 */
import { apportion } from './apportion.ts';
import { drawTraits, type DemoFirm, type FirmStatus } from './demo-firm.ts';
import { EnterpriseNames } from './enterprise-names.ts';
import { pinghuAutoFirms } from './published-figures.ts';
import type { Random } from './random.ts';
import { demoUnit, UNIT } from './reporting-units.ts';
import type { SectorDefinition } from './sector-types.ts';
import { SECTORS } from './sectors.ts';
import { UsccFactory } from './uscc-factory.ts';

export interface PopulationOptions {
  scale: number;
  /** First year with files; the year before is kept as the base of its 上年同期. */
  fromYear: number;
  toYear: number;
}

/** Shares of track firms that leave, or enter, the 规上 set in each year of the span. */
const LEAVE_SHARE = 0.04;
const ENTER_SHARE = 0.05;

export function buildPopulation(options: PopulationOptions, random: Random): DemoFirm[] {
  const names = new EnterpriseNames(random.fork('names'));
  const usccs = new UsccFactory(random.fork('uscc'));
  const draw = random.fork('firms');
  const firms: DemoFirm[] = [];
  const add = (sector: SectorDefinition, unit: number, track: boolean): DemoFirm => {
    const traits = drawTraits(sector, draw);
    const code = draw.weighted(sector.codes);
    const words = sector.divisionWords?.[code.slice(0, 2)] ?? sector.nameWords;
    const firm: DemoFirm = {
      index: firms.length,
      uscc: usccs.next(demoUnit(unit).areaCode),
      name: names.next(demoUnit(unit).place, words, track && traits.size > 3),
      unit,
      sector: sector.key,
      code,
      track,
      status: new Map(),
      traits,
    };
    firms.push(firm);
    return firm;
  };
  const anchors = new Set<DemoFirm>();
  for (const sector of SECTORS) {
    const counts = cellCounts(Math.max(1, Math.round(sector.trackFirms * options.scale)), sector.units);
    counts.forEach((count, unit) => {
      for (let k = 0; k < count; k += 1) {
        const firm = add(sector, unit, true);
        if (k === 0 && unit === topUnit(sector.units)) anchors.add(firm);
      }
    });
  }
  assignTrackHistories(
    firms.filter((firm) => !anchors.has(firm)),
    [...anchors],
    options,
    random.fork('histories'),
  );
  const histories = random.fork('below-histories');
  for (const sector of SECTORS) {
    const counts = apportion(Math.round(sector.belowFirms * options.scale), sector.units);
    if (sector.key === 'auto') counts[UNIT.pinghu] = pinghuBelowCount(firms, options);
    counts.forEach((count, unit) => {
      for (let k = 0; k < count; k += 1) {
        const firm = add(sector, unit, false);
        const forced = sector.key === 'auto' && unit === UNIT.pinghu;
        setBelowHistory(firm, options, forced ? null : histories);
      }
    });
  }
  return firms;
}

function topUnit(weights: readonly number[]): number {
  return weights.indexOf(Math.max(...weights));
}

/** Firms per reporting unit; the sector's biggest unit gets at least one. */
function cellCounts(total: number, weights: readonly number[]): number[] {
  const counts = apportion(total, weights);
  const top = topUnit(weights);
  if ((counts[top] ?? 0) === 0) counts[top] = 1;
  return counts;
}

function years(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function assignTrackHistories(
  firms: DemoFirm[],
  anchors: DemoFirm[],
  options: PopulationOptions,
  random: Random,
): void {
  const span = years(options.fromYear, options.toYear);
  const all = years(options.fromYear - 1, options.toYear);
  const quotas = apportion(firms.length, [
    Math.max(0.2, 1 - (LEAVE_SHARE + ENTER_SHARE) * span.length),
    ...span.map(() => LEAVE_SHARE),
    ...span.map(() => ENTER_SHARE),
  ]);
  const cohorts = quotas.flatMap((count, cohort) => Array.from({ length: count }, () => cohort));
  random.shuffle(firms);
  firms.forEach((firm, k) => {
    const cohort = cohorts[k] ?? 0;
    const leaves = cohort >= 1 && cohort <= span.length ? span[cohort - 1] : undefined;
    const enters = cohort > span.length ? span[cohort - 1 - span.length] : undefined;
    const staysBelow = random.chance(0.55);
    for (const year of all) {
      let status: FirmStatus | null = 'above';
      if (leaves !== undefined && year >= leaves) status = staysBelow ? 'below' : null;
      if (enters !== undefined && year < enters) status = 'below';
      if (status !== null) firm.status.set(year, status);
    }
  });
  for (const firm of anchors) for (const year of all) firm.status.set(year, 'above');
}

/** 规下 firms: most exist throughout, some are founded or close during the span; `null` = throughout. */
function setBelowHistory(firm: DemoFirm, options: PopulationOptions, random: Random | null): void {
  const roll = random?.next() ?? 0;
  const founded = roll > 0.92 && random ? random.int(options.fromYear, options.toYear) : -Infinity;
  const closed = roll > 0.85 && roll <= 0.92 && random ? random.int(options.fromYear, options.toYear - 1) : Infinity;
  for (const year of years(options.fromYear - 1, options.toYear)) {
    if (year >= founded && year <= closed) firm.status.set(year, 'below');
  }
}

/** 平湖's 规下 auto firms: what the 272 (scaled) leaves after the track firms existing in the last year. */
function pinghuBelowCount(firms: readonly DemoFirm[], options: PopulationOptions): number {
  const existing = firms.filter(
    (firm) => firm.sector === 'auto' && firm.unit === UNIT.pinghu && firm.status.has(options.toYear),
  ).length;
  return Math.max(0, pinghuAutoFirms(options.scale) - existing);
}
