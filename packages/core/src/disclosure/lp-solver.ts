/**
 * A small dense two-phase simplex, enough for auditing suppression patterns of tables with up to a few
 * hundred cells. `FeasibleRegion.of` finds a basic feasible solution of {y ≥ 0 : A·y = b} once (phase 1
 * with one artificial variable per row; rows that turn out redundant are dropped), then `minimise` and
 * `maximise` optimise any number of linear objectives from that basis (phase 2). Pivoting follows
 * Dantzig's rule and falls back to Bland's (the lowest improving column enters; ratio ties leave by the
 * lowest basic variable) after a run of degenerate pivots, so the highly degenerate systems tables
 * produce cannot cycle. Tolerances are absolute: callers scale data to about 1.
 */

/** `solution`: an optimal point (one value per variable). */
export type LpResult = { status: 'optimal'; value: number; solution: number[] } | { status: 'unbounded' };

const PIVOT_EPS = 1e-9;
const FEASIBILITY_EPS = 1e-7;
const DEGENERATE_STREAK = 50;

interface Tableau {
  /** m rows of width + 1 entries, the last one the right-hand side. */
  rows: Float64Array[];
  basis: number[];
  width: number;
}

function pivot(tableau: Tableau, objective: Float64Array, row: number, column: number): void {
  const pivotRow = tableau.rows[row] as Float64Array;
  const factor = pivotRow[column] as number;
  for (let j = 0; j <= tableau.width; j++) pivotRow[j] = (pivotRow[j] as number) / factor;
  const eliminate = (target: Float64Array) => {
    const multiple = target[column] as number;
    if (multiple === 0) return;
    for (let j = 0; j <= tableau.width; j++) target[j] = (target[j] as number) - multiple * (pivotRow[j] as number);
  };
  tableau.rows.forEach((other, i) => {
    if (i !== row) eliminate(other);
  });
  eliminate(objective);
  tableau.basis[row] = column;
}

/**
 * Minimises over the tableau; `objective` holds the reduced costs and, at index width, minus the current
 * objective value. Only columns below `columns` may enter. The most negative reduced cost enters
 * (Dantzig) until DEGENERATE_STREAK pivots in a row leave the objective unchanged; from then on Bland's
 * rule, which cannot cycle. Returns false when unbounded.
 */
function runSimplex(tableau: Tableau, objective: Float64Array, columns: number): boolean {
  const limit = 50_000 + 100 * (tableau.rows.length + columns);
  let bland = false;
  let streak = 0;
  for (let iteration = 0; iteration < limit; iteration++) {
    let entering = -1;
    let mostNegative = -PIVOT_EPS;
    for (let j = 0; j < columns; j++) {
      const reduced = objective[j] as number;
      if (reduced >= mostNegative) continue;
      entering = j;
      if (bland) break;
      mostNegative = reduced;
    }
    if (entering < 0) return true;
    let leaving = -1;
    let bestRatio = Infinity;
    tableau.rows.forEach((row, i) => {
      const coefficient = row[entering] as number;
      if (coefficient <= PIVOT_EPS) return;
      const ratio = (row[tableau.width] as number) / coefficient;
      const tie = Math.abs(ratio - bestRatio) <= 1e-12;
      if (ratio < bestRatio - 1e-12 || (tie && (tableau.basis[i] as number) < (tableau.basis[leaving] as number))) {
        bestRatio = Math.min(ratio, bestRatio);
        leaving = i;
      }
    });
    if (leaving < 0) return false;
    streak = bestRatio * -(objective[entering] as number) > PIVOT_EPS ? 0 : streak + 1;
    if (streak > DEGENERATE_STREAK) bland = true;
    pivot(tableau, objective, leaving, entering);
  }
  throw new Error(`simplex did not finish within ${limit} pivots`);
}

export class FeasibleRegion {
  private constructor(
    private readonly tableau: Tableau,
    readonly variables: number,
  ) {}

  /** The region {y ≥ 0 : rows·y = rhs}, or undefined when it is empty. */
  static of(
    rows: readonly (readonly number[])[],
    rhs: readonly number[],
    variables: number,
  ): FeasibleRegion | undefined {
    const m = rows.length;
    const width = variables + m;
    const tableau: Tableau = { rows: [], basis: [], width };
    const phaseOne = new Float64Array(width + 1);
    rows.forEach((coefficients, i) => {
      const sign = (rhs[i] ?? 0) < 0 ? -1 : 1;
      const row = new Float64Array(width + 1);
      for (let j = 0; j < variables; j++) row[j] = sign * (coefficients[j] ?? 0);
      row[variables + i] = 1;
      row[width] = sign * (rhs[i] ?? 0);
      tableau.rows.push(row);
      tableau.basis.push(variables + i);
      for (let j = 0; j < variables; j++) phaseOne[j] = (phaseOne[j] as number) - (row[j] as number);
      phaseOne[width] = (phaseOne[width] as number) - (row[width] as number);
    });
    runSimplex(tableau, phaseOne, width);
    if (-(phaseOne[width] as number) > FEASIBILITY_EPS) return undefined;
    // Drive artificial variables out of the basis; a row where none of the real columns can enter is redundant.
    for (let i = tableau.rows.length - 1; i >= 0; i--) {
      if ((tableau.basis[i] as number) < variables) continue;
      const row = tableau.rows[i] as Float64Array;
      let column = -1;
      for (let j = 0; j < variables && column < 0; j++) if (Math.abs(row[j] as number) > PIVOT_EPS) column = j;
      if (column >= 0) pivot(tableau, phaseOne, i, column);
      else {
        tableau.rows.splice(i, 1);
        tableau.basis.splice(i, 1);
      }
    }
    const reduced: Tableau = {
      rows: tableau.rows.map((row) => {
        const kept = new Float64Array(variables + 1);
        kept.set(row.subarray(0, variables));
        kept[variables] = Math.max(0, row[width] as number);
        return kept;
      }),
      basis: tableau.basis,
      width: variables,
    };
    return new FeasibleRegion(reduced, variables);
  }

  /** min cost·y over the region. */
  minimise(cost: readonly number[]): LpResult {
    const tableau: Tableau = {
      rows: this.tableau.rows.map((row) => row.slice()),
      basis: [...this.tableau.basis],
      width: this.variables,
    };
    const objective = new Float64Array(this.variables + 1);
    for (let j = 0; j < this.variables; j++) objective[j] = cost[j] ?? 0;
    tableau.rows.forEach((row, i) => {
      const basicCost = cost[tableau.basis[i] as number] ?? 0;
      if (basicCost === 0) return;
      for (let j = 0; j <= this.variables; j++)
        objective[j] = (objective[j] as number) - basicCost * (row[j] as number);
    });
    if (!runSimplex(tableau, objective, this.variables)) return { status: 'unbounded' };
    const solution = new Array<number>(this.variables).fill(0);
    tableau.rows.forEach((row, i) => {
      solution[tableau.basis[i] as number] = row[this.variables] as number;
    });
    return { status: 'optimal', value: 0 - (objective[this.variables] as number), solution };
  }

  /** max cost·y over the region. */
  maximise(cost: readonly number[]): LpResult {
    const result = this.minimise(cost.map((c) => -c));
    return result.status === 'optimal' ? { ...result, value: 0 - result.value } : result;
  }
}
