/**
 * US Cluster Mapping Project (clustermapping/cmp) strong-cluster rule, run upstream on a synthetic data set in
 * shared/reference/clustermapping, reproduced by rateClusters (packages/core/src/regional/strong-cluster.ts).
 * Flags must agree exactly; LQ and shares to 1e-12. Upstream's LQ 0 for an undefined LQ does not occur in
 * this data set (every region has traded employment); local clusters carry no flags and are left out.
 */
import { rateClusters, regionIndustryMatrix, selfReferencedEconomy } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { expectClose, readReferenceJson } from './reference-files.ts';

interface Synthetic {
  inputs: {
    regions_emp_est: Record<string, number[]>;
    columns: string[];
    traded_clusters: string[];
    us_totals: Record<string, number>;
  };
  results: {
    region: string;
    cluster: string;
    traded: boolean;
    lq: number;
    region_emp_share_of_type: number;
    share_of_national_cluster: number;
    qualifying: boolean | null;
    significant: boolean | null;
    strong: boolean | null;
    strong10: boolean | null;
  }[];
}

const synthetic = readReferenceJson<Synthetic>('clustermapping/cmp_strong_cluster_synthetic.json');

describe('US Cluster Mapping strong / significant / qualifying / strong10 flags', () => {
  const { regions_emp_est: data, columns, traded_clusters: traded, us_totals: us } = synthetic.inputs;
  const regions = Object.keys(data);
  const column = (cluster: string, kind: 'emp' | 'est') => columns.indexOf(`${cluster}_${kind}`);
  const matrixOf = (kind: 'emp' | 'est') =>
    regionIndustryMatrix(
      regions,
      traded,
      regions.map((region) => traded.map((cluster) => data[region]![column(cluster, kind)]!)),
    );
  const employment = selfReferencedEconomy(matrixOf('emp'));
  const result = rateClusters(employment, matrixOf('est'));

  it('the national totals of the data set are the sums of its regions', () => {
    expect(employment.reference).toEqual(traded.map((cluster) => us[cluster]));
  });

  it('reproduces LQ, shares and the four flags of every region × traded cluster', () => {
    const expectedTraded = synthetic.results.filter((row) => row.traded);
    expect(expectedTraded).toHaveLength(regions.length * traded.length);
    for (const expected of expectedTraded) {
      const [r, c] = [regions.indexOf(expected.region), traded.indexOf(expected.cluster)];
      const rating = result.ratings[r]![c]!;
      const label = `${expected.region}/${expected.cluster}`;
      expectClose(rating.lq, expected.lq, 1e-12, `${label} lq`);
      expectClose(rating.shareOfRegion, expected.region_emp_share_of_type, 1e-12, `${label} share`);
      expectClose(rating.shareOfReferenceCluster, expected.share_of_national_cluster, 1e-12, `${label} national`);
      expect([rating.qualifying, rating.significant, rating.strong, rating.strong10], label).toEqual([
        expected.qualifying,
        expected.significant,
        expected.strong,
        expected.strong10,
      ]);
    }
  });

  it('strong-cluster employment share of a region = employment in its strong clusters / traded employment', () => {
    const strongRows = synthetic.results.filter((row) => row.traded && row.strong);
    regions.forEach((region, r) => {
      const tradedEmployment = traded.reduce((sum, cluster) => sum + data[region]![column(cluster, 'emp')]!, 0);
      const strongEmployment = strongRows
        .filter((row) => row.region === region)
        .reduce((sum, row) => sum + data[region]![column(row.cluster, 'emp')]!, 0);
      expectClose(result.strongClusterEmploymentShare[r]!, strongEmployment / tradedEmployment, 1e-12, region);
    });
  });
});
