/**
 * The bulletin's tables as both renderers draw them: figures in the bureau's forms, withheld rows withheld in
 * every column (never 0, never a growth or share that would give them away), missing cells as "—", the
 * legends of the marks used, unique worksheet names, targets in 亿元 whatever unit they are written in.
 */
import type { BulletinCell, BulletinDocument, BulletinTargetRow } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { tableFootnotes } from '../../src/reports/bulletin/bulletin-footnotes.ts';
import type { BulletinTable, TableCell } from '../../src/reports/bulletin/bulletin-table.ts';
import { buildBulletinTables, tablesInOrder, uniqueSheetName } from '../../src/reports/bulletin/bulletin-tables.ts';
import { amountCell, growthCell, measureCell } from '../../src/reports/bulletin/table-cells.ts';
import { buildTargetTable } from '../../src/reports/bulletin/target-table.ts';
import { sampleBulletin } from '../fixtures/bulletin/sample-bulletin.ts';

const document = sampleBulletin();
const tables = buildBulletinTables(document);

const texts = (row: { cells: TableCell[] }) =>
  row.cells.map((cell) =>
    cell.kind === 'number' ? `${cell.text}${cell.flag ?? ''}` : cell.kind === 'mark' ? cell.mark : cell.text,
  );
const rowOf = (table: BulletinTable, label: string) => {
  const row = table.rows.find((candidate) => texts(candidate).includes(label));
  expect(row, `${table.sheetName}: a row ${label}`).toBeDefined();
  return row!;
};

describe('bulletin tables', () => {
  it('puts the sheets in the order of the issue, each name unique and acceptable to Excel', () => {
    const names = tablesInOrder(tables).map((table) => table.sheetName);
    expect(names).toEqual([
      '总览',
      '嘉兴市“五大”先进制造业产业集群',
      '嘉兴市三大传统优势产业集群',
      '区县×嘉兴市“五大”先进制造业产业集群',
      '区县×嘉兴市三大传统优势产业集群',
      '区县排名',
      '目标进度',
      '预警',
    ]);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/u);
  });

  it.each<[string, string[], string, string]>([
    ['总览表', [], '总览表', 'the name as wanted'],
    ['a/b:c?', [], 'a_b_c_', 'forbidden characters replaced'],
    ['A', ['a'], 'A(2)', 'names differing only in case are the same sheet'],
    ['x'.repeat(40), [], 'x'.repeat(31), 'at most 31 characters'],
    ['x'.repeat(40), ['x'.repeat(31)], `${'x'.repeat(28)}(2)`, 'still at most 31 with a number'],
  ])('uniqueSheetName(%s, taken %j) → %s: %s', (wanted, taken, expected) => {
    const names = new Set(taken);
    expect(uniqueSheetName(wanted, names)).toBe(expected);
    expect(names.has(expected.toLowerCase())).toBe(true);
  });

  it('writes the seed figure as the bureau does: 现代纺织服装 2278.3 (亿元), growth 8.3', () => {
    const sanda = tables.systems[1]!;
    expect(texts(rowOf(sanda, '现代纺织服装产业集群')).slice(0, 4)).toEqual([
      '现代纺织服装产业集群',
      '2278.3',
      '2103.7',
      '8.3',
    ]);
    const value = rowOf(sanda, '现代纺织服装产业集群').cells[1]!;
    expect(value).toMatchObject({ kind: 'number', numFmt: '0.0' });
    expect((value as { value: number }).value).toBeCloseTo(2278.3, 9);
    expect(rowOf(sanda, '现代纺织服装产业集群').cells[3]).toMatchObject({
      kind: 'number',
      value: expect.closeTo(0.083, 9),
      numFmt: '0.0%',
    });
  });

  it('puts the system total first and indents sub-directions under their cluster', () => {
    const wuda = tables.systems[0]!;
    expect(wuda.rows[0]?.style).toBe('total');
    expect(wuda.rows[0]?.cells[0]).toMatchObject({ kind: 'text', text: '合计' });
    expect(rowOf(wuda, '化纤新材料').cells[0]).toMatchObject({ indent: 1 });
    expect(rowOf(wuda, '现代纺织产业集群').cells[0]).toMatchObject({ indent: 0 });
  });

  it('withholds every figure of a withheld row, and lists the legend of "x"', () => {
    const wuda = tables.systems[0]!;
    for (const label of ['核电及关联产业', '光伏产业']) {
      const row = rowOf(wuda, label);
      expect(texts(row).slice(1)).toEqual(Array(8).fill('x'));
      expect(row.cells.some((cell) => cell.kind === 'number')).toBe(false);
    }
    expect(tableFootnotes(wuda).map((note) => note.zh)).toEqual(
      expect.arrayContaining([expect.stringContaining('“x”表示')]),
    );
  });

  it('never shows the value, growth, share or 拉动 of a withheld row, even if the data carry them', () => {
    const leaky: BulletinDocument = structuredClone(document);
    const row = leaky.systems[0]!.rows.find((candidate) => candidate.name.zh === '核电及关联产业')!;
    Object.assign(row, {
      value: { value: 1e9, suppressed: 'withheld' },
      share: 0.01,
      pull: 0.1,
      contribution: 0.02,
      rank: 3,
      enterprises: 2,
    });
    row.growth = { value: 0.05, basis: 'nominal', derived: false };
    const leakyRow = rowOf(buildBulletinTables(leaky).systems[0]!, '核电及关联产业');
    expect(texts(leakyRow).slice(1)).toEqual(['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']);
  });

  it('shows the unit × cluster matrix with withheld cells as x and a missing cell as —, never 0', () => {
    const [wuda, sanda] = tables.matrices;
    expect(texts(rowOf(wuda!, '嘉兴港区'))).toEqual(['嘉兴港区', '8.2', '13.1', '1695.4', 'x', 'x', '1722.3']);
    expect(texts(rowOf(wuda!, '海盐县'))).toEqual(['海盐县', '41.9', '182.4', '38.7', 'x', 'x', '355.8']);
    expect(texts(rowOf(sanda!, '嘉兴港区'))[3]).toBe('—');
    expect(texts(rowOf(wuda!, '全市'))).toEqual(['全市', '2556.1', '1108.9', '2416.4', '880.1', '694.7', '7656.2']);
    expect(tableFootnotes(sanda!).map((note) => note.zh)).toEqual([expect.stringContaining('“—”表示')]);
  });

  it('flags growth partly derived from stored prior-year values, with its note', () => {
    expect(texts(rowOf(tables.city, '利润总额'))[4]).toBe('6.3*');
    expect(rowOf(tables.city, '利润总额').cells[4]).toMatchObject({ flag: '*', numFmt: '0.0%' });
    expect(tables.city.notes.map((note) => note.zh)).toEqual([expect.stringMatching(/^\* 部分企业未报上年同期数/)]);
    expect(texts(rowOf(tables.city, '规上工业增加值'))).toEqual([
      '规上工业增加值',
      '亿元',
      '2431.6',
      '2259.9',
      '7.6',
      '8.2',
    ]);
    expect(texts(rowOf(tables.city, '出口交货值'))[4]).toBe('-1.5');
  });

  it('ranks the reporting units with growth, share and 拉动', () => {
    expect(texts(tables.ranking.rows[0]!)).toEqual(['1', '桐乡市', '1996.4', '8.9', '4', '15.8', '1.4']);
    expect(texts(rowOf(tables.ranking, '秀洲区'))).toEqual(['6', '秀洲区', '1105.3', '-2.3', '9', '8.7', '-0.2']);
  });

  it('shows targets in 亿元 whether written in 元 or 亿元, counts as whole numbers, unknown judgement as —', () => {
    const row = (unit: string, targetValue: number, actualValue: number): BulletinTargetRow => ({
      ...document.targets[1]!,
      unit,
      targetValue,
      actualValue,
    });
    const table = buildTargetTable({ ...document, targets: [row('元', 3e11, 2.9013e11), row('亿元', 3000, 2901.3)] });
    for (const tableRow of table.rows)
      expect(texts(tableRow).slice(2, 7)).toEqual(['2025', '3000.0', '亿元', '2023', '2901.3']);
    expect(texts(rowOf(tables.targets, '百亿级企业'))).toEqual([
      '百亿级企业',
      '企业数',
      '2025',
      '10',
      '家',
      '2023',
      '6',
      '60.0',
      '29.1',
      '—',
      '—',
    ]);
    expect(texts(rowOf(tables.targets, '智能家居产业集群')).at(-1)).toBe('进度滞后');
    expect(texts(rowOf(tables.targets, '新能源产业集群')).at(-1)).toBe('达到进度');
  });

  it('lists warnings red first, and says so when there are none', () => {
    expect(tables.warnings.rows.map((row) => row.style)).toEqual(['red', 'orange']);
    const none = buildBulletinTables({ ...document, warnings: [] }).warnings;
    expect(texts(none.rows[0]!)[0]).toBe('本月无预警');
  });
});

describe('table cells', () => {
  it.each<[string, BulletinCell, string]>([
    ['published', { value: 227_830_000_000 }, '2278.3'],
    ['published zero stays 0.0', { value: 0 }, '0.0'],
    ['missing', { value: null }, '—'],
    ['withheld in a published bulletin', { value: null, suppressed: 'withheld' }, 'x'],
    ['primary', { value: null, suppressed: 'primary' }, 'x'],
    ['secondary with a stray value', { value: 5e9, suppressed: 'secondary' }, 'x'],
  ])('%s', (_name, cell, text) => {
    const shown = measureCell(cell, 'industrial_output');
    expect(shown.kind === 'number' ? shown.text : shown.kind === 'mark' ? shown.mark : shown.text).toBe(text);
  });

  it('gives an infinite growth (no base) as missing, not a number', () => {
    expect(growthCell(Number.POSITIVE_INFINITY)).toMatchObject({ kind: 'mark', mark: '—' });
  });

  it('writes other measures in their own display unit', () => {
    expect(
      amountCell(
        { value: 123_456_789 },
        { dimension: 'electricity', name: { zh: '万千瓦时', en: '' }, shift: -4, digits: 1 },
      ),
    ).toMatchObject({
      text: '12345.7',
      numFmt: '0.0',
    });
  });
});
