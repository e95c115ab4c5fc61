/**
 * The thing that is evaluated: one enterprise, or several that share a land parcel when the scheme merges them
 * (several firms on one parcel share one result). A merged unit adds its members' measures exactly, is 规上 or 在产
 * when any member is, takes the industry class of the member with the largest revenue, and pools their facts.
 */
import { addDecimals, compareDecimals, decimalOf } from './exact-decimal.ts';
import type { EvaluationEnterprise, EvidenceFact } from './evaluation-input.ts';
import type { DecimalNumber } from '../units/decimal-number.ts';

export interface EvaluationUnit {
  unitId: string;
  members: readonly EvaluationEnterprise[];
  aboveScale: boolean | null;
  inProduction: boolean | null;
  industryCode: string | null;
  facts: readonly EvidenceFact[];
  measures: ReadonlyMap<string, DecimalNumber>;
}

/** Enterprises connected through shared parcels, each set sorted by id (union-find over parcel ids). */
export function groupBySharedParcel(enterprises: readonly EvaluationEnterprise[]): EvaluationEnterprise[][] {
  const parent = enterprises.map((_, index) => index);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstUser = new Map<string, number>();
  enterprises.forEach((enterprise, index) => {
    for (const parcel of enterprise.parcels) {
      const other = firstUser.get(parcel);
      if (other === undefined) firstUser.set(parcel, index);
      else parent[find(index)] = find(other);
    }
  });
  const sets = new Map<number, EvaluationEnterprise[]>();
  enterprises.forEach((enterprise, index) => {
    const root = find(index);
    const set = sets.get(root);
    if (set) set.push(enterprise);
    else sets.set(root, [enterprise]);
  });
  return [...sets.values()].map((set) => set.sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1)));
}

const anyOf = (flags: (boolean | null)[]): boolean | null =>
  flags.includes(true) ? true : flags.every((flag) => flag === null) ? null : false;

function revenueOf(enterprise: EvaluationEnterprise): DecimalNumber {
  return decimalOf(enterprise.measures.main_business_revenue ?? enterprise.measures.operating_revenue ?? 0);
}

export function buildEvaluationUnit(members: readonly EvaluationEnterprise[]): EvaluationUnit {
  const measures = new Map<string, DecimalNumber>();
  for (const member of members)
    for (const [code, value] of Object.entries(member.measures)) {
      if (value === null || value === undefined) continue;
      const previous = measures.get(code);
      measures.set(code, previous ? addDecimals(previous, decimalOf(value)) : decimalOf(value));
    }
  const leading = members.reduce((best, m) => (compareDecimals(revenueOf(m), revenueOf(best)) > 0 ? m : best));
  return {
    unitId: members.map((m) => m.enterpriseId).join('+'),
    members,
    aboveScale: anyOf(members.map((m) => m.aboveScale)),
    inProduction: anyOf(members.map((m) => m.inProduction)),
    industryCode: leading.industryCode,
    facts: members.flatMap((m) => m.facts),
    measures,
  };
}

export function buildEvaluationUnits(
  enterprises: readonly EvaluationEnterprise[],
  mergeSharedParcels: boolean,
): EvaluationUnit[] {
  const sets = mergeSharedParcels ? groupBySharedParcel(enterprises) : enterprises.map((e) => [e]);
  return sets.map(buildEvaluationUnit);
}
