/**
 * 平台载体 of the bulletin's register section: per platform kind, the platforms in force (认定 or 复核) on the period's
 * last day at any level, and each 2025 target measured on the kind (the platform register's target providers: its
 * levels, "new since the policy" where it says so), one row per target. Counts of platforms are public.
 */
import {
  PLATFORM_KIND_INFO,
  PLATFORM_KINDS,
  PLATFORM_MEASURES,
  platformInForce,
  type BulletinPlatformRow,
  type BulletinPlatforms,
} from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listPlatforms } from '../platforms/list-platforms.ts';
import { platformTargetMeasures } from '../platforms/platform-target-measures.ts';
import { measureRegisterTargets } from './bulletin-register-targets.ts';

export async function bulletinPlatforms(
  db: Kysely<DatabaseSchema>,
  input: { year: number; asOf: string; systemIds: readonly string[] },
): Promise<BulletinPlatforms | null> {
  const { platforms } = await listPlatforms(db, { scope: { kind: 'all' } });
  if (platforms.length === 0) return null;
  const targets = await measureRegisterTargets(db, {
    systemIds: input.systemIds,
    year: input.year,
    providers: platformTargetMeasures,
  });
  const rows: BulletinPlatformRow[] = [];
  for (const kind of PLATFORM_KINDS) {
    const inForce = platforms.filter(
      (platform) => platform.kind === kind && platformInForce(platform.history, input.asOf),
    ).length;
    const ofKind = PLATFORM_MEASURES.filter((definition) => definition.kind === kind).flatMap((definition) => {
      const target = targets.get(definition.measure);
      return target ? [target] : [];
    });
    const base = { kind, name: PLATFORM_KIND_INFO[kind].name, inForce };
    if (ofKind.length === 0) rows.push({ ...base, target: null });
    for (const target of ofKind)
      rows.push({
        ...base,
        target: {
          name: target.name,
          value: target.value,
          deadline: target.deadline,
          basis: target.basis,
          measured: target.measured,
          progress: target.progress,
        },
      });
  }
  return { asOf: input.asOf, rows };
}
