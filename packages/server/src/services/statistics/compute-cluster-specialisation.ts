/**
 * Regional measures on the stored data of one system, measure and period: each reporting unit's location
 * quotient per top-level cluster (the unit's share of the cluster against the city's, with the unit's and the
 * city's whole 规上 industry as totals), each unit's Krugman specialisation over the clusters and the rest of
 * industry, each unit × cluster's stars (size, specialisation, focus), each cluster's spatial Herfindahl over
 * the units, and each cluster's firm concentration (largest
 * firm's and four largest firms' shares, Herfindahl of firms). Firm concentration names the weight of single
 * firms, so only a full-access audience receives it; LQs of withheld cells are withheld too.
 */
import {
  clusterStars,
  herfindahl,
  industryTotals,
  regionIndustryMatrix,
  krugmanIndex,
  locationQuotient,
  subtreeOf,
  type AggregateCell,
  type BilingualName,
  type DisclosureRules,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusters } from '../../repositories/registry.repository.ts';
import { listAboveScaleMembers, listFirmValues } from '../../repositories/statistics.repository.ts';
import { protectClusterTable, type Audience } from '../disclosure/protect-cluster-table.ts';
import { computeUnitClusterMatrix } from './compute-unit-statistics.ts';
import { loadCityCells } from './load-cells.ts';

export interface SpecialisationQuery {
  systemId: string;
  measure: string;
  year: number;
  month: number;
}

export interface FirmConcentration {
  firms: number;
  top1Share: number | null;
  top4Share: number | null;
  herfindahl: number | null;
}

export interface ClusterSpecialisation {
  clusters: { id: string; name: BilingualName }[];
  units: {
    id: string;
    name: BilingualName;
    /** LQ per cluster, in the order of `clusters`; null when undefined or withheld. */
    locationQuotients: (number | null)[];
    krugman: number | null;
    /** Stars in the manner of the European Cluster Observatory (size, specialisation LQ ≥ 2, focus); null when withheld. */
    stars: (number | null)[];
  }[];
  /** Spatial Herfindahl of each cluster over the units. */
  spatialHerfindahl: (number | null)[];
  /** Only for a full-access audience. */
  firmConcentration: FirmConcentration[] | null;
}

const amount = (cell: AggregateCell | undefined) => (cell === undefined ? 0 : Number(cell.value));

export function firmConcentration(values: readonly number[]): FirmConcentration {
  const sorted = [...values].sort((a, b) => b - a);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const share = (count: number) =>
    total <= 0 ? null : sorted.slice(0, count).reduce((sum, value) => sum + value, 0) / total;
  return {
    firms: sorted.length,
    top1Share: share(1),
    top4Share: share(4),
    herfindahl: total <= 0 ? null : herfindahl(sorted),
  };
}

export async function computeClusterSpecialisation(
  db: Kysely<DatabaseSchema>,
  query: SpecialisationQuery,
  audience: Audience,
  rules: DisclosureRules,
): Promise<ClusterSpecialisation> {
  const matrix = await computeUnitClusterMatrix(db, query);
  const city = await loadCityCells(db, query);
  const protection = await protectClusterTable(db, { ...query, audience, rules });
  const cityTotal = [...city.values()].reduce((sum, cell) => sum + amount(cell), 0);
  const clusterTotals = matrix.clusterTotals.map(amount);
  const units = matrix.units.map((unit, u) => {
    const values = matrix.cells[u]!.map(amount);
    const unitTotal = amount(city.get(unit.id));
    const rest = unitTotal - values.reduce((sum, value) => sum + value, 0);
    const cityRest = cityTotal - clusterTotals.reduce((sum, value) => sum + value, 0);
    return {
      id: unit.id,
      name: unit.name,
      locationQuotients: values.map((value, c) =>
        protection.lookup(unit.id, matrix.clusters[c]!.id) === 'suppressed'
          ? null
          : locationQuotient(value, unitTotal, clusterTotals[c]!, cityTotal),
      ),
      krugman: unitTotal > 0 ? krugmanIndex([...values, rest], [...clusterTotals, cityRest]) : null,
    };
  });
  const withRest = matrix.units.map((unit, u) => {
    const values = matrix.cells[u]!.map(amount);
    return [...values, Math.max(0, amount(city.get(unit.id)) - values.reduce((sum, value) => sum + value, 0))];
  });
  const economyMatrix = regionIndustryMatrix(
    matrix.units.map((unit) => unit.id),
    [...matrix.clusters.map((cluster) => cluster.id), '*rest'],
    withRest,
  );
  const stars = clusterStars({ matrix: economyMatrix, reference: industryTotals(economyMatrix) });
  // A column with a withheld cell gets no Herfindahl: Σ shares² together with the margins could pin the cells.
  const spatialHerfindahl = matrix.clusters.map((cluster, c) =>
    clusterTotals[c]! > 0 && matrix.units.every((unit) => protection.lookup(unit.id, cluster.id) !== 'suppressed')
      ? herfindahl(matrix.cells.map((row) => amount(row[c])))
      : null,
  );
  let concentration: FirmConcentration[] | null = null;
  if (audience.kind === 'full') {
    const [firms, members, clusters] = await Promise.all([
      listFirmValues(db, query.measure, query.year, query.month),
      listAboveScaleMembers(db, query.systemId, query.year),
      listClusters(db, query.systemId),
    ]);
    const subtree = subtreeOf(
      clusters.map((cluster) => ({ id: cluster.id, parentId: cluster.parent_id, sortOrder: cluster.sort_order })),
    );
    const valueOf = new Map(firms.map((firm) => [firm.enterprise_id, Number(firm.value)]));
    concentration = matrix.clusters.map((cluster) => {
      const ids = subtree.get(cluster.id)!;
      return firmConcentration(
        members
          .filter((member) => ids.has(member.cluster_id) && valueOf.has(member.enterprise_id))
          .map((member) => valueOf.get(member.enterprise_id)!),
      );
    });
  }
  return {
    clusters: matrix.clusters,
    units: units.map((unit, u) => ({
      ...unit,
      stars: matrix.clusters.map((cluster, c) =>
        protection.lookup(unit.id, cluster.id) === 'suppressed' ? null : stars[u]![c]!.stars,
      ),
      krugman: unit.locationQuotients.some((lq, c) => lq === null && amount(matrix.cells[u]![c]) > 0)
        ? null
        : unit.krugman,
    })),
    spatialHerfindahl,
    firmConcentration: concentration,
  };
}
