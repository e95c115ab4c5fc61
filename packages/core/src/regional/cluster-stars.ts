/**
 * A star rating of regional clusters in the manner of the European Cluster Observatory (2007–2013): a
 * region × cluster cell earns up to three stars, one for each of
 *   size            its employment is in the top 10 % of the cells of that cluster
 *   specialisation  its LQ against the reference economy is ≥ 2
 *   focus           the cluster's share of the region's total employment is in the top 10 % of that cluster
 * "Top 10 %" is read as ≥ the R-7 90th percentile (quantile.ts, the Cluster Mapping convention) over the
 * regions with employment > 0 in the cluster; a region without employment in it gets no star. The region
 * total is the region's row sum, so the matrix should hold every cluster (or a rest-of-economy column) for
 * focus to mean a share of all employment. The thresholds are options, not fixed in code.
 */
import { locationQuotients } from './location-quotient.ts';
import { industryColumn, regionTotals, type RegionalEconomy } from './matrix.ts';
import { quantileR7 } from './quantile.ts';

export interface ClusterStarOptions {
  /** Share of the regions that earn the size and focus stars (default 0.1: the top 10 %). */
  topShare: number;
  /** LQ for the specialisation star (default 2). */
  minimumLq: number;
}

export const defaultClusterStarOptions: ClusterStarOptions = { topShare: 0.1, minimumLq: 2 };

export interface ClusterStars {
  size: boolean;
  specialisation: boolean;
  focus: boolean;
  stars: 0 | 1 | 2 | 3;
}

/** stars[r][c] for every region and cluster of the economy's matrix. */
export function clusterStars(
  economy: RegionalEconomy,
  options: ClusterStarOptions = defaultClusterStarOptions,
): ClusterStars[][] {
  const { matrix } = economy;
  const lq = locationQuotients(economy);
  const totals = regionTotals(matrix);
  const stars = matrix.regions.map((): ClusterStars[] => []);
  matrix.industries.forEach((_, c) => {
    const employment = industryColumn(matrix, c);
    const focus = employment.map((value, r) => (totals[r]! > 0 ? value / totals[r]! : 0));
    const present = employment.flatMap((value, r) => (value > 0 ? [r] : []));
    const cut = (values: number[]) => quantileR7(values, 1 - options.topShare) ?? Infinity;
    const sizeCut = cut(present.map((r) => employment[r]!));
    const focusCut = cut(present.map((r) => focus[r]!));
    matrix.regions.forEach((_, r) => {
      const here = employment[r]! > 0;
      const quotient = lq[r]![c] ?? null;
      const rating = {
        size: here && employment[r]! >= sizeCut,
        specialisation: here && quotient !== null && quotient >= options.minimumLq,
        focus: here && focus[r]! >= focusCut,
      };
      const count = [rating.size, rating.specialisation, rating.focus].filter(Boolean).length as 0 | 1 | 2 | 3;
      stars[r]!.push({ ...rating, stars: count });
    });
  });
  return stars;
}
