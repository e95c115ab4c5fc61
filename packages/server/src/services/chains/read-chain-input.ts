/**
 * What every chain assessment of a year reads from the store, once: the year's enterprises (规上 and 规下, from
 * enterprise_year) with their industry code and their output (measure industrial_output): the annual figure
 * (period_month 0) when the year has annual figures, else the latest 1–N月 cumulative the year has; the answer says
 * which. A firm without a value of that period has unknown output (null), never 0.
 */
import type { Kysely } from 'kysely';
import { listYearEnterprises } from '../../repositories/year-enterprises.repository.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findLatestEnterpriseYear, listMeasureMonthsOfYear } from '../../repositories/chain-input.repository.ts';
import { sumCurrentByEnterprise } from '../../repositories/observation.repository.ts';

export const CHAIN_OUTPUT_MEASURE = 'industrial_output';

/** Which output figure the assessment used: annual, 1–N月 cumulative, or none (no output stored for the year). */
export type ChainOutputBasis = { kind: 'annual' } | { kind: 'cumulative'; month: number } | { kind: 'none' };

export interface ChainFirm {
  enterpriseId: number;
  uscc: string;
  name: string | null;
  reportingUnitId: string;
  industryCode: string | null;
  aboveScale: boolean | null;
  /** 元; null when unknown. */
  outputYuan: number | null;
}

export interface ChainInput {
  year: number;
  basis: ChainOutputBasis;
  firms: ChainFirm[];
}

export function outputBasisOf(months: readonly number[]): ChainOutputBasis {
  if (months.includes(0)) return { kind: 'annual' };
  const latest = Math.max(0, ...months);
  return latest > 0 ? { kind: 'cumulative', month: latest } : { kind: 'none' };
}

/** The year asked for, else the latest year with enterprise attributes, else the current calendar year. */
export async function chainYear(db: Kysely<DatabaseSchema>, year: number | undefined): Promise<number> {
  return year ?? (await findLatestEnterpriseYear(db)) ?? new Date().getFullYear();
}

/** Reads as system work: the assessment is of the whole city (scoped callers get the members they may see). */
export async function readChainInput(db: Kysely<DatabaseSchema>, year: number): Promise<ChainInput> {
  const [months, candidates] = await Promise.all([
    listMeasureMonthsOfYear(db, CHAIN_OUTPUT_MEASURE, year),
    listYearEnterprises(db, year, { kind: 'all' }),
  ]);
  const basis = outputBasisOf(months);
  const sums =
    basis.kind === 'none'
      ? []
      : await sumCurrentByEnterprise(db, CHAIN_OUTPUT_MEASURE, year, basis.kind === 'annual' ? 0 : basis.month);
  const output = new Map(sums.map((row) => [row.enterprise_id, Number(row.value)]));
  return {
    year,
    basis,
    firms: candidates.map((row) => ({
      enterpriseId: row.id,
      uscc: row.uscc,
      name: row.name,
      reportingUnitId: row.reporting_unit_id,
      industryCode: row.industry_code,
      aboveScale: row.above_scale,
      outputYuan: output.get(row.id) ?? null,
    })),
  };
}
