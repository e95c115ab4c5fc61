/**
 * Counts of the entries in force on a date by tier × reporting unit (and totals per tier), with how many of them
 * expire within six months. Counts of designations are published by the bureau, so every reader of the registers
 * sees the city's counts; the firms themselves stay scoped. Without a date: the end of the latest list year (today
 * when no list is stored); the answer names the date and the years with lists.
 */
import { POOL_TIERS, type PoolTier } from '@observatory/core';
import { listPoolListYears } from '../../repositories/pool-holding.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { endOfYear, readEntriesInForce } from './pool-entry-states.ts';

export interface PoolSummary {
  date: string;
  listYears: number[];
  tiers: { tier: PoolTier; total: number; expiring: number; byUnit: Record<string, number> }[];
  units: string[];
}

export async function summarisePools(db: Queryable, asked?: string): Promise<PoolSummary> {
  const listYears = await listPoolListYears(db);
  const latest = listYears.at(-1);
  const date = asked ?? (latest === undefined ? new Date().toISOString().slice(0, 10) : endOfYear(latest));
  const entries = await readEntriesInForce(db, { date, scope: { kind: 'all' } });
  const units = [...new Set(entries.map((entry) => entry.reportingUnit))].sort();
  return {
    date,
    listYears,
    units,
    tiers: POOL_TIERS.map((tier) => {
      const ofTier = entries.filter((entry) => entry.tier === tier);
      const byUnit: Record<string, number> = {};
      for (const entry of ofTier) byUnit[entry.reportingUnit] = (byUnit[entry.reportingUnit] ?? 0) + 1;
      return {
        tier,
        total: ofTier.length,
        expiring: ofTier.filter((entry) => entry.validity === 'expiring').length,
        byUnit,
      };
    }),
  };
}
