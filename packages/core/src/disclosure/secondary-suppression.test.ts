/**
 * Secondary suppression on values-only tables: worked examples (a 2-D table with margins, a hierarchy,
 * a percent protection level) and laws on random tables of 1–3 dimensions: the final pattern protects
 * every primary cell, is minimal (publishing any one secondary cell again exposes a primary one) and
 * never touches a fixed cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProtectionRequirement } from './disclosure-rules.ts';
import { suppressSecondary } from './secondary-suppression.ts';
import { auditSuppression, type SuppressionProblem } from './suppression-audit.ts';
import { buildTableStructure, flatDimension, type TableDimension, type TableStructure } from './table-structure.ts';

/** Values of every cell from leaf values given in the order of the leaf cells. */
function tableValues(structure: TableStructure, leafValues: readonly number[]): number[] {
  const values = structure.cells.map(() => 0);
  structure.cells
    .filter((cell) => cell.leaf)
    .forEach((leaf, i) => {
      for (const cell of structure.containingCells(leaf.index))
        values[cell] = (values[cell] ?? 0) + (leafValues[i] ?? 0);
    });
  return values;
}

const notExact: ProtectionRequirement = { kind: 'not-exact' };

describe('suppressSecondary', () => {
  const structure = buildTableStructure([
    flatDimension('region', ['A', 'B', 'C']),
    flatDimension('sector', ['x', 'y']),
  ]);
  const at = (codes: string) => structure.cellIndex(codes.split('|'));
  //        x    y
  //   A   50    3   (A|y is sensitive)
  //   B   20   40
  //   C   30   10
  const values = tableValues(structure, [50, 3, 20, 40, 30, 10]);

  it('completes the cheapest rectangle around a primary cell in a 2-D table with margins', () => {
    const pattern = suppressSecondary({ structure, values, primary: [at('A|y')], protection: notExact });
    expect(pattern.secondary.map((cell) => structure.cells[cell]?.codes.join('|'))).toEqual(['A|x', 'C|x', 'C|y']);
    expect(pattern.audit.protected).toBe(true);
    const interval = pattern.audit.cells.find((cell) => cell.cell === at('A|y'));
    expect(interval).toMatchObject({ status: 'primary', protected: true });
    expect(interval?.lower).toBeCloseTo(0, 9);
    expect(interval?.upper).toBeCloseTo(13, 9); // A|y + C|y = 13
  });

  it('uses the costs it is given (here: row C and the margins expensive)', () => {
    const costs = structure.cells.map((cell) => (cell.leaf && cell.codes[0] !== 'C' ? 1 : 1000));
    const pattern = suppressSecondary({ structure, values, costs, primary: [at('A|y')], protection: notExact });
    expect(pattern.secondary.map((cell) => structure.cells[cell]?.codes.join('|'))).toEqual(['A|x', 'B|x', 'B|y']);
  });

  it('widens the interval to a percent protection level of the value', () => {
    // with C only, A|y ∈ [0, 13]; 500 % of 3 = 15 above needs a wider pattern
    const pattern = suppressSecondary({
      structure,
      values,
      primary: [at('A|y')],
      protection: { kind: 'percent', percent: 100 },
    });
    expect(pattern.audit.protected).toBe(true);
    const interval = pattern.audit.cells.find((cell) => cell.cell === at('A|y'));
    expect((interval?.upper ?? 0) - 3).toBeGreaterThanOrEqual(3 - 1e-9);
    expect(3 - (interval?.lower ?? 0)).toBeGreaterThanOrEqual(3 - 1e-9);
  });

  it('does not suppress fixed cells and reports a primary it cannot protect', () => {
    const fixed = new Set(structure.cells.map((cell) => cell.index).filter((cell) => cell !== at('A|y')));
    const pattern = suppressSecondary({ structure, values, primary: [at('A|y')], fixed, protection: notExact });
    expect(pattern.secondary).toEqual([]);
    expect(pattern.audit).toMatchObject({ protected: false, unprotected: [at('A|y')] });
  });

  it('protects a cell deep in a hierarchy', () => {
    const region: TableDimension = {
      name: 'region',
      root: {
        code: 'T',
        children: [
          {
            code: 'P',
            children: [
              { code: 'P1', children: [] },
              { code: 'P2', children: [] },
            ],
          },
          {
            code: 'Q',
            children: [
              { code: 'Q1', children: [] },
              { code: 'Q2', children: [] },
            ],
          },
        ],
      },
    };
    const deep = buildTableStructure([region, flatDimension('sector', ['x', 'y'])]);
    const deepValues = tableValues(deep, [5, 60, 30, 40, 20, 25, 35, 45]);
    const pattern = suppressSecondary({
      structure: deep,
      values: deepValues,
      primary: [deep.cellIndex(['P1', 'x'])],
      protection: notExact,
    });
    expect(pattern.audit.protected).toBe(true);
    expect(pattern.secondary.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses values that do not add up, and a cell both sensitive and fixed', () => {
    const broken = [...values];
    broken[0] = (broken[0] ?? 0) + 1;
    expect(() => suppressSecondary({ structure, values: broken, primary: [1], protection: notExact })).toThrow(
      /differs from the sum of its parts/,
    );
    expect(() =>
      suppressSecondary({ structure, values, primary: [1], fixed: new Set([1]), protection: notExact }),
    ).toThrow(/both sensitive and fixed/);
  });

  const dimensionSizes = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 });
  const randomTable = dimensionSizes
    .map((sizes) =>
      buildTableStructure(
        sizes.map((size, d) =>
          flatDimension(
            `d${d}`,
            Array.from({ length: size }, (_, i) => `c${i}`),
          ),
        ),
      ),
    )
    .chain((table) => {
      const leaves = table.cells.filter((cell) => cell.leaf).length;
      return fc.record({
        table: fc.constant(table),
        leafValues: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: leaves, maxLength: leaves }),
        primary: fc.uniqueArray(fc.integer({ min: 0, max: table.cells.length - 1 }), { minLength: 1, maxLength: 3 }),
        protection: fc.constantFrom<ProtectionRequirement>(notExact, { kind: 'percent', percent: 20 }),
      });
    });

  it('laws: the pattern protects every primary, is minimal and leaves fixed cells alone', () => {
    fc.assert(
      fc.property(randomTable, ({ table, leafValues, primary, protection }) => {
        const problem: SuppressionProblem = {
          structure: table,
          values: tableValues(table, leafValues),
          primary,
          protection,
        };
        const pattern = suppressSecondary(problem);
        expect(pattern.audit.protected).toBe(true);
        for (const cell of pattern.audit.cells.filter((check) => check.status === 'primary'))
          expect(cell.upper - cell.lower).toBeGreaterThan(0);
        expect(pattern.secondary.filter((cell) => primary.includes(cell))).toEqual([]);
        for (const cell of pattern.secondary) {
          const without = pattern.secondary.filter((other) => other !== cell);
          expect(auditSuppression(problem, without).protected).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
