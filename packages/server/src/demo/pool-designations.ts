/**
 * The demo's cultivation-pool history (企业培育库, DOMAIN.md §6) across the demo's years, so that lists of several
 * years show entries, renewals, upgrades and expiries: each pool draws its firms from a band of 规上 firms by output
 * rank (0 = largest) and enters them on a date from two years before the first demo year on; a designation is
 * valid three years, and most are renewed (a new entry from the end of the old one), some lapse. Some 雏鹰 become
 * 雄鹰, some 专精特新 become 小巨人, some 上市后备 list. The issuing office decides the level (工信部 national, 浙经信
 * provincial, 嘉经信 municipal).
 */
import { isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { addMonths, randomDate } from './iso-dates.ts';
import { Random } from './random.ts';

export interface DemoDesignation {
  firm: DemoFirm;
  pool: string;
  entered: string;
  validUntil: string;
  document: string;
}

interface PoolPlan {
  pool: string;
  /** Firms at scale 1. */
  entries: number;
  band: readonly [number, number];
  issuer: string;
  /** Share of firms that move up, and the pool they move to. */
  upgrade?: readonly [number, string];
}

const PLANS: readonly PoolPlan[] = [
  { pool: '雄鹰企业', entries: 30, band: [0, 0.03], issuer: '嘉经信' },
  { pool: '雏鹰企业', entries: 300, band: [0.3, 0.9], issuer: '嘉经信', upgrade: [0.08, '雄鹰企业'] },
  {
    pool: '专精特新中小企业',
    entries: 500,
    band: [0.15, 0.8],
    issuer: '浙经信',
    upgrade: [0.08, '专精特新“小巨人”企业'],
  },
  { pool: '专精特新“小巨人”企业', entries: 50, band: [0.03, 0.3], issuer: '工信部' },
  { pool: '单项冠军企业', entries: 15, band: [0, 0.1], issuer: '工信部' },
  { pool: '隐形冠军企业', entries: 40, band: [0.05, 0.4], issuer: '浙经信' },
  { pool: '上市后备企业', entries: 120, band: [0, 0.25], issuer: '嘉经信', upgrade: [0.15, '上市企业'] },
  { pool: '上市企业', entries: 20, band: [0, 0.1], issuer: '上市公告' },
];
const ISSUER: Record<string, string> = Object.fromEntries(PLANS.map((plan) => [plan.pool, plan.issuer]));
/** A listing does not expire. */
const NEVER = '2099-12-31';

export function buildPoolDesignations(model: DemoModel): DemoDesignation[] {
  const { fromYear, toYear, scale, seed } = model.options;
  const random = new Random(seed).fork('pool-designations');
  const last = `${toYear}-12-31`;
  const ranked = model.firms.filter((firm) => isAbove(firm, toYear));
  ranked.sort((a, b) => model.store.annual('output', b.index, toYear) - model.store.annual('output', a.index, toYear));
  const designations: DemoDesignation[] = [];
  let serial = 0;
  const designate = (firm: DemoFirm, pool: string, entered: string) => {
    serial += 1;
    const listed = pool === '上市企业';
    designations.push({
      firm,
      pool,
      entered,
      validUntil: listed ? NEVER : addMonths(entered, 36),
      document: listed
        ? `上市公告（演示）${entered.slice(0, 4)}-${serial}`
        : `${ISSUER[pool]}〔${entered.slice(0, 4)}〕${10 + (serial % 90)}号（演示）`,
    });
    return designations.at(-1)!;
  };
  for (const plan of PLANS) {
    const [from, to] = plan.band;
    const band = ranked.slice(Math.floor(from * ranked.length), Math.max(1, Math.ceil(to * ranked.length)));
    const chosen = random.shuffle([...band]).slice(0, Math.max(1, Math.round(plan.entries * scale)));
    for (const firm of chosen) {
      let current = designate(firm, plan.pool, randomDate(random, fromYear - 2, toYear));
      while (current.validUntil < last && random.chance(0.65))
        current = designate(firm, plan.pool, addMonths(current.validUntil, 0));
      if (plan.upgrade && random.chance(plan.upgrade[0])) {
        const up = addMonths(current.entered, random.int(12, 30));
        if (up <= last) designate(firm, plan.upgrade[1], up);
      }
    }
  }
  return designations;
}

/**
 * The designations a year's list names: entered by the year's end and valid at some time in the year, one per firm
 * and pool (the latest entry, as a list names a renewal once).
 */
export function designationsOfYear(all: readonly DemoDesignation[], year: number): DemoDesignation[] {
  const latest = new Map<string, DemoDesignation>();
  for (const d of all) {
    if (d.entered > `${year}-12-31` || d.validUntil < `${year}-01-01`) continue;
    const key = `${d.firm.uscc}|${d.pool}`;
    const kept = latest.get(key);
    if (!kept || kept.entered < d.entered) latest.set(key, d);
  }
  return [...latest.values()];
}
