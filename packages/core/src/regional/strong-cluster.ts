/**
 * The US Cluster Mapping Project's cluster ratings (clustermapping/cmp, data/processing/
 * cluster_calcs_mapper.js and cluster_calcs_reducer.js), for traded clusters:
 *   LQ = (cluster employment / the region's employment in all traded clusters)
 *      / (reference cluster employment / reference employment in all traded clusters)
 * Then, per cluster, over the regions with employment > 0, the R-7 quantiles (quantile.ts) of employment,
 * establishments and LQ; with "screens" = employment > its 25th percentile AND establishments > theirs:
 *   qualifying  LQ > 25th percentile of LQ and screens
 *   significant LQ > median LQ and screens
 *   strong      LQ ≥ 75th percentile of LQ and screens and LQ ≥ 1
 *   strong10    LQ ≥ 90th percentile of LQ and screens and LQ ≥ 1
 * A region's strong-cluster employment share = Σ employment in its strong clusters / its traded employment.
 * Upstream writes LQ 0 where it is undefined (region without traded employment); here it is null and every
 * flag of that cell is false, as upstream's are. The matrix columns are the traded clusters only.
 */
import { locationQuotients } from './location-quotient.ts';
import {
  industryColumn,
  RegionalDataError,
  vectorSum,
  type RegionalEconomy,
  type RegionIndustryMatrix,
} from './matrix.ts';
import { quantileR7 } from './quantile.ts';

export interface ClusterRating {
  lq: number | null;
  /** Cluster employment / the region's traded employment. */
  shareOfRegion: number | null;
  /** Cluster employment / the reference's employment in that cluster. */
  shareOfReferenceCluster: number | null;
  qualifying: boolean;
  significant: boolean;
  strong: boolean;
  strong10: boolean;
}

export interface StrongClusterResult {
  regions: string[];
  clusters: string[];
  /** ratings[r][c] */
  ratings: ClusterRating[][];
  /** Per region: employment in strong clusters / traded employment; null without traded employment. */
  strongClusterEmploymentShare: (number | null)[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function rateClusters(employment: RegionalEconomy, establishments: RegionIndustryMatrix): StrongClusterResult {
  const { matrix, reference } = employment;
  const sameShape =
    establishments.regions.join('\u0000') === matrix.regions.join('\u0000') &&
    establishments.industries.join('\u0000') === matrix.industries.join('\u0000');
  if (!sameShape)
    throw new RegionalDataError(
      "企业数矩阵的地区和集群应与就业矩阵相同且顺序一致 (the establishments matrix must have the employment matrix's regions and clusters in the same order)",
    );
  const lq = locationQuotients(employment);
  const ratings = matrix.regions.map((): ClusterRating[] => []);
  matrix.industries.forEach((_, c) => {
    const emp = industryColumn(matrix, c);
    const est = industryColumn(establishments, c);
    const present = emp.flatMap((value, r) => (value > 0 && lq[r]![c] !== null ? [r] : []));
    const q = (values: number[], p: number) => quantileR7(values, p) ?? Infinity;
    const lqs = present.map((r) => lq[r]![c]!);
    const [empFloor, estFloor] = [
      q(
        present.map((r) => emp[r]!),
        0.25,
      ),
      q(
        present.map((r) => est[r]!),
        0.25,
      ),
    ];
    const [lq25, lq50, lq75, lq90] = [0.25, 0.5, 0.75, 0.9].map((p) => q(lqs, p)) as [number, number, number, number];
    matrix.regions.forEach((_, r) => {
      const value = lq[r]![c] ?? null;
      /** The LQ of a cell that passes the size screens, else null. */
      const screened = value !== null && emp[r]! > empFloor && est[r]! > estFloor ? value : null;
      ratings[r]!.push({
        lq: value,
        shareOfRegion: ratio(emp[r]!, vectorSum(matrix.values[r]!)),
        shareOfReferenceCluster: ratio(emp[r]!, reference[c]!),
        qualifying: screened !== null && screened > lq25,
        significant: screened !== null && screened > lq50,
        strong: screened !== null && screened >= lq75 && screened >= 1,
        strong10: screened !== null && screened >= lq90 && screened >= 1,
      });
    });
  });
  const strongClusterEmploymentShare = matrix.values.map((row, r) =>
    ratio(vectorSum(row.filter((_, c) => ratings[r]![c]!.strong)), vectorSum(row)),
  );
  return { regions: [...matrix.regions], clusters: [...matrix.industries], ratings, strongClusterEmploymentShare };
}
