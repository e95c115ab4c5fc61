/**
 * Disclosure control of one table for one audience (DOMAIN.md §7): microdata → cell statistics per
 * owner group → primary suppression by the rules → secondary suppression proven by the interval audit.
 * Every cell comes back with its value (null when suppressed, never 0), its status and reason codes, and
 * the audit. This result is for the producer; what may leave the system is `toPublication(result)`.
 *
 * The audience is the set of contributors it knows or is entitled to (a county user: its county's
 * enterprises). Cells made only of those are published to it; elsewhere the rules judge the unknown
 * rest, and the audit lets the intruder use its knowledge (a cell holds at least its known part).
 * Contributors that alone make up the unknown part of a cell are audited as intruders too.
 */
import { summariseCell, type CellStatistics, type WeightingMethod } from './cell-statistics.ts';
import { checkDisclosureRules, type DisclosureRules } from './disclosure-rules.ts';
import { primaryReasons, type PrimaryReason } from './primary-suppression.ts';
import { suppressSecondary } from './secondary-suppression.ts';
import type { AuditResult, Intruder } from './suppression-audit.ts';
import { buildTableStructure, type TableDimension } from './table-structure.ts';
import { tabulateContributions, type MicrodataRecord } from './tabulate-contributions.ts';

/** What suppressing a cell costs: its value (default), its number of contributors, or 1 per cell. */
export type SuppressionCost = 'value' | 'frequency' | 'unit';

export interface ProtectTableInput {
  dimensions: readonly TableDimension[];
  records: readonly MicrodataRecord[];
  rules: DisclosureRules;
  /** Contributor ids the audience knows or is entitled to; none for the public. */
  knownContributors?: Iterable<string>;
  weighting?: WeightingMethod;
  cost?: SuppressionCost;
}

export type CellStatus = 'published' | 'primary' | 'secondary';
export type SuppressionReason = PrimaryReason | 'complementary';

export interface ProtectedCell {
  index: number;
  codes: readonly string[];
  /** null when suppressed: a suppressed cell is marked, never 0. */
  value: number | null;
  status: CellStatus;
  reasons: readonly SuppressionReason[];
}

export interface ProtectedTable {
  dimensions: readonly string[];
  cells: readonly ProtectedCell[];
  audit: AuditResult;
}

const costOf: Record<SuppressionCost, (statistics: CellStatistics) => number> = {
  value: (statistics) => statistics.total,
  frequency: (statistics) => statistics.contributors,
  unit: () => 1,
};

/** Every contributor that is the only unknown contributor of some cell, as an intruder. */
function singletonIntruders(statistics: readonly CellStatistics[]): Intruder[] {
  const knownCellsOf = new Map<string, Set<number>>();
  statistics.forEach((cell, index) => {
    const only = cell.unknownContributors === 1 ? cell.unknownRanked[0]?.group : undefined;
    if (only !== undefined) knownCellsOf.set(only, (knownCellsOf.get(only) ?? new Set()).add(index));
  });
  return [...knownCellsOf].map(([group, knownCells]) => ({
    knownCells,
    lowerBounds: statistics.map(
      (cell) => cell.knownTotal + (cell.unknownRanked.find((entry) => entry.group === group)?.weightedValue ?? 0),
    ),
  }));
}

export function protectTable(input: ProtectTableInput): ProtectedTable {
  const rules = checkDisclosureRules(input.rules);
  const structure = buildTableStructure(input.dimensions);
  const known = new Set(input.knownContributors ?? []);
  const statistics = tabulateContributions(structure, input.records).map((contributions) =>
    summariseCell(contributions, { weighting: input.weighting ?? 'default', known }),
  );
  const reasons = statistics.map((cell) => primaryReasons(cell, rules));
  const pattern = suppressSecondary({
    structure,
    values: statistics.map((cell) => cell.total),
    lowerBounds: statistics.map((cell) => cell.knownTotal),
    costs: statistics.map(costOf[input.cost ?? 'value']),
    primary: structure.cells.map((cell) => cell.index).filter((cell) => (reasons[cell]?.length ?? 0) > 0),
    fixed: new Set(
      structure.cells.map((cell) => cell.index).filter((cell) => statistics[cell]?.unknownContributors === 0),
    ),
    protection: rules.protection,
    intruders: singletonIntruders(statistics),
  });
  const secondary = new Set(pattern.secondary);
  return {
    dimensions: input.dimensions.map((dimension) => dimension.name),
    cells: structure.cells.map(({ index, codes }): ProtectedCell => {
      const primary = reasons[index] ?? [];
      const status: CellStatus = primary.length > 0 ? 'primary' : secondary.has(index) ? 'secondary' : 'published';
      return {
        index,
        codes,
        value: status === 'published' ? (statistics[index]?.total ?? null) : null,
        status,
        reasons: status === 'secondary' ? ['complementary'] : primary,
      };
    }),
    audit: pattern.audit,
  };
}
