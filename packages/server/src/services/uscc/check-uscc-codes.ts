/** Checks USCCs and names the area (GB/T 2260) each one was registered in, where the region is known. */
import { checkUscc, type UsccCheck } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listRegions } from '../../repositories/region.repository.ts';

export type UsccReport = UsccCheck & { areaName: string | null };

export async function checkUsccCodes(
  db: Kysely<DatabaseSchema> | null,
  codes: readonly string[],
): Promise<UsccReport[]> {
  const checks = codes.map((code) => checkUscc(code));
  const names = new Map<string, string>();
  if (db)
    for (const region of await listRegions(db)) if (region.gbt2260_code) names.set(region.gbt2260_code, region.name_zh);
  return checks.map((check) => ({ ...check, areaName: check.area ? (names.get(check.area) ?? null) : null }));
}
