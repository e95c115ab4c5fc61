/**
 * Cluster industrial investment growth of a system for 1–N月 of a year (GET /api/projects/investment-growth and
 * the `industrial_investment_growth` target): per top-level cluster and for all projects of the system's clusters,
 * this year's 1–N月 completed investment against the same months of last year, on the basis in
 * investment-growth-basis.ts, with the ≥ 15 %/year target.
 */
import {
  coveredTotal,
  INVESTMENT_GROWTH_TARGET_PERCENT,
  investmentGrowth,
  type BilingualName,
  type DataScope,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { INVESTMENT_GROWTH_BASIS } from './investment-growth-basis.ts';
import { systemClusters } from './project-clusters.ts';
import { readProjectYear, type YearProject } from './read-project-year.ts';

export interface GetInvestmentGrowthInput {
  systemId: string;
  year: number;
  month?: number | undefined;
  scope: DataScope;
}

function growthOf(current: readonly YearProject[], base: readonly YearProject[]) {
  const now = coveredTotal(current);
  const before = coveredTotal(base);
  return {
    ...investmentGrowth(now.total, before.total),
    projects: now.projects,
    baseProjects: before.projects,
    unknown: now.unknown,
    baseUnknown: before.unknown,
  };
}

export async function getInvestmentGrowth(db: Kysely<DatabaseSchema>, input: GetInvestmentGrowthInput) {
  const clusters = await systemClusters(db, input.systemId);
  const current = await readProjectYear(db, { year: input.year, month: input.month, scope: input.scope });
  const base = await readProjectYear(db, { year: input.year - 1, month: current.month, scope: input.scope });
  const topOf = (project: YearProject) => clusters.topOfProject(project) ?? undefined;
  const of = (projects: readonly YearProject[], id: string | null) =>
    projects.filter((project) => (id === null ? topOf(project) !== undefined : topOf(project) === id));
  const clusterRows: ({ cluster: { id: string; name: BilingualName } } & ReturnType<typeof growthOf>)[] =
    clusters.tops.map((top) => ({
      cluster: top,
      ...growthOf(of(current.projects, top.id), of(base.projects, top.id)),
    }));
  return {
    systemId: input.systemId,
    year: input.year,
    month: current.month,
    targetPercent: INVESTMENT_GROWTH_TARGET_PERCENT,
    basis: INVESTMENT_GROWTH_BASIS,
    total: growthOf(of(current.projects, null), of(base.projects, null)),
    clusters: clusterRows,
  };
}

export type InvestmentGrowth = Awaited<ReturnType<typeof getInvestmentGrowth>>;
