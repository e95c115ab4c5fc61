/**
 * A suppression problem and its audit: the table, its values, what the audience (and each singleton
 * intruder) knows, the primary cells, the cells that must stay published and the protection required.
 * `PatternAuditor` checks input once (values add up, no cell both sensitive and fixed) and answers, for
 * a suppression pattern, whether each sensitive cell is protected: from the audience AND from every
 * singleton intruder, a contributor that is the only unknown contributor of a suppressed cell and so
 * knows that cell exactly (sdcTable's singleton problem: two suppressed one-firm cells in a row give each
 * other away). Intruders that know no suppressed cell exactly are not audited: their partial knowledge
 * is what the p% and dominance rules already allow for.
 */
import { DisclosureError } from './disclosure-error.ts';
import type { ProtectionRequirement } from './disclosure-rules.ts';
import {
  auditScale,
  feasibleIntervals,
  protectionVerdicts,
  suppressedComponents,
  type IntervalProblem,
} from './interval-audit.ts';
import type { TableStructure } from './table-structure.ts';

/** A contributor auditing the table with what it knows on top of the audience's knowledge. */
export interface Intruder {
  /** Cells it knows exactly: those whose only unknown contributor it is. */
  knownCells: ReadonlySet<number>;
  /** What it knows each cell holds at least: the audience's bounds plus its own contributions. */
  lowerBounds: readonly number[];
}

export interface SuppressionProblem {
  structure: TableStructure;
  values: readonly number[];
  /** What the intruder knows each cell holds at least (the audience's own contributions); 0 when absent. */
  lowerBounds?: readonly number[];
  /** Cost of suppressing each cell; the values when absent. */
  costs?: readonly number[];
  primary: readonly number[];
  /** Cells that must stay published: empty cells and cells the audience knows completely. */
  fixed?: ReadonlySet<number>;
  protection: ProtectionRequirement;
  /** Singleton contributors, each audited as an intruder when a cell it knows exactly is suppressed. */
  intruders?: readonly Intruder[];
}

export interface AuditedCell {
  cell: number;
  status: 'primary' | 'secondary';
  lower: number;
  /** Infinity when unbounded. */
  upper: number;
  /** Whether the interval meets the requirement; null for secondary cells, which need none. */
  protected: boolean | null;
}

export interface AuditResult {
  protected: boolean;
  cells: readonly AuditedCell[];
  /** Primary cells whose interval is too narrow (empty when protected). */
  unprotected: readonly number[];
}

export class PatternAuditor {
  readonly interval: IntervalProblem;
  readonly costs: readonly number[];
  readonly fixed: ReadonlySet<number>;
  readonly scale: number;

  constructor(readonly problem: SuppressionProblem) {
    const { structure, values } = problem;
    if (values.length !== structure.cells.length)
      throw new DisclosureError(
        'invalid_table',
        `数值个数 ${values.length} 与单元格数 ${structure.cells.length} 不符 (value count differs from cell count)`,
      );
    this.interval = {
      relations: structure.relations,
      values,
      lowerBounds: problem.lowerBounds ?? values.map(() => 0),
    };
    this.costs = problem.costs ?? values;
    this.fixed = problem.fixed ?? new Set();
    this.scale = auditScale(this.interval);
    for (const { total, parts } of structure.relations) {
      const sum = parts.reduce((s, part) => s + (values[part] ?? 0), 0);
      if (Math.abs((values[total] ?? 0) - sum) > 1e-9 * this.scale * (parts.length + 1))
        throw new DisclosureError(
          'invalid_table',
          `单元格 ${structure.cells[total]?.codes.join('|')} 不等于其明细之和 (a total differs from the sum of its parts)`,
        );
    }
    for (const cell of problem.primary)
      if (this.fixed.has(cell))
        throw new DisclosureError(
          'invalid_table',
          `单元格 ${cell} 既须隐藏又须公布 (cell ${cell} is both sensitive and fixed)`,
        );
  }

  /** Whether each target meets the requirement given what `lowerBounds` says, the cells in `known` published. */
  private meets(
    suppressed: ReadonlySet<number>,
    targets: readonly number[],
    lowerBounds: readonly number[],
    known: ReadonlySet<number> = new Set(),
  ): Map<number, boolean> {
    const hidden = new Set([...suppressed].filter((cell) => !known.has(cell)));
    return protectionVerdicts(
      { ...this.interval, lowerBounds },
      hidden,
      targets.filter((cell) => hidden.has(cell)),
      this.problem.protection,
    );
  }

  /** Whether each target is protected from the audience and from every singleton intruder. */
  protects(suppressed: ReadonlySet<number>, targets: readonly number[]): boolean[] {
    const verdict = this.meets(suppressed, targets, this.interval.lowerBounds);
    const intruders = this.problem.intruders ?? [];
    const componentOf = intruders.length > 0 ? suppressedComponents(this.interval.relations, suppressed) : new Map();
    for (const intruder of intruders) {
      // only cells linked to a suppressed cell the intruder knows exactly can be narrowed by that knowledge
      const reached = new Set(
        [...intruder.knownCells].filter((cell) => suppressed.has(cell)).map((cell) => componentOf.get(cell)),
      );
      if (reached.size === 0) continue;
      const open = targets.filter(
        (cell) => verdict.get(cell) && !intruder.knownCells.has(cell) && reached.has(componentOf.get(cell)),
      );
      if (open.length === 0) continue;
      for (const [cell, ok] of this.meets(suppressed, open, intruder.lowerBounds, intruder.knownCells))
        if (!ok) verdict.set(cell, false);
    }
    return targets.map((cell) => verdict.get(cell) ?? false);
  }

  audit(suppressed: ReadonlySet<number>, primary: ReadonlySet<number>): AuditResult {
    const cells = [...suppressed].sort((a, b) => a - b);
    const primaryCells = cells.filter((cell) => primary.has(cell));
    const verdicts = new Map(this.protects(suppressed, primaryCells).map((ok, i) => [primaryCells[i], ok]));
    const checks = feasibleIntervals(this.interval, suppressed, cells).map((interval): AuditedCell => ({
      ...interval,
      status: primary.has(interval.cell) ? 'primary' : 'secondary',
      protected: verdicts.get(interval.cell) ?? null,
    }));
    const unprotected = checks.filter((check) => check.protected === false).map((check) => check.cell);
    return { protected: unprotected.length === 0, cells: checks, unprotected };
  }
}

/** The audit of a given suppression pattern (primary cells plus any secondary ones). */
export function auditSuppression(problem: SuppressionProblem, suppressed: Iterable<number>): AuditResult {
  const pattern = new Set(suppressed);
  for (const cell of problem.primary) pattern.add(cell);
  return new PatternAuditor(problem).audit(pattern, new Set(problem.primary));
}
