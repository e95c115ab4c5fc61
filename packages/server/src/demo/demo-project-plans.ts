/**
 * The demo's major industrial and 技改 projects as plans (DOMAIN.md §6): each with its firm, kind, planned total,
 * signing, filing, land supply (new projects), start, completion, production and full-production dates planned and
 * reached, and a spending pace. Some start late, some never start on time, some run past their planned completion
 * (the overdue warnings have something to find); completed investment grows month by month from the actual start.
 * Projects are signed from three years before the last year to mid-way through it, more of them recently, so
 * that cluster investment grows roughly as the 15 % target expects, some clusters faster than others.
 */
import { isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { addMonths, isoDate, randomDate } from './iso-dates.ts';
import { Random } from './random.ts';
import { sectorOf } from './sectors.ts';

export type DemoProjectKind = '新建' | '扩建' | '技术改造';

export interface DemoMilestone {
  planned: string;
  actual: string | null;
}

export interface DemoProjectPlan {
  serial: number;
  firm: DemoFirm;
  kind: DemoProjectKind;
  /** 万元, one decimal. */
  totalWan: number;
  landMu: number | null;
  expectedOutputWan: number;
  signing: string;
  filing: DemoMilestone;
  landSupply: DemoMilestone | null;
  start: DemoMilestone;
  completion: DemoMilestone;
  production: DemoMilestone;
  fullProduction: DemoMilestone;
  /** Months from the actual start to spend the total at the project's pace. */
  spendMonths: number;
  /** Spending pace against the schedule (1: on schedule; slower projects keep spending past it). */
  pace: number;
  product: string;
}

const KINDS = [
  ['新建', 4],
  ['扩建', 2],
  ['技术改造', 3],
] as const;

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** A reached milestone: on time, a little early, or late; or not reached when `reached` is false. */
function reach(random: Random, planned: string, reached: boolean, lateMonths: [number, number]): DemoMilestone {
  return { planned, actual: reached ? addMonths(planned, random.int(lateMonths[0], lateMonths[1])) : null };
}

function plan(firm: DemoFirm, serial: number, lastYear: number, random: Random): DemoProjectPlan {
  const product = random.pick(sectorOf(firm.sector).products);
  const kind = random.weighted(KINDS);
  // More projects signed recently: the signing year is weighted towards the last year.
  const signedYear =
    lastYear -
    random.weighted([
      [3, 2],
      [2, 3],
      [1, 4],
      [0, 5],
    ] as const);
  const signing =
    signedYear === lastYear
      ? isoDate(lastYear, random.int(1, 6), random.int(1, 28))
      : randomDate(random, signedYear, signedYear);
  const scale = kind === '技术改造' ? [800, 60_000] : [3_000, 300_000];
  const totalWan = Math.round(Math.exp(random.uniform(Math.log(scale[0]!), Math.log(scale[1]!))) * 10) / 10;
  const plannedStart = addMonths(signing, random.int(3, 8));
  const start = reach(random, plannedStart, random.chance(0.82), [-1, 4]);
  // Filing and land supply come before the start: a started project has both; one not started may lack them.
  const started = start.actual !== null;
  const filing = reach(random, addMonths(signing, 1), started || random.chance(0.8), [0, 1]);
  const landSupply =
    kind === '新建' ? reach(random, addMonths(signing, 2), started || random.chance(0.6), [0, 1]) : null;
  const duration = random.int(kind === '技术改造' ? 8 : 12, kind === '技术改造' ? 18 : 30);
  const plannedEnd = addMonths(plannedStart, duration);
  const delay = start.actual === null ? 0 : Math.max(0, monthsBetween(start.planned, start.actual));
  const completion = reach(random, plannedEnd, start.actual !== null && random.chance(0.75), [delay, delay + 4]);
  const production = reach(random, addMonths(plannedEnd, 1), completion.actual !== null, [delay, delay + 5]);
  const fullProduction = reach(random, addMonths(plannedEnd, 13), production.actual !== null, [delay, delay + 8]);
  return {
    serial,
    firm,
    kind,
    totalWan,
    landMu: kind === '新建' ? Math.round((totalWan / random.uniform(300, 900)) * 10) / 10 : null,
    expectedOutputWan: Math.round(totalWan * random.uniform(1.2, 3) * 10) / 10,
    signing,
    filing,
    landSupply,
    start,
    completion,
    production,
    fullProduction,
    spendMonths: duration + delay + random.int(0, 6),
    pace: random.uniform(0.75, 1),
    product,
  };
}

/** The projects' plans, drawn once per data set (the same in every list). */
export function demoProjectPlans(model: DemoModel, lastYear: number, count: number): DemoProjectPlan[] {
  const random = new Random(model.options.seed).fork(`projects-${lastYear}`);
  const candidates = model.firms.filter((firm) => isAbove(firm, lastYear));
  // Every reporting unit has projects (taken in turn); within a unit, firms of the 五大 clusters and larger firms
  // carry most of the register, as the bureau's lists do.
  const weightOf = (firm: DemoFirm) =>
    Math.sqrt(model.store.annual('output', firm.index, lastYear)) *
    (model.catalogues.assigned('wuda', firm.code, lastYear) === null ? 1 : 6);
  const units = [...new Set(candidates.map((firm) => firm.unit))].sort((a, b) => a - b);
  const byUnit = units.map((unit) => candidates.filter((firm) => firm.unit === unit));
  return Array.from({ length: count }, (_, k) => {
    const pool = byUnit[k % byUnit.length]!;
    const firm = pool[random.weightedIndex(pool.map(weightOf))] as DemoFirm;
    return plan(firm, 100_000 + k * 37, lastYear, random);
  });
}

/** 累计完成投资 (万元) at the end of a month: nothing before the start, then at the project's pace; the total at completion. */
export function cumulativeAt(plan: DemoProjectPlan, year: number, month: number): number {
  const end = isoDate(year, month, 31);
  if (plan.start.actual === null || plan.start.actual > end) return 0;
  if (plan.completion.actual !== null && plan.completion.actual <= end) return plan.totalWan;
  const elapsed = monthsBetween(plan.start.actual, end) + 1;
  // Slow projects keep spending past their schedule, up to the last few percent before completion.
  const share = Math.min(0.98, (elapsed / plan.spendMonths) * plan.pace);
  return Math.round(plan.totalWan * share * 10) / 10;
}

/** 年度计划投资 (万元): what the schedule (full pace from the actual start, else the planned start) puts in the year. */
export function plannedAnnualWan(plan: DemoProjectPlan, year: number): number {
  const start = plan.start.actual ?? plan.start.planned;
  const scheduled = (y: number) => {
    const elapsed = monthsBetween(start, isoDate(y, 12, 31)) + 1;
    return plan.totalWan * Math.min(1, Math.max(0, elapsed / plan.spendMonths));
  };
  return Math.round((scheduled(year) - scheduled(year - 1)) * 10) / 10;
}
