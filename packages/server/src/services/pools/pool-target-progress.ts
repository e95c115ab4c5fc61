/**
 * The pools' 2025 targets of a system against what the pools measure (the page's 目标对照): every city-wide target
 * of the system whose measure a pool provider measures (count:single_champions, count:little_giants,
 * count:hidden_champions, count:new_listed_companies), with the value measured as of a year's end and its basis,
 * or why it is unavailable.
 */
import type { BilingualName } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { getRegistrySystem } from '../registry/get-registry.ts';
import { poolTargetMeasures } from './pool-target-measures.ts';

export interface PoolTargetProgress {
  id: string;
  name: BilingualName;
  measure: string;
  target: number;
  unit: string;
  deadline: string;
  value: number | null;
  year: number | null;
  basis: BilingualName | null;
  unavailable: BilingualName | null;
}

export async function listPoolTargetProgress(
  db: Kysely<DatabaseSchema>,
  input: { system: string; year: number },
): Promise<PoolTargetProgress[]> {
  const system = await getRegistrySystem(db, input.system);
  const results: PoolTargetProgress[] = [];
  for (const target of system.targets) {
    const provider = poolTargetMeasures.find((candidate) => candidate.measure === target.measure);
    if (!provider) continue;
    const measured = await provider.measureValue(db, { systemId: input.system, clusterId: null, asOfYear: input.year });
    results.push({
      id: target.id,
      name: target.name,
      measure: target.measure,
      target: target.value,
      unit: target.unit,
      deadline: target.deadline,
      value: measured.value,
      year: measured.value === null ? null : measured.year,
      basis: measured.value === null ? null : measured.basis,
      unavailable: measured.value === null ? measured.unavailable : null,
    });
  }
  return results;
}
