/**
 * What the calibration report is made of: one entry per published figure, and the sums it needs over the
 * model's 规上 firms — 本年累计 of a measure in a year, in 元 — with the period, unit and share helpers.
 */
import { isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import type { MonthlyMeasure } from './monthly-store.ts';
import { DEMO_UNITS } from './reporting-units.ts';

export interface CalibrationEntry {
  figure: string;
  system: string | null;
  cluster: string | null;
  /** The reporting unit's name, or null for the whole city. */
  unit: string | null;
  measure: string;
  period: string;
  expected: number;
  generated: number;
  valueUnit: '元' | '%' | '家';
  note?: string;
}

export type NewEntry = Omit<CalibrationEntry, 'valueUnit'> & { valueUnit?: CalibrationEntry['valueUnit'] };

export interface ReportTools {
  model: DemoModel;
  /** Σ 本年累计 (months 1..toMonth) over the firms 规上 in `year` that `keep` accepts, in 元. */
  sum: (
    year: number,
    toMonth: number,
    measure: MonthlyMeasure,
    keep: (firm: DemoFirm) => boolean,
    dataYear?: number,
  ) => number;
  inSpan: (year: number) => boolean;
  unitIs: (id: string) => (firm: DemoFirm) => boolean;
  add: (entry: NewEntry) => void;
}

/** 亿元 in whole 元. */
export const yi = (value: number) => Math.round(value * 1e8);
export const unitNamed = (id: string) => DEMO_UNITS.find((unit) => unit.id === id)?.name ?? id;
/** A share in percent with one decimal, as bulletins print it. */
export const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

export function reportTools(model: DemoModel, entries: CalibrationEntry[]): ReportTools {
  const { firms, store, options } = model;
  return {
    model,
    sum: (year, toMonth, measure, keep, dataYear = year) =>
      firms
        .filter((firm) => isAbove(firm, year) && keep(firm))
        .reduce((total, firm) => total + store.cumulative(measure, firm.index, dataYear, toMonth), 0) * 1000,
    inSpan: (year) => year >= options.fromYear && year <= options.toYear,
    unitIs: (id) => (firm) => DEMO_UNITS[firm.unit]?.id === id,
    add: (entry) => entries.push({ valueUnit: '元', ...entry }),
  };
}
