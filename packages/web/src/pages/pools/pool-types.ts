/** The shapes of the pool API's answers (packages/server/src/http/routes/pools.routes.ts). */
import type {
  ConditionOutcome,
  EntryValidity,
  PoolMetric,
  PoolTier,
  PoolTransitionKind,
  ScreeningOutcome,
} from '@observatory/core';
import type { Bilingual } from '../../i18n/language.tsx';

export interface PoolSummary {
  date: string;
  listYears: number[];
  units: string[];
  tiers: { tier: PoolTier; total: number; expiring: number; byUnit: Record<string, number> }[];
}

export interface PoolEntryRow {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  tier: PoolTier;
  tierText: string;
  entryDate: string;
  validUntil: string;
  document: string | null;
  level: 'national' | 'provincial' | 'municipal' | null;
  listYear: number;
  validity: EntryValidity;
  daysLeft: number;
  lastReview: { reviewedOn: string; outcome: 'kept' | 'withdrawn'; reviewer: string; note: string | null } | null;
}

export interface ConditionResultRow {
  id: string;
  text: Bilingual;
  check: 'at_least' | 'in_pool' | 'manual';
  metric: PoolMetric | null;
  threshold: number | null;
  value: number | null;
  outcome: ConditionOutcome;
  reason: 'manual' | 'no_data' | null;
}

export interface PoolScreening {
  tier: PoolTier;
  year: number;
  screenable: boolean;
  source: string;
  firmsScreened: number;
  alreadyInTier: number;
  withoutFigures: number;
  eligible: number;
  missingData: number;
  candidates: {
    uscc: string;
    name: string | null;
    reportingUnit: string;
    industryCode: string | null;
    aboveScale: boolean | null;
    outcome: Exclude<ScreeningOutcome, 'not_eligible'>;
    revenueYuan: number | null;
    conditions: ConditionResultRow[];
  }[];
}

export interface PoolTransitions {
  from: number;
  to: number;
  ladders: { id: string; name: Bilingual; tiers: PoolTier[] }[];
  counts: Record<PoolTransitionKind, number>;
  transitions: {
    uscc: string;
    name: string | null;
    reportingUnit: string;
    ladder: string;
    fromTier: PoolTier | null;
    toTier: PoolTier | null;
    kind: PoolTransitionKind;
  }[];
}

export interface PoolTargetRow {
  id: string;
  name: Bilingual;
  measure: string;
  target: number;
  unit: string;
  deadline: string;
  value: number | null;
  year: number | null;
  basis: Bilingual | null;
  unavailable: Bilingual | null;
}

export interface ClusterPoolCounts {
  system: string;
  cluster: string;
  year: number;
  date: string;
  membershipYear: number | null;
  members: number;
  counts: Record<PoolTier, number>;
}
