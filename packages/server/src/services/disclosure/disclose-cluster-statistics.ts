/**
 * Cluster statistics as they may leave the system for an audience: each cluster's figures, or, for a cell
 * disclosure control withholds, nulls with `suppressed: true` (never 0). Withheld clusters get no rank, and
 * the ranks of the others are counted without them. The base is published with the value: growth and the
 * value together reveal it anyway, which is why both pass the same control.
 */
import type { BilingualName, DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { computeClusterStatistics, type ClusterStatisticsQuery } from '../statistics/compute-cluster-statistics.ts';
import { UNIT_TOTAL_CODE, protectClusterTable, type Audience } from './protect-cluster-table.ts';

export interface DisclosedClusterRow {
  cluster: string;
  name: BilingualName;
  parent: string | null;
  depth: number;
  value: number | null;
  monthValue: number | null;
  base: number | null;
  yoy: number | null;
  derived: boolean;
  share: number | null;
  pull: number | null;
  contribution: number | null;
  rank: number | null;
  enterprises: number | null;
  suppressed: boolean;
}

export async function discloseClusterStatistics(
  db: Kysely<DatabaseSchema>,
  query: ClusterStatisticsQuery,
  audience: Audience,
  rules: DisclosureRules,
): Promise<DisclosedClusterRow[]> {
  const statistics = await computeClusterStatistics(db, query);
  const protection = await protectClusterTable(db, { ...query, audience, rules });
  const unit = query.reportingUnitId ?? UNIT_TOTAL_CODE;
  const rows = statistics.clusters.map((row): DisclosedClusterRow => {
    const suppressed = protection.lookup(unit, row.clusterId) === 'suppressed';
    const shown = <T>(value: T): T | null => (suppressed ? null : value);
    return {
      cluster: row.clusterId,
      name: row.name,
      parent: row.parentId,
      depth: row.depth,
      value: shown(row.value),
      monthValue: shown(row.monthValue),
      base: shown(row.base),
      yoy: shown(row.growth),
      derived: row.derived,
      share: shown(row.share),
      pull: shown(row.pull),
      contribution: shown(row.contribution),
      rank: null,
      enterprises: shown(row.enterprises.count),
      suppressed,
    };
  });
  for (const parent of new Set(rows.map((row) => row.parent))) {
    const siblings = rows.filter((row) => row.parent === parent && row.value !== null);
    const sorted = [...siblings].sort((a, b) => b.value! - a.value!);
    for (const row of siblings) row.rank = 1 + sorted.filter((other) => other.value! > row.value!).length;
  }
  return rows;
}
