/**
 * sdcTable (Statistics Austria) reference on microdata1 (../shared/reference/sdctable): cell statistics
 * and flags of all 15 cells, the primary sets of the freq, nk, p and pq rules, the rule errors and the
 * secondary suppression for the A/female primary. Cell ids are sdcTable's, 1-based: region-major with
 * (Total, male, female) inside; our cell index is id − 1. sdcTable's maxN counts "≤ maxN contributors",
 * our freq=N counts "< N", so maxN = 2 is freq=3. Skipped when the reference folder is absent.
 */
import { describe, expect, it } from 'vitest';
import { largestContributionsSum, summariseCell } from './cell-statistics.ts';
import { parseDisclosureRules } from './parse-disclosure-rules.ts';
import { primaryReasons } from './primary-suppression.ts';
import { protectTable } from './protect-table.ts';
import { parseSimpleCsv, readReferenceJson, readReferenceText } from './reference-files.test-kit.ts';
import { auditSuppression } from './suppression-audit.ts';
import { buildTableStructure, flatDimension } from './table-structure.ts';
import { tabulateContributions, type MicrodataRecord } from './tabulate-contributions.ts';

interface ExpectedCell {
  id: number;
  region: string;
  gender: string;
  freq: number;
  val: number;
  top1: number;
  top2: number;
  freq_le2: boolean;
  freq_le3: boolean;
  nk_2_75: boolean;
  p_70: boolean;
  pq_60_80: boolean;
}
type Expected = Record<string, unknown> & {
  expected_from_upstream_tests: Record<string, Record<string, unknown>>;
};

const csv = await readReferenceText('sdctable/microdata1.csv');
const expected = await readReferenceJson<Expected>('sdctable/sdctable_microdata1_expected.json');
const upstream = expected?.expected_from_upstream_tests ?? {};
const localCells = (Object.entries(expected ?? {}).find(([key]) => key.startsWith('locally_computed_cells'))?.[1] ??
  []) as ExpectedCell[];

const dimensions = [flatDimension('region', ['A', 'B', 'C', 'D']), flatDimension('gender', ['male', 'female'])];
const structure = buildTableStructure(dimensions);
const records: MicrodataRecord[] = parseSimpleCsv(csv ?? '').map((row, i) => ({
  codes: [row.region ?? '', row.gender ?? ''],
  contributorId: `row${i + 2}`,
  value: Number(row.val),
}));
const idsWhere = (predicate: (cell: { status: string }) => boolean, rules: string) =>
  protectTable({ dimensions, records, rules: parseDisclosureRules(rules) })
    .cells.filter(predicate)
    .map((cell) => cell.index + 1);
const primaryIds = (rules: string) => idsWhere((cell) => cell.status === 'primary', rules);
const suppressedIds = (rules: string) => idsWhere((cell) => cell.status !== 'published', rules);
const upstreamIds = (key: string, field = 'suppressed_ids') => upstream[key]?.[field] as number[];

describe.skipIf(csv === undefined || expected === undefined)('sdcTable microdata1 reference', () => {
  it('reads 100 records into 15 cells in sdcTable order', () => {
    expect(records).toHaveLength(100);
    expect(localCells).toHaveLength(15);
    for (const cell of localCells) expect(structure.cellIndex([cell.region, cell.gender])).toBe(cell.id - 1);
  });

  const statistics = tabulateContributions(structure, records).map((contributions) => summariseCell(contributions));
  it.each(localCells)('cell $id ($region, $gender): freq, total, top contributions and rule flags', (cell) => {
    const stats = statistics[cell.id - 1];
    if (!stats) throw new Error(`no cell ${cell.id}`);
    expect(stats.contributors).toBe(cell.freq);
    expect(stats.total).toBeCloseTo(cell.val, 9);
    expect(largestContributionsSum(stats, 1)).toBeCloseTo(cell.top1, 9);
    expect(largestContributionsSum(stats, 2) - largestContributionsSum(stats, 1)).toBeCloseTo(cell.top2, 9);
    const flagged = (rules: string) => primaryReasons(stats, parseDisclosureRules(rules)).length > 0;
    expect(flagged('freq=3')).toBe(cell.freq_le2);
    expect(flagged('freq=4')).toBe(cell.freq_le3);
    expect(flagged('nk=2:75')).toBe(cell.nk_2_75);
    expect(flagged('p=70')).toBe(cell.p_70);
    expect(flagged('pq=60:80')).toBe(cell.pq_60_80);
  });

  it('reproduces the primary sets of freq (maxN 2 and 3), nk(2,75), p=70 and pq(60,80)', () => {
    expect(primaryIds('freq=3')).toEqual(upstreamIds('freq_maxN_2'));
    const maxN3 = Object.entries(upstream).find(([key]) => key.startsWith('freq_maxN_3'))?.[1] as {
      n_suppressed: number;
      suppressed_cell: { region: string; gender: string; id: number };
    };
    expect(primaryIds('freq=4')).toHaveLength(maxN3.n_suppressed);
    expect(primaryIds('freq=4')).toEqual([maxN3.suppressed_cell.id]);
    expect(structure.cellIndex([maxN3.suppressed_cell.region, maxN3.suppressed_cell.gender]) + 1).toBe(
      maxN3.suppressed_cell.id,
    );
    expect(primaryIds('nk=2:75')).toEqual(upstreamIds('nk_n2_k75'));
    expect(primaryIds('p=70')).toEqual(upstreamIds('p_70'));
    expect(primaryIds('pq=60:80')).toEqual(upstreamIds('pq_60_80'));
  });

  it('shows cell D/male like sdcTable cell_info: freq 11, value 366, published', () => {
    const info = upstream.cell_info_D_male as { id: number; freq: number; val: number; sdcStatus: string };
    const table = protectTable({ dimensions, records, rules: parseDisclosureRules('freq=4') });
    const cell = table.cells[info.id - 1];
    expect(cell?.codes).toEqual(['D', 'male']);
    expect(statistics[info.id - 1]?.contributors).toBe(info.freq);
    expect(cell?.value).toBe(info.val);
    expect(info.sdcStatus).toBe('s');
    expect(cell?.status).toBe('published');
  });

  it('rejects the rule parameters sdcTable rejects, and negative values for dominance rules', () => {
    for (const rules of ['p=0', 'p=100', 'pq=85:80', 'pq=85:180', 'pq=110:120'])
      expect(() => parseDisclosureRules(rules), rules).toThrow(/无效|应/);
    const negative = [{ ...records[0], value: -1 } as MicrodataRecord, ...records.slice(1)];
    for (const rules of ['nk=2:75', 'p=70', 'pq=60:80'])
      expect(() => protectTable({ dimensions, records: negative, rules: parseDisclosureRules(rules) })).toThrow(
        /non-negative/,
      );
  });

  it('protects the A/female primary with the cells OPT, HYPERCUBE, HITAS and SIMPLEHEURISTIC choose', () => {
    const secondary = Object.entries(upstream).find(([key]) => key.startsWith('secondary_suppression'))?.[1] as Record<
      string,
      unknown
    >;
    const sdcTableSet = Object.entries(secondary).find(([key]) => key.startsWith('OPT/HYPERCUBE'))?.[1];
    for (const cost of ['value', 'frequency'] as const) {
      const table = protectTable({ dimensions, records, rules: parseDisclosureRules('freq=4'), cost });
      const suppressed = table.cells.filter((cell) => cell.status !== 'published');
      expect(suppressed.map((cell) => cell.index + 1)).toEqual(sdcTableSet);
      expect(table.cells.filter((cell) => cell.status === 'published')).toHaveLength(
        secondary["OPT: n cells with status 's' or 'z' (publishable)"] as number,
      );
      expect(table.cells.filter((cell) => cell.status === 'secondary')).toHaveLength(
        secondary["OPT: n secondary ('x')"] as number,
      );
      for (const cell of suppressed) expect(cell.value).toBeNull();
      expect(table.audit.protected).toBe(true);
    }
  });

  it("proves GaussSuppression's different pattern {5,6,14,15} safe by the same audit", () => {
    const secondary = Object.entries(upstream).find(([key]) => key.startsWith('secondary_suppression'))?.[1] as Record<
      string,
      number[]
    >;
    const gauss = secondary["GAUSS: ids with status != 's'"] ?? [];
    expect(gauss).toHaveLength(4);
    const values = statistics.map((cell) => cell.total);
    const problem = { structure, values, primary: [5], protection: { kind: 'not-exact' } as const };
    const audit = auditSuppression(
      problem,
      gauss.map((id) => id - 1),
    );
    expect(audit.protected).toBe(true);
    expect(audit.cells.map((cell) => cell.cell + 1)).toEqual(gauss);
    // and without its complementary cells the A/female primary is recomputable: the attack succeeds
    const attacked = auditSuppression(problem, [5]).cells[0];
    expect(attacked?.protected).toBe(false);
    expect(attacked?.lower).toBeCloseTo(20, 9);
    expect(attacked?.upper).toBeCloseTo(20, 9);
  });

  it('suppresses nothing when no cell is sensitive', () => {
    expect(upstream.no_primary_suppressions).toBeDefined();
    expect(suppressedIds('freq=2')).toEqual([]);
  });
});
