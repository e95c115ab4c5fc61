/**
 * Reporting units compared, as they may leave the system for an audience. A unit's figure for a system or a
 * cluster is a cell of that system's protected table; a unit's whole 规上 industry is a margin of every
 * system's table, so it is withheld when any of them withholds it (the bulletin does the same).
 */
import type { BilingualName, DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import { computeUnitStatistics, type UnitStatisticsQuery } from '../statistics/compute-unit-statistics.ts';
import { CITY_CODE, SYSTEM_CODE, protectClusterTable, type Audience } from './protect-cluster-table.ts';

export interface DisclosedUnitRow {
  unit: string;
  name: BilingualName;
  value: number | null;
  base: number | null;
  yoy: number | null;
  derived: boolean;
  share: number | null;
  pull: number | null;
  rankByValue: number | null;
  rankByGrowth: number | null;
  suppressed: boolean;
}

export async function discloseUnitStatistics(
  db: Kysely<DatabaseSchema>,
  query: UnitStatisticsQuery,
  audience: Audience,
  rules: DisclosureRules,
): Promise<DisclosedUnitRow[]> {
  const statistics = await computeUnitStatistics(db, query);
  const systemIds =
    statistics.systemId !== null ? [statistics.systemId] : (await listClusterSystems(db)).map((s) => s.id);
  const tables = await Promise.all(
    systemIds.map((systemId) => protectClusterTable(db, { ...query, systemId, audience, rules })),
  );
  const code = statistics.systemId === null ? CITY_CODE : (statistics.clusterId ?? SYSTEM_CODE);
  const rows = statistics.units.map((row): DisclosedUnitRow => {
    const suppressed = tables.some((table) => table.lookup(row.unit.id, code) === 'suppressed');
    const shown = <T>(value: T): T | null => (suppressed ? null : value);
    return {
      unit: row.unit.id,
      name: row.unit.name,
      value: shown(row.value),
      base: shown(row.base),
      yoy: shown(row.growth),
      derived: row.derived,
      share: shown(row.share),
      pull: shown(row.pull),
      rankByValue: null,
      rankByGrowth: null,
      suppressed,
    };
  });
  const rank = (
    pick: (row: DisclosedUnitRow) => number | null,
    assign: (row: DisclosedUnitRow, rank: number) => void,
  ) => {
    const present = rows.filter((row) => pick(row) !== null);
    for (const row of present) assign(row, 1 + present.filter((other) => pick(other)! > pick(row)!).length);
  };
  rank(
    (row) => row.value,
    (row, value) => (row.rankByValue = value),
  );
  rank(
    (row) => row.yoy,
    (row, value) => (row.rankByGrowth = value),
  );
  return rows;
}
