/**
 * Laws of protectTable on random microdata (2-D tables, one dimension with a two-level hierarchy,
 * owners, weights, audiences): in the publishable output every primary and secondary cell is null and
 * marked (never 0) and every other cell carries its true total, recomputed here independently; the final
 * audit pins no primary cell; cells the audience knows completely, and empty cells, are published; with
 * no audience the primary cells are exactly those the rules flag on the whole cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseCell } from './cell-statistics.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { primaryReasons } from './primary-suppression.ts';
import { protectTable } from './protect-table.ts';
import { toPublication } from './publication.ts';
import type { TableDimension } from './table-structure.ts';
import type { MicrodataRecord } from './tabulate-contributions.ts';

const region: TableDimension = {
  name: 'region',
  root: {
    code: 'All',
    children: [
      {
        code: 'P',
        children: [
          { code: 'P1', children: [] },
          { code: 'P2', children: [] },
        ],
      },
      { code: 'Q', children: [] },
    ],
  },
};
const sector: TableDimension = {
  name: 'sector',
  root: { code: 'Total', children: ['s1', 's2', 's3'].map((code) => ({ code, children: [] })) },
};
const dimensions = [region, sector];
/** Which leaf codes each code of the table covers. */
const covers: Record<string, string[]> = {
  All: ['P1', 'P2', 'Q'],
  P: ['P1', 'P2'],
  Total: ['s1', 's2', 's3'],
};
const within = (code: string, leaf: string) => (covers[code] ?? [code]).includes(leaf);

const contributors = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'];
const microdata = fc
  .uniqueArray(
    fc.record({
      contributorId: fc.constantFrom(...contributors),
      region: fc.constantFrom('P1', 'P2', 'Q'),
      sector: fc.constantFrom('s1', 's2', 's3'),
      ownerId: fc.option(fc.constantFrom('G1', 'G2'), { nil: null, freq: 4 }),
      value: fc.integer({ min: 0, max: 500 }),
      weight: fc.constantFrom(1, 1, 2),
    }),
    { selector: (record) => record.contributorId, maxLength: 9 },
  )
  .map((records) =>
    records.map(({ region: r, sector: s, ...rest }): MicrodataRecord => ({
      ...rest,
      codes: [r, s],
    })),
  );
const rulesText = fc.constantFrom('freq=3', 'freq=3,p=15', 'nk=1:70,nk=2:90', 'freq=3,pq=20:80,protection=10');
const audience = fc.subarray(contributors, { maxLength: 4 });

const recordsIn = (records: readonly MicrodataRecord[], codes: readonly string[]) =>
  records.filter((record) => codes.every((code, d) => within(code, record.codes[d] ?? '')));

describe('protectTable laws', () => {
  it('publishes true totals, marks every suppressed cell null, and protects every primary cell', () => {
    fc.assert(
      fc.property(microdata, rulesText, audience, (records, rules, known) => {
        const table = protectTable({
          dimensions,
          records,
          rules: parseDisclosureRules(rules),
          knownContributors: known,
        });
        expect(table.audit.protected).toBe(true);
        for (const check of table.audit.cells.filter((cell) => cell.status === 'primary'))
          expect(check.upper - check.lower).toBeGreaterThan(0);
        const publication = toPublication(table);
        table.cells.forEach((cell, i) => {
          const published = publication.cells[i];
          const inside = recordsIn(records, cell.codes);
          if (cell.status === 'published') {
            expect(published).toEqual({
              codes: cell.codes,
              value: inside.reduce((sum, record) => sum + record.value * (record.weight ?? 1), 0),
              suppressed: false,
            });
          } else expect(published).toEqual({ codes: cell.codes, value: null, suppressed: true });
          const allKnown = inside.every((record) => known.includes(record.contributorId));
          if (allKnown) expect(cell.status).toBe('published');
        });
      }),
      { numRuns: 80 },
    );
  });

  it('for the public, flags exactly the cells the rules flag on the whole cell', () => {
    fc.assert(
      fc.property(microdata, rulesText, (records, rules) => {
        const parsed = parseDisclosureRules(rules);
        const table = protectTable({ dimensions, records, rules: parsed });
        for (const cell of table.cells) {
          const expected = primaryReasons(summariseCell(recordsIn(records, cell.codes)), parsed);
          expect(cell.status === 'primary').toBe(expected.length > 0);
          if (cell.status === 'primary') expect(cell.reasons).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
