/**
 * Cluster industrial investment growth (产业集群工业投资增长) and its ≥ 15 %/year target (DOMAIN.md §2). Basis
 * (项目库口径, docs/projects.md): each year's own project lists, as fixed-asset statistics report growth —
 * this year's 1–N月 completed investment of the cluster's projects (planned total ≥ 500万元, 1–N月 figure known)
 * against the same months of last year of the projects in last year's lists under the same rule. Growth is in
 * percent (15 means 15 %); null when last year's figure is 0 or nothing is known.
 */
export const INVESTMENT_GROWTH_TARGET_PERCENT = 15;

/** Fixed-asset investment statistics cover projects of 500万元 and more (planned total). */
export const FIXED_ASSET_THRESHOLD_YUAN = 5_000_000;

export function inFixedAssetStatistics(plannedTotalYuan: number | null): boolean {
  return plannedTotalYuan !== null && plannedTotalYuan >= FIXED_ASSET_THRESHOLD_YUAN;
}

export interface GrowthFigures {
  currentYuan: number;
  baseYuan: number;
  /** Percent, null without a base. */
  growth: number | null;
  /** growth − target in points; null without growth. */
  gapToTarget: number | null;
  meetsTarget: boolean | null;
}

export function investmentGrowth(
  currentYuan: number,
  baseYuan: number,
  targetPercent = INVESTMENT_GROWTH_TARGET_PERCENT,
): GrowthFigures {
  const growth = baseYuan > 0 ? ((currentYuan - baseYuan) / baseYuan) * 100 : null;
  return {
    currentYuan,
    baseYuan,
    growth,
    gapToTarget: growth === null ? null : growth - targetPercent,
    meetsTarget: growth === null ? null : growth >= targetPercent,
  };
}

/** The sum of the known amounts of the covered projects, with the count left out as unknown. */
export function coveredTotal(
  projects: readonly { plannedTotalYuan: number | null; yearCompletedYuan: number | null }[],
) {
  let total = 0;
  let projectsCounted = 0;
  let unknown = 0;
  for (const project of projects) {
    if (!inFixedAssetStatistics(project.plannedTotalYuan)) continue;
    if (project.yearCompletedYuan === null) {
      unknown++;
      continue;
    }
    total += project.yearCompletedYuan;
    projectsCounted++;
  }
  return { total, projects: projectsCounted, unknown };
}
