/**
 * The interval audit: the intruder's lower bounds, independent components, and the law that the fast
 * verdicts (aggregate programs first) agree with `intervalProtects` on the exact intervals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProtectionRequirement } from './disclosure-rules.ts';
import { feasibleIntervals, intervalProtects, protectionVerdicts, suppressedComponents } from './interval-audit.ts';
import { buildTableStructure, flatDimension } from './table-structure.ts';

const structure = buildTableStructure([flatDimension('r', ['A', 'B', 'C']), flatDimension('s', ['x', 'y'])]);
const at = (codes: string) => structure.cellIndex(codes.split('|'));
//       x   y
//  A   10  20
//  B   30  40
//  C    5   6
const leafValues = [10, 20, 30, 40, 5, 6];
const values = structure.cells.map(() => 0);
structure.cells
  .filter((cell) => cell.leaf)
  .forEach((leaf, i) => {
    for (const cell of structure.containingCells(leaf.index)) values[cell] = (values[cell] ?? 0) + (leafValues[i] ?? 0);
  });
const zero = values.map(() => 0);
const rectangle = new Set(['A|x', 'A|y', 'B|x', 'B|y'].map(at));

describe('feasibleIntervals', () => {
  it('gives the rectangle its intervals, narrowed by what the intruder knows', () => {
    const open = feasibleIntervals({ relations: structure.relations, values, lowerBounds: zero }, rectangle, [
      at('A|x'),
    ]);
    expect(open).toEqual([{ cell: at('A|x'), lower: 0, upper: 30 }]);
    const bounds = [...zero];
    bounds[at('A|x')] = 4; // the audience knows 4 of A|x
    bounds[at('B|y')] = 35; // and 35 of B|y, so A|y = 60 − B|y ≤ 25 and A|x = 30 − A|y ≥ 5
    const narrowed = feasibleIntervals({ relations: structure.relations, values, lowerBounds: bounds }, rectangle, [
      at('A|x'),
    ]);
    expect(narrowed[0]?.lower).toBeCloseTo(5, 9);
    expect(narrowed[0]?.upper).toBeCloseTo(30, 9);
    expect(() =>
      feasibleIntervals({ relations: structure.relations, values, lowerBounds: zero }, rectangle, [0]),
    ).toThrow(/not suppressed/);
  });

  it('splits a pattern into independent components', () => {
    const two = new Set([...rectangle, at('C|x'), at('C|y'), at('C|Total')]);
    const components = suppressedComponents(structure.relations, two);
    expect(components.get(at('A|x'))).toBe(components.get(at('B|y')));
    expect(components.get(at('C|x'))).toBe(components.get(at('C|Total')));
    // the column relations tie C to A and B: one component after all
    expect(components.get(at('A|x'))).toBe(components.get(at('C|x')));
    const apart = suppressedComponents(structure.relations, new Set([at('A|x'), at('C|y')]));
    expect(apart.get(at('A|x'))).not.toBe(apart.get(at('C|y')));
  });

  const requirement = fc.constantFrom<ProtectionRequirement>(
    { kind: 'not-exact' },
    { kind: 'percent', percent: 10 },
    { kind: 'percent', percent: 60 },
  );
  it('law: the fast verdicts agree with intervalProtects on the exact intervals', () => {
    const cells = structure.cells.map((cell) => cell.index);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 6, maxLength: 6 }),
        fc.uniqueArray(fc.constantFrom(...cells), { minLength: 1 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: cells.length, maxLength: cells.length }),
        requirement,
        (leaves, suppressedCells, knownShares, protection) => {
          const tableValues = structure.cells.map(() => 0);
          structure.cells
            .filter((cell) => cell.leaf)
            .forEach((leaf, i) => {
              for (const cell of structure.containingCells(leaf.index))
                tableValues[cell] = (tableValues[cell] ?? 0) + (leaves[i] ?? 0);
            });
          const lowerBounds = tableValues.map((value, i) => Math.floor(value * (knownShares[i] ?? 0) * 0.5));
          const problem = { relations: structure.relations, values: tableValues, lowerBounds };
          const suppressed = new Set(suppressedCells);
          const verdicts = protectionVerdicts(problem, suppressed, suppressedCells, protection);
          const scale = Math.max(1, ...tableValues);
          for (const interval of feasibleIntervals(problem, suppressed, suppressedCells))
            expect(verdicts.get(interval.cell)).toBe(
              intervalProtects(
                interval,
                tableValues[interval.cell] ?? 0,
                lowerBounds[interval.cell] ?? 0,
                protection,
                scale,
              ),
            );
        },
      ),
      { numRuns: 200 },
    );
  });
});
