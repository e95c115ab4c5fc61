/**
 * sdcTable's SIMPLEHEURISTIC reference (../shared/reference/sdctable/sdctable_simpleheuristic_4x4.json):
 * a 4×4 table with totals and 9 primary cells where w|b is still exactly derivable. The LP intervals of
 * our simplex are compared with glpsol's (every primary with the primaries only, w|b after each single
 * extra suppression); secondary suppression must add exactly x|d, after which the attack on w|b fails
 * with [0, 78]. Also sdcTable's singleton example. Intervals are compared to 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { auditScale, feasibleIntervals } from './interval-audit.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { protectTable } from './protect-table.ts';
import { readReferenceJson } from './reference-files.test-kit.ts';
import { suppressSecondary } from './secondary-suppression.ts';
import { buildTableStructure, flatDimension } from './table-structure.ts';

interface Reference {
  inner_cells: Record<string, Record<string, number>>;
  effective_totals_locally_computed: { rows: Record<string, number>; cols: Record<string, number>; grand: number };
  primary_suppressed_u: [string, string][];
  expected_from_upstream_test: Record<string, unknown>;
  [key: string]: unknown;
}

const reference = await readReferenceJson<Reference>('sdctable/sdctable_simpleheuristic_4x4.json');
const lp = (Object.entries(reference ?? {}).find(([key]) => key.startsWith('we_LP_verification'))?.[1] ?? {}) as {
  'w|b interval with primaries only': [number, number];
  'w|b interval after additionally suppressing x|d (value 31)': [number, number];
  'other single additions and resulting w|b interval': Record<string, [number, number]>;
  'intervals of each primary with primaries only': Record<string, [number, number]>;
};

const rows = Object.keys(reference?.inner_cells ?? {});
const columns = Object.keys(reference?.inner_cells[rows[0] ?? ''] ?? {});
const structure = buildTableStructure([flatDimension('row', rows, 'tot'), flatDimension('col', columns, 'tot')]);
const cellOf = (label: string) => structure.cellIndex(label.split('|'));
const inner = (row: string, column: string) => reference?.inner_cells[row]?.[column] ?? 0;
const values = structure.cells.map(({ codes: [row = '', column = ''] }) =>
  (row === 'tot' ? rows : [row])
    .flatMap((r) => (column === 'tot' ? columns : [column]).map((c) => inner(r, c)))
    .reduce((a, b) => a + b, 0),
);
const primary = (reference?.primary_suppressed_u ?? []).map((codes) => structure.cellIndex(codes));
const zeroBounds = values.map(() => 0);
const intervalOf = (suppressed: number[], target: string) => {
  const [interval] = feasibleIntervals(
    { relations: structure.relations, values, lowerBounds: zeroBounds },
    new Set(suppressed),
    [cellOf(target)],
  );
  return [interval?.lower, interval?.upper];
};
const expectInterval = (actual: (number | undefined)[], expected: [number, number]) => {
  expect(actual[0]).toBeCloseTo(expected[0], 9);
  expect(actual[1]).toBeCloseTo(expected[1], 9);
};

describe.skipIf(reference === undefined)('sdcTable SIMPLEHEURISTIC 4×4 reference', () => {
  it('has the effective totals the reference computed', () => {
    const totals = reference?.effective_totals_locally_computed;
    for (const row of rows) expect(values[cellOf(`${row}|tot`)]).toBe(totals?.rows[row]);
    for (const column of columns) expect(values[cellOf(`tot|${column}`)]).toBe(totals?.cols[column]);
    expect(values[cellOf('tot|tot')]).toBe(totals?.grand);
    expect(primary).toHaveLength(reference?.expected_from_upstream_test.n_primary as number);
  });

  it("gives glpsol's interval for every primary with the primaries only (w|b is exactly disclosed)", () => {
    for (const [cell, expected] of Object.entries(lp['intervals of each primary with primaries only']))
      expectInterval(intervalOf(primary, cell), expected);
    expectInterval(intervalOf(primary, 'w|b'), lp['w|b interval with primaries only']);
  });

  it("gives glpsol's w|b interval after each single extra suppression", () => {
    for (const [added, expected] of Object.entries(lp['other single additions and resulting w|b interval'])) {
      if (added.startsWith('any single marginal')) {
        const margins = structure.cells.filter((cell) => !cell.leaf).map((cell) => cell.index);
        for (const margin of margins) expectInterval(intervalOf([...primary, margin], 'w|b'), expected);
      } else expectInterval(intervalOf([...primary, cellOf(added)], 'w|b'), expected);
    }
  });

  it('adds exactly x|d, after which the attack on w|b gives [0, 78]', () => {
    const upstream = reference?.expected_from_upstream_test ?? {};
    const pattern = suppressSecondary({ structure, values, primary, protection: { kind: 'not-exact' } });
    expect(pattern.secondary).toHaveLength(
      upstream['SIMPLEHEURISTIC (solve_attackerprobs=TRUE) adds exactly'] as number,
    );
    expect(pattern.secondary).toEqual([cellOf('x|d')]);
    expect(pattern.audit.protected).toBe(true);
    const attack = upstream['attack(cell id 8 = w|b) after SIMPLEHEURISTIC'] as {
      freq: number;
      low: number;
      up: number;
    };
    expect(values[cellOf('w|b')]).toBe(attack.freq);
    const wb = pattern.audit.cells.find((cell) => cell.cell === cellOf('w|b'));
    expectInterval([wb?.lower, wb?.upper], [attack.low, attack.up]);
    expectInterval(
      intervalOf([...primary, cellOf('x|d')], 'w|b'),
      lp['w|b interval after additionally suppressing x|d (value 31)'],
    );
    expect(auditScale({ relations: structure.relations, values, lowerBounds: zeroBounds })).toBe(values[0]);
  });
});

describe('sdcTable singleton example (region codes a, b, b, c under tot with a, b, c, d; maxN = 1)', () => {
  const dimensions = [flatDimension('region', ['a', 'b', 'c', 'd'], 'tot')];
  const records = ['a', 'b', 'b', 'c'].map((code, i) => ({ codes: [code], contributorId: `r${i}`, value: 1 }));
  const table = protectTable({ dimensions, records, rules: parseDisclosureRules('freq=2') });
  const status = Object.fromEntries(table.cells.map((cell) => [cell.codes[0], cell.status]));

  it('suppresses the two single-firm cells and one more, as with detectSingletons = TRUE', () => {
    expect(status).toEqual({ tot: 'published', a: 'primary', b: 'secondary', c: 'primary', d: 'published' });
    expect(table.audit.protected).toBe(true);
  });

  it('without the extra cell each single firm recomputes the other (the attack the audit must catch)', () => {
    const structure1 = buildTableStructure(dimensions);
    const pattern = suppressSecondary({
      structure: structure1,
      values: [4, 1, 2, 1, 0],
      primary: [1, 3],
      fixed: new Set([4]),
      protection: { kind: 'not-exact' },
    });
    expect(pattern.secondary).toEqual([]); // detectSingletons = FALSE: an outsider cannot split a + c
    const withSingletons = suppressSecondary({
      structure: structure1,
      values: [4, 1, 2, 1, 0],
      primary: [1, 3],
      fixed: new Set([4]),
      protection: { kind: 'not-exact' },
      intruders: [
        { knownCells: new Set([1]), lowerBounds: [1, 1, 0, 0, 0] },
        { knownCells: new Set([3]), lowerBounds: [1, 0, 0, 1, 0] },
      ],
    });
    expect(withSingletons.secondary).toEqual([2]);
  });
});
