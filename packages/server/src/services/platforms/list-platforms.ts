/**
 * The platform register for a caller: every platform in the caller's scope (a unit's staff see their unit's),
 * optionally of one kind or unit, and the count by kind, level and unit of those in force today (认定/复核), those
 * being cultivated and those delisted — the "by kind × unit" view of the platforms page.
 */
import type { DataScope, PlatformKind, PlatformLevel } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPlatformRows, listPlatformStatusChanges } from '../../repositories/platform.repository.ts';
import { presentPlatform, todayIso, type PresentedPlatform } from './present-platform.ts';

export interface PlatformFilter {
  scope: DataScope;
  kind?: PlatformKind | undefined;
  unit?: string | undefined;
}

export interface PlatformCount {
  kind: PlatformKind;
  level: PlatformLevel;
  reportingUnitId: string;
  inForce: number;
  cultivating: number;
  delisted: number;
}

export async function listPlatforms(db: Kysely<DatabaseSchema>, filter: PlatformFilter) {
  if (filter.scope.kind === 'none' || filter.scope.kind === 'enterprise')
    return { platforms: [] as PresentedPlatform[], counts: [] as PlatformCount[] };
  const unit = filter.scope.kind === 'unit' ? filter.scope.reportingUnitId : filter.unit;
  if (filter.scope.kind === 'unit' && filter.unit !== undefined && filter.unit !== unit)
    return { platforms: [], counts: [] };
  const rows = (await listPlatformRows(db, { reportingUnitId: unit })).filter(
    (row) => filter.kind === undefined || row.kind === filter.kind,
  );
  const changes = await listPlatformStatusChanges(
    db,
    rows.map((row) => row.id),
  );
  const today = todayIso();
  const platforms = rows.map((row) => presentPlatform(row, changes, today));
  const counts = new Map<string, PlatformCount>();
  for (const platform of platforms) {
    const key = `${platform.kind}|${platform.level}|${platform.reportingUnitId}`;
    const count = counts.get(key) ?? {
      kind: platform.kind,
      level: platform.level,
      reportingUnitId: platform.reportingUnitId,
      inForce: 0,
      cultivating: 0,
      delisted: 0,
    };
    if (platform.status === 'recognised' || platform.status === 'reviewed') count.inForce += 1;
    else if (platform.status === 'cultivating') count.cultivating += 1;
    else if (platform.status === 'delisted') count.delisted += 1;
    counts.set(key, count);
  }
  return { platforms, counts: [...counts.values()] };
}
