/**
 * protectTable end to end on small tables: statuses and reasons, owner grouping, the audience (a county
 * user knows its county's enterprises), singletons, weights, and the publishable form.
 */
import { describe, expect, it } from 'vitest';
import { DisclosureError } from './disclosure-error.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { protectTable, type ProtectTableInput } from './protect-table.ts';
import { toPublication } from './publication.ts';
import { flatDimension } from './table-structure.ts';
import type { MicrodataRecord } from './tabulate-contributions.ts';

const dimensions = [flatDimension('county', ['南湖', '秀洲', '海宁']), flatDimension('sector', ['C13', 'C38'])];
const firm = (id: string, county: string, sector: string, value: number, ownerId?: string): MicrodataRecord => ({
  codes: [county, sector],
  contributorId: id,
  ownerId: ownerId ?? null,
  value,
});
//            C13                     C38
// 南湖   n1 40, n2 30, n3 20    n4 15, n5 25, n6 35
// 秀洲   x1 90                  x2 20, x3 30, x4 25
// 海宁   h1 50, h2 45, h3 40    h4 60, h5 55, h6 50
const records = [
  firm('n1', '南湖', 'C13', 40),
  firm('n2', '南湖', 'C13', 30),
  firm('n3', '南湖', 'C13', 20),
  firm('n4', '南湖', 'C38', 15),
  firm('n5', '南湖', 'C38', 25),
  firm('n6', '南湖', 'C38', 35),
  firm('x1', '秀洲', 'C13', 90),
  firm('x2', '秀洲', 'C38', 20),
  firm('x3', '秀洲', 'C38', 30),
  firm('x4', '秀洲', 'C38', 25),
  firm('h1', '海宁', 'C13', 50),
  firm('h2', '海宁', 'C13', 45),
  firm('h3', '海宁', 'C13', 40),
  firm('h4', '海宁', 'C38', 60),
  firm('h5', '海宁', 'C38', 55),
  firm('h6', '海宁', 'C38', 50),
];
const sumOf = (list: readonly MicrodataRecord[]) => list.reduce((sum, record) => sum + record.value, 0);
const protect = (overrides: Partial<ProtectTableInput> = {}) =>
  protectTable({ dimensions, records, rules: parseDisclosureRules('freq=3,p=15'), ...overrides });
const statusOf = (table: ReturnType<typeof protectTable>) =>
  Object.fromEntries(
    table.cells.filter((cell) => cell.status !== 'published').map((cell) => [cell.codes.join('|'), cell.status]),
  );

describe('protectTable', () => {
  it('suppresses the one-firm cell and the cheapest complementary rectangle for the public', () => {
    const table = protect();
    expect(statusOf(table)).toEqual({
      '秀洲|C13': 'primary',
      '秀洲|C38': 'secondary',
      '南湖|C13': 'secondary',
      '南湖|C38': 'secondary',
    });
    const x1 = table.cells.find((cell) => cell.codes.join('|') === '秀洲|C13');
    expect(x1).toMatchObject({ value: null, reasons: ['frequency', 'p-percent'] });
    expect(table.cells.find((cell) => cell.status === 'secondary')?.reasons).toEqual(['complementary']);
    expect(table.cells[0]).toMatchObject({ codes: ['Total', 'Total'], value: sumOf(records), status: 'published' });
    expect(table.audit.protected).toBe(true);
    expect(table.dimensions).toEqual(['county', 'sector']);
  });

  it("shows a county user its own county's cells, and attacks the rest with what it knows", () => {
    // 秀洲 knows x1..x4: its one-firm cell is its own and is published to it
    const xiuzhou = protect({ knownContributors: ['x1', 'x2', 'x3', 'x4'] });
    expect(statusOf(xiuzhou)).toEqual({});
    // 南湖 knows n1..n6: its own cells are published to it, 秀洲 C13 stays hidden from it
    const nanhu = protect({ knownContributors: ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'] });
    expect(nanhu.cells.filter((cell) => cell.codes[0] === '南湖').every((cell) => cell.status === 'published')).toBe(
      true,
    );
    expect(statusOf(nanhu)['秀洲|C13']).toBe('primary');
    expect(nanhu.audit.protected).toBe(true);
    // knowing h1 and h2, 海宁 C13's remaining firm h3 would be exposed: the cell becomes sensitive
    const insider = protect({ knownContributors: ['h1', 'h2'] });
    expect(insider.cells.find((cell) => cell.codes.join('|') === '海宁|C13')).toMatchObject({
      status: 'primary',
      reasons: ['frequency', 'p-percent'],
    });
    expect(insider.audit.protected).toBe(true);
  });

  it('counts the firms of one owner as one contributor', () => {
    const grouped = records.map((record) =>
      ['h4', 'h5'].includes(record.contributorId) ? { ...record, ownerId: 'G' } : record,
    );
    const table = protect({ records: grouped });
    expect(table.cells.find((cell) => cell.codes.join('|') === '海宁|C38')).toMatchObject({
      status: 'primary',
      reasons: ['frequency', 'p-percent'], // two contributors: each knows the other by subtraction
    });
  });

  it('publishes weighted totals', () => {
    const weighted = records.map((record) => ({ ...record, weight: 2 }));
    expect(protect({ records: weighted }).cells[0]?.value).toBe(2 * sumOf(records));
  });

  it('keeps two one-firm cells of one column from giving each other away', () => {
    // 南湖 C13 (n1 alone) and 秀洲 C13 (x1 alone): with only the 南湖/秀洲 rectangle suppressed, n1 would
    // compute x1 = C13 total − 海宁 C13 − its own 40; the 海宁 row must be suppressed as well
    const table = protect({ records: records.filter((record) => !['n2', 'n3'].includes(record.contributorId)) });
    expect(statusOf(table)).toEqual({
      '南湖|C13': 'primary',
      '南湖|C38': 'secondary',
      '秀洲|C13': 'primary',
      '秀洲|C38': 'secondary',
      '海宁|C13': 'secondary',
      '海宁|C38': 'secondary',
    });
    expect(table.audit.protected).toBe(true);
  });

  it('refuses categories that are not in the table', () => {
    expect(() => protect({ records: [...records, firm('z', '平湖', 'C13', 1)] })).toThrow(/no code "平湖"/);
  });
});

describe('toPublication', () => {
  it('keeps only codes, values and the suppression mark', () => {
    const publication = toPublication(protect());
    expect(publication.dimensions).toEqual(['county', 'sector']);
    expect(publication.cells).toHaveLength(12);
    for (const cell of publication.cells) expect(Object.keys(cell).sort()).toEqual(['codes', 'suppressed', 'value']);
    expect(publication.cells.find((cell) => cell.codes.join('|') === '秀洲|C13')).toEqual({
      codes: ['秀洲', 'C13'],
      value: null,
      suppressed: true,
    });
    expect(JSON.stringify(publication)).not.toMatch(/primary|secondary|frequency|p-percent|complementary|rules|audit/);
  });

  it('refuses a table whose audit failed', () => {
    const table = protect();
    const failed = { ...table, audit: { ...table.audit, protected: false, unprotected: [7] } };
    expect(() => toPublication(failed)).toThrow(DisclosureError);
    expect(() => toPublication(failed)).toThrow(/must not be published/);
  });
});
