/**
 * 候选筛选: the year's enterprises screened against a tier's criteria (data/pools/criteria.yaml) on their stored
 * figures of that year, leaving out firms that already hold the tier at the year's end. Listed: eligible firms
 * and those missing a figure (nothing failed, a figure not stored; firms with none of the figures are only
 * counted), eligible first, then by revenue; manual
 * checks stay for the bureau. Each carries the condition-by-condition result with the value used. Enterprise-level: within the scope.
 */
import {
  criteriaOfTier,
  hasMeasurableCondition,
  screenEnterprise,
  type ConditionResult,
  type DataScope,
  type PoolTier,
  type ScreeningOutcome,
} from '@observatory/core';
import { listYearEnterprises } from '../../repositories/year-enterprises.repository.ts';
import type { Queryable } from '../../repositories/queryable.ts';
import { poolCriteria } from './pool-criteria-file.ts';
import { endOfYear, readEntriesInForce } from './pool-entry-states.ts';
import { NO_FIGURES, readPoolFigures } from './read-pool-figures.ts';

export interface PoolCandidate {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  industryCode: string | null;
  aboveScale: boolean | null;
  outcome: Exclude<ScreeningOutcome, 'not_eligible'>;
  revenueYuan: number | null;
  conditions: ConditionResult[];
}

export interface PoolScreening {
  tier: PoolTier;
  year: number;
  /** False when the tier has only manual conditions: the data cannot screen it. */
  screenable: boolean;
  source: string;
  firmsScreened: number;
  alreadyInTier: number;
  /** Firms with none of the tier's figures stored for the year (e.g. 规下 firms without an annual report). */
  withoutFigures: number;
  eligible: number;
  missingData: number;
  candidates: PoolCandidate[];
}

export async function screenPoolCandidates(
  db: Queryable,
  input: { tier: PoolTier; year: number; scope: DataScope; limit?: number },
): Promise<PoolScreening> {
  const criteria = criteriaOfTier(poolCriteria(), input.tier);
  const base = { tier: input.tier, year: input.year, source: criteria.source };
  if (!hasMeasurableCondition(criteria))
    return {
      ...base,
      screenable: false,
      firmsScreened: 0,
      alreadyInTier: 0,
      withoutFigures: 0,
      eligible: 0,
      missingData: 0,
      candidates: [],
    };
  const [firms, figures, entries] = await Promise.all([
    listYearEnterprises(db, input.year, input.scope),
    readPoolFigures(db, input.year, input.scope),
    readEntriesInForce(db, { date: endOfYear(input.year), scope: input.scope }),
  ]);
  const tiersOf = new Map<number, PoolTier[]>();
  for (const entry of entries)
    tiersOf.set(entry.enterpriseId, [...(tiersOf.get(entry.enterpriseId) ?? []), entry.tier]);
  let alreadyInTier = 0;
  let withoutFigures = 0;
  const candidates: PoolCandidate[] = [];
  for (const firm of firms) {
    const held = tiersOf.get(firm.id) ?? [];
    if (held.includes(input.tier)) {
      alreadyInTier += 1;
      continue;
    }
    const own = figures.get(firm.id) ?? NO_FIGURES;
    const result = screenEnterprise(criteria, { ...own, tiersInForce: held });
    if (result.outcome === 'not_eligible') continue;
    const measured = result.conditions.filter((c) => c.check === 'at_least');
    if (measured.length > 0 && measured.every((c) => c.reason === 'no_data')) {
      withoutFigures += 1;
      continue;
    }
    candidates.push({
      uscc: firm.uscc,
      name: firm.name,
      reportingUnit: firm.reporting_unit_id,
      industryCode: firm.industry_code,
      aboveScale: firm.above_scale,
      outcome: result.outcome,
      revenueYuan: own.revenueYuan,
      conditions: result.conditions,
    });
  }
  candidates.sort(
    (a, b) =>
      (a.outcome === 'eligible' ? 0 : 1) - (b.outcome === 'eligible' ? 0 : 1) ||
      (b.revenueYuan ?? -1) - (a.revenueYuan ?? -1) ||
      a.uscc.localeCompare(b.uscc),
  );
  return {
    ...base,
    screenable: true,
    firmsScreened: firms.length,
    alreadyInTier,
    withoutFigures,
    eligible: candidates.filter((c) => c.outcome === 'eligible').length,
    missingData: candidates.filter((c) => c.outcome === 'missing_data').length,
    candidates: candidates.slice(0, input.limit ?? 500),
  };
}
