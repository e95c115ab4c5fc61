/**
 * The bulletin's register section 重点工作推进 (issue 9) as data: 重大项目 (projects by reporting unit), 企业培育
 * (pool tiers), 整治提升 (rectification by reporting unit) and 平台载体 (platform kinds), for the bulletin's period
 * and audience. Money in 元; rates are fractions (0.835 = 83.5 %). An investment sum withheld by disclosure control
 * is null with `suppressed` set (BulletinCell), and so is the completion rate computed from it. Counts of projects,
 * firms, cases and platforms are published. A unit audience gets its own unit's rows and the city's row only.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';
import type { BulletinCell, BulletinUnit } from './bulletin-document.ts';

/** 重大项目: one reporting unit's projects of the year as at the period's month (or the city's, `unit` null). */
export interface BulletinProjectRow {
  unit: BulletinUnit | null;
  /** Tracked projects. */
  projects: number;
  /** 年度计划投资, 元. */
  plannedAnnual: BulletinCell;
  /** 1–N月 completed investment, 元. */
  yearCompleted: BulletinCell;
  /** 年度完成率: 1–N月 completed / annual plan; null without a plan or when a sum is withheld. */
  annualCompletionRate: number | null;
  /** 开工率: started / due to start by the month's end; null when none was due. */
  startRate: number | null;
  startedProjects: number;
  dueProjects: number;
  /** Projects with an overdue milestone. */
  overdueProjects: number;
}

export interface BulletinProjects {
  /** The month the figures are as at (the latest list month of the year up to the period). */
  month: number;
  asOf: string;
  units: BulletinProjectRow[];
  city: BulletinProjectRow;
}

/** A 2025 target a register measures (pools, platforms), as the bulletin shows it beside the register's row. */
export interface BulletinRegisterTarget {
  name: BilingualName;
  value: number;
  deadline: string;
  /** What the target's measure counts (its basis), and its value; null when unavailable. */
  basis: BilingualName | null;
  measured: number | null;
  /** measured / value. */
  progress: number | null;
}

/** 企业培育: one tier of the cultivation pools. */
export interface BulletinPoolRow {
  tier: string;
  name: BilingualName;
  /** Firms with an entry in force at the period's end. */
  inPool: number;
  /** Of those, firms first entered in the tier this year. */
  newThisYear: number;
  /** The 2025 target measured on this tier, when the published systems have one. */
  target: BulletinRegisterTarget | null;
}

export interface BulletinPools {
  /** The date the pools are counted on (the period's last day). */
  asOf: string;
  rows: BulletinPoolRow[];
}

/** 整治提升: one reporting unit's rectification cases of the year (or the city's, `unit` null). */
export interface BulletinRectificationRow {
  unit: BulletinUnit | null;
  cases: number;
  /** Cases by status at the month's end: survey, confirmed, planned, implementing, accepted, closed, dismissed. */
  byStatus: Record<string, number>;
  overdue: number;
  closedInMonth: number;
  landFreedMu: number;
  energyFreedTce: number;
  /** 销号 / cases found (不予认定 left out). */
  closureRate: number | null;
  /** The unit's targets of the year (考核), each with its progress, when set. */
  targets: {
    closedCases: { target: number; progress: number | null } | null;
    landMu: { target: number; progress: number | null } | null;
    energyTce: { target: number; progress: number | null } | null;
  } | null;
}

export interface BulletinRectification {
  asOf: string;
  units: BulletinRectificationRow[];
  city: BulletinRectificationRow;
}

/** 平台载体: one platform kind, with each target measured on it (one row per target, or one without). */
export interface BulletinPlatformRow {
  kind: string;
  name: BilingualName;
  /** Platforms of the kind in force (认定 or 复核) at the period's end, every level. */
  inForce: number;
  /** Its count is the target measure's at the end of the year (its levels, "new since 2020" where it says so). */
  target: BulletinRegisterTarget | null;
}

export interface BulletinPlatforms {
  asOf: string;
  rows: BulletinPlatformRow[];
}

/** 重点工作推进: the four registers; a register without any data of the period is null. */
export interface BulletinRegisters {
  title: BilingualName;
  projects: BulletinProjects | null;
  pools: BulletinPools | null;
  rectification: BulletinRectification | null;
  platforms: BulletinPlatforms | null;
}

export const BULLETIN_REGISTERS_TITLE: BilingualName = { zh: '重点工作推进', en: 'Registers' };
