/**
 * Secondary (complementary) suppression: the cheapest extra cells that keep every primary cell from
 * being recomputed through the table relations, proven by the interval audit.
 *
 * 1. Closure: while a relation has exactly one suppressed cell (which it would give away by subtraction),
 *    suppress its cheapest other suppressible cell.
 * 2. For each primary cell the audit still finds unprotected: try every suppressible cell in order of
 *    cost, each with its closure, and keep the cheapest addition after which that cell is protected.
 *    When no single addition helps, suppress the cells that add up one of its leaf cells (its "cone"),
 *    largest unknown part first, until it is protected: moving that leaf's value up or down then moves
 *    only suppressed cells, so this always succeeds unless a cone holds a cell that must stay published.
 * 3. Pruning: try to publish each secondary cell again, most expensive first; keep it published when
 *    every primary cell stays protected. The result is therefore minimal: no single secondary cell can
 *    be published without exposing a primary one.
 * "Protected" is PatternAuditor's verdict: from the audience and from every singleton intruder.
 */
import { PatternAuditor, type AuditResult, type SuppressionProblem } from './suppression-audit.ts';

export interface SuppressionPattern {
  primary: readonly number[];
  secondary: readonly number[];
  audit: AuditResult;
}

class PatternSearch extends PatternAuditor {
  private byCost = (a: number, b: number) => (this.costs[a] ?? 0) - (this.costs[b] ?? 0) || a - b;

  suppressible(cell: number, suppressed: ReadonlySet<number>): boolean {
    return !suppressed.has(cell) && !this.fixed.has(cell);
  }

  close(suppressed: ReadonlySet<number>): Set<number> {
    const closed = new Set(suppressed);
    for (let changed = true; changed;) {
      changed = false;
      for (const { total, parts } of this.problem.structure.relations) {
        const members = [total, ...parts];
        if (members.filter((cell) => closed.has(cell)).length !== 1) continue;
        const cheapest = members.filter((cell) => this.suppressible(cell, closed)).sort(this.byCost)[0];
        if (cheapest === undefined) continue;
        closed.add(cheapest);
        changed = true;
      }
    }
    return closed;
  }

  addedCost(from: ReadonlySet<number>, to: ReadonlySet<number>): number {
    return [...to].filter((cell) => !from.has(cell)).reduce((sum, cell) => sum + (this.costs[cell] ?? 0), 0);
  }

  cheapestProtection(suppressed: ReadonlySet<number>, target: number): Set<number> | undefined {
    const candidates = this.problem.structure.cells
      .map((cell) => cell.index)
      .filter((cell) => this.suppressible(cell, suppressed))
      .sort(this.byCost);
    let best: { pattern: Set<number>; cost: number } | undefined;
    for (const candidate of candidates) {
      if (best && (this.costs[candidate] ?? 0) >= best.cost) break;
      const pattern = this.close(new Set([...suppressed, candidate]));
      const cost = this.addedCost(suppressed, pattern);
      if (best && cost >= best.cost) continue;
      if (this.protects(pattern, [target])[0]) best = { pattern, cost };
    }
    return best?.pattern;
  }

  coneProtection(suppressed: ReadonlySet<number>, target: number): Set<number> | undefined {
    const { structure } = this.problem;
    const slack = (cell: number) => (this.interval.values[cell] ?? 0) - (this.interval.lowerBounds[cell] ?? 0);
    const cones = structure
      .leafCellsWithin(target)
      .map((leaf) => ({ leaf, cone: structure.containingCells(leaf) }))
      .filter(({ cone }) => cone.every((cell) => !this.fixed.has(cell)))
      .sort((a, b) => slack(b.leaf) - slack(a.leaf) || a.leaf - b.leaf);
    const pattern = new Set(suppressed);
    for (const { cone } of cones) {
      for (const cell of cone) pattern.add(cell);
      if (this.protects(pattern, [target])[0]) return pattern;
    }
    return undefined;
  }

  prune(suppressed: Set<number>, primary: ReadonlySet<number>, mustStayProtected: readonly number[]): void {
    const secondary = [...suppressed].filter((cell) => !primary.has(cell)).sort((a, b) => this.byCost(b, a));
    for (const cell of secondary) {
      suppressed.delete(cell);
      if (!this.protects(suppressed, mustStayProtected).every(Boolean)) suppressed.add(cell);
    }
  }
}

export function suppressSecondary(problem: SuppressionProblem): SuppressionPattern {
  const search = new PatternSearch(problem);
  const primary = new Set(problem.primary);
  let suppressed = search.close(primary);
  const hopeless = new Set<number>();
  for (;;) {
    const open = [...primary].filter((cell) => !hopeless.has(cell)).sort((a, b) => a - b);
    const protectedNow = search.protects(suppressed, open);
    const target = open.find((_, i) => !protectedNow[i]);
    if (target === undefined) break;
    const next = search.cheapestProtection(suppressed, target) ?? search.coneProtection(suppressed, target);
    if (next) suppressed = next;
    else hopeless.add(target);
  }
  search.prune(
    suppressed,
    primary,
    [...primary].filter((cell) => !hopeless.has(cell)),
  );
  return {
    primary: [...primary].sort((a, b) => a - b),
    secondary: [...suppressed].filter((cell) => !primary.has(cell)).sort((a, b) => a - b),
    audit: search.audit(suppressed, primary),
  };
}
