/**
 * The city-wide 2025 targets of the bulletin's systems that a register measures (pools, platforms), each measured
 * by its register's provider as of the period's year: the first system naming a measure wins, so a target shared by
 * two systems is shown once.
 */
import type { BulletinRegisterTarget } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { getRegistrySystem } from '../registry/get-registry.ts';
import type { RegisterMeasureProvider } from '../targets/register-measure.ts';

export interface MeasuredRegisterTarget extends BulletinRegisterTarget {
  measure: string;
}

export async function measureRegisterTargets(
  db: Kysely<DatabaseSchema>,
  input: { systemIds: readonly string[]; year: number; providers: readonly RegisterMeasureProvider[] },
): Promise<Map<string, MeasuredRegisterTarget>> {
  const targets = new Map<string, MeasuredRegisterTarget>();
  for (const systemId of input.systemIds) {
    const system = await getRegistrySystem(db, systemId);
    for (const target of system.targets) {
      const provider = input.providers.find((candidate) => candidate.measure === target.measure);
      if (!provider || targets.has(target.measure)) continue;
      const measured = await provider.measureValue(db, { systemId, clusterId: null, asOfYear: input.year });
      targets.set(target.measure, {
        measure: target.measure,
        name: target.name,
        value: target.value,
        deadline: target.deadline,
        basis: measured.value === null ? null : measured.basis,
        measured: measured.value,
        progress: measured.value === null || target.value <= 0 ? null : measured.value / target.value,
      });
    }
  }
  return targets;
}
