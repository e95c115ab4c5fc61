/**
 * Disclosure control of a register's sums by reporting unit (the bulletin's 重大项目 investment): a one-dimension
 * table, reporting unit → the city, of contributions (one per project, grouped by its enterprise), protected with the
 * same rules and the same protectTable as the cluster cells — primary suppression (too few contributors, p %,
 * dominance) and secondary suppression so that no withheld unit can be recomputed from the city's total and the
 * other units. A unit audience knows its own unit's contributions.
 */
import type { DisclosureRules } from '../disclosure/disclosure-rules.ts';
import { protectTable } from '../disclosure/protect-table.ts';
import { flatDimension } from '../disclosure/table-structure.ts';

export const CITY_TOTAL_CODE = '*city';

export interface UnitSumContribution {
  unitId: string;
  /** The record (a project code). */
  contributorId: string;
  /** Records of one owner (an enterprise) count as one contributor; null: the record alone. */
  ownerId: string | null;
  /** Non-negative, canonical unit. */
  value: number;
}

export interface UnitSumsWithheld {
  /** Units whose sum must not be published to the audience. */
  units: ReadonlySet<string>;
  /** Whether the city's sum must not be published. */
  city: boolean;
}

export function withholdUnitSums(input: {
  unitIds: readonly string[];
  contributions: readonly UnitSumContribution[];
  rules: DisclosureRules;
  /** The unit the audience is (it knows its own contributions); none for the public. */
  knownUnit?: string | null | undefined;
}): UnitSumsWithheld {
  const unitIds = [...new Set([...input.unitIds, ...input.contributions.map((entry) => entry.unitId)])];
  if (input.contributions.length === 0) return { units: new Set(), city: false };
  const table = protectTable({
    dimensions: [flatDimension('unit', unitIds, CITY_TOTAL_CODE)],
    records: input.contributions.map((entry) => ({
      codes: [entry.unitId],
      contributorId: entry.contributorId,
      ownerId: entry.ownerId,
      value: Math.max(0, entry.value),
    })),
    rules: input.rules,
    knownContributors: input.contributions
      .filter((entry) => input.knownUnit != null && entry.unitId === input.knownUnit)
      .map((entry) => entry.contributorId),
  });
  const withheld = new Set(table.cells.filter((cell) => cell.status !== 'published').map((cell) => cell.codes[0]!));
  return { units: new Set(unitIds.filter((id) => withheld.has(id))), city: withheld.has(CITY_TOTAL_CODE) };
}
