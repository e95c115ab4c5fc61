/**
 * The simplex against hand-solved programs, and as a law against brute force: on small random bounded
 * programs {y ≥ 0 : A·y = b}, the minimum and maximum of a random objective equal the best value over
 * all basic feasible solutions found by enumerating every choice of basic columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeasibleRegion } from './lp-solver.ts';

/** Solves the square system M·x = r by Gaussian elimination with partial pivoting; undefined if singular. */
function solveSquare(matrix: number[][], rhs: number[]): number[] | undefined {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let best = col;
    for (let row = col + 1; row < n; row++)
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[best]?.[col] ?? 0)) best = row;
    if (Math.abs(a[best]?.[col] ?? 0) < 1e-9) return undefined;
    [a[col], a[best]] = [a[best] ?? [], a[col] ?? []];
    const pivotRow = a[col] ?? [];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const target = a[row] ?? [];
      const factor = (target[col] ?? 0) / (pivotRow[col] ?? 1);
      for (let j = col; j <= n; j++) target[j] = (target[j] ?? 0) - factor * (pivotRow[j] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] ?? 1));
}

function subsets(n: number, size: number): number[][] {
  if (size === 0) return [[]];
  if (n < size) return [];
  return [...subsets(n - 1, size), ...subsets(n - 1, size - 1).map((subset) => [...subset, n - 1])];
}

/** Objective values at every basic feasible solution. */
function vertexValues(rows: number[][], rhs: number[], cost: number[]): number[] {
  const variables = cost.length;
  return subsets(variables, rows.length).flatMap((basis) => {
    const solution = solveSquare(
      rows.map((row) => basis.map((j) => row[j] ?? 0)),
      rhs,
    );
    if (!solution || solution.some((value) => value < -1e-9)) return [];
    return [basis.reduce((sum, j, i) => sum + (cost[j] ?? 0) * (solution[i] ?? 0), 0)];
  });
}

describe('FeasibleRegion', () => {
  it('solves small programs by hand', () => {
    // y0 + y1 + y2 = 10, y0 − y1 = 2
    const region = FeasibleRegion.of(
      [
        [1, 1, 1],
        [1, -1, 0],
      ],
      [10, 2],
      3,
    );
    expect(region?.minimise([1, 0, 0])).toEqual({ status: 'optimal', value: 2, solution: [2, 0, 8] });
    expect(region?.maximise([1, 0, 0])).toMatchObject({ status: 'optimal', value: 6 });
    expect(region?.maximise([0, 0, 1])).toMatchObject({ status: 'optimal', value: 8 });
    expect(region?.minimise([0, 0, -1])).toMatchObject({ status: 'optimal', value: -8 });
  });

  it('reports unbounded directions and empty regions', () => {
    const region = FeasibleRegion.of([[1, -1]], [3], 2);
    expect(region?.maximise([1, 0])).toEqual({ status: 'unbounded' });
    expect(region?.minimise([1, 0])).toMatchObject({ status: 'optimal', value: 3 });
    expect(FeasibleRegion.of([[1, 1]], [-1], 2)).toBeUndefined();
    expect(
      FeasibleRegion.of(
        [
          [1, 1],
          [1, 1],
        ],
        [1, 2],
        2,
      ),
    ).toBeUndefined();
  });

  it('drops redundant rows and survives degenerate tables', () => {
    // the same relation three times, and a zero right-hand side
    const region = FeasibleRegion.of(
      [
        [1, 1, -1],
        [2, 2, -2],
        [1, 1, -1],
        [1, 0, 0],
      ],
      [0, 0, 0, 0],
      3,
    );
    expect(region?.maximise([0, 1, 0])).toEqual({ status: 'unbounded' });
    expect(region?.minimise([0, 1, -1])).toMatchObject({ status: 'optimal', value: 0 });
    expect(FeasibleRegion.of([], [], 2)?.maximise([1, 1])).toEqual({ status: 'unbounded' });
  });

  it('law: optimum equals the best basic feasible solution on bounded programs', () => {
    const program = fc
      .record({ variables: fc.integer({ min: 2, max: 6 }), extraRows: fc.integer({ min: 0, max: 2 }) })
      .chain(({ variables, extraRows }) =>
        fc.record({
          rows: fc.array(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: variables, maxLength: variables }), {
            minLength: Math.min(extraRows, variables - 1),
            maxLength: Math.min(extraRows, variables - 1),
          }),
          point: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: variables, maxLength: variables }),
          cost: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: variables, maxLength: variables }),
        }),
      );
    fc.assert(
      fc.property(program, ({ rows: extra, point, cost }) => {
        const rows = [point.map(() => 1), ...extra]; // Σ y = const bounds the region
        const rhs = rows.map((row) => row.reduce((sum, a, j) => sum + a * (point[j] ?? 0), 0));
        const vertices = vertexValues(rows, rhs, cost);
        fc.pre(vertices.length > 0); // rank-deficient draws have no square bases
        const region = FeasibleRegion.of(rows, rhs, cost.length);
        const low = region?.minimise(cost);
        const high = region?.maximise(cost);
        expect(low?.status).toBe('optimal');
        expect(high?.status).toBe('optimal');
        if (low?.status === 'optimal') {
          expect(low.value).toBeCloseTo(Math.min(...vertices), 6);
          // the optimal point it returns lies in the region and attains the value
          for (const y of low.solution) expect(y).toBeGreaterThanOrEqual(-1e-9);
          rows.forEach((row, i) =>
            expect(row.reduce((sum, a, j) => sum + a * (low.solution[j] ?? 0), 0)).toBeCloseTo(rhs[i] ?? NaN, 6),
          );
          expect(cost.reduce((sum, c, j) => sum + c * (low.solution[j] ?? 0), 0)).toBeCloseTo(low.value, 6);
        }
        if (high?.status === 'optimal') expect(high.value).toBeCloseTo(Math.max(...vertices), 6);
      }),
      { numRuns: 300 },
    );
  });
});
