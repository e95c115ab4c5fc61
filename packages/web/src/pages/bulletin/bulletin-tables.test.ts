/** The bulletin's screen tables: bureau formats, marks never carrying a number, footnotes where marks appear. */
import type { BulletinDocument } from '@observatory/core';
import { describe, expect, it } from 'vitest';
import { bulletinSections, documentNotes } from './bulletin-tables.ts';

const growth = (value: number | null, derived = false) => ({ value, basis: 'nominal' as const, derived });
const name = (zh: string) => ({ zh, en: zh });

const document: BulletinDocument = {
  title: name('嘉兴市产业集群发展专刊'),
  period: { year: 2024, month: 10, label: { zh: '2024年1-10月', en: 'Jan–Oct 2024' } },
  generatedAt: '2024-11-20T08:00:00.000Z',
  synthetic: true,
  audience: { zh: '公开发布', en: 'public' },
  city: [
    {
      measure: 'industrial_output',
      name: name('工业总产值'),
      value: { value: 1_595_776_413_000 },
      base: { value: 1_515_374_560_000 },
      growth: growth(0.05305),
      officialGrowth: null,
    },
  ],
  systems: [
    {
      systemId: 'wuda',
      name: name('五大'),
      measure: 'industrial_output',
      measureName: name('工业总产值'),
      total: {
        clusterId: 'wuda',
        name: name('五大'),
        depth: 0,
        value: { value: 592_277_413_000 },
        base: { value: 560_000_000_000 },
        growth: growth(0.0576, true),
        share: 0.371,
        pull: 2.13,
        contribution: 0.401,
        rank: null,
        enterprises: 120,
      },
      rows: [
        {
          clusterId: 'a',
          name: name('现代纺织产业集群'),
          depth: 0,
          value: { value: 284_492_897_000 },
          base: { value: 264_074_650_000 },
          growth: growth(0.07732),
          share: 0.1783,
          pull: 1.347,
          contribution: 0.254,
          rank: 1,
          enterprises: 60,
        },
        {
          clusterId: 'b',
          name: name('化纤新材料'),
          depth: 1,
          value: { value: null, suppressed: 'withheld' },
          base: { value: null, suppressed: 'withheld' },
          growth: growth(0.1),
          share: 0.05,
          pull: 0.2,
          contribution: 0.1,
          rank: 2,
          enterprises: 2,
        },
      ],
    },
  ],
  unitMatrices: [],
  unitRanking: { measure: 'industrial_output', measureName: name('工业总产值'), rows: [] },
  targets: [],
  warnings: [{ severity: 'orange', subject: name('新能源产业集群'), message: name('规上工业总产值同比下降3.6%') }],
  notes: [name('增速按可比口径计算。'), name('“x”表示依《统计法》不予公布的数值。')],
};

const texts = (cells: { text: string }[]) => cells.map((cell) => cell.text);

describe('bulletinSections', () => {
  const sections = bulletinSections(document);

  it('writes the city table in 亿元 with one decimal and growth as a bare per cent', () => {
    const city = sections[0]!.tables[0]!;
    expect(texts(city.rows[0]!.cells)).toEqual(['工业总产值', '亿元', '15957.8', '15153.7', '5.3', '—']);
    expect(city.columns.map((column) => column.label.zh)).toEqual([
      '指标',
      '单位',
      '1-10月',
      '上年同期',
      '增长',
      '可比价增长',
    ]);
    expect(city.notes.map((note) => note.zh)).toEqual(['“—”表示无数据或无法计算。']);
  });

  it('puts the total first, indents sub-directions, flags derived growth and withholds a whole row', () => {
    const table = sections[1]!.tables[0]!;
    expect(table.rows.map((row) => row.style)).toEqual(['total', 'normal', 'normal']);
    expect(texts(table.rows[0]!.cells)).toEqual(['合计', '5922.8', '5600.0', '5.8', '37.1', '2.1', '40.1', '—', '120']);
    expect(table.rows[0]!.cells[3]).toMatchObject({ kind: 'number', flag: '*' });
    expect(texts(table.rows[1]!.cells)).toEqual([
      '现代纺织产业集群',
      '2844.9',
      '2640.7',
      '7.7',
      '17.8',
      '1.3',
      '25.4',
      '1',
      '60',
    ]);
    const withheld = table.rows[2]!;
    expect(withheld.cells[0]).toMatchObject({ text: '化纤新材料', indent: 1 });
    expect(texts(withheld.cells.slice(1))).toEqual(['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']);
    expect(table.notes.map((note) => note.zh)).toEqual([
      '* 部分企业未报上年同期数，以其上年在库数据推算。',
      expect.stringMatching(/^“x”/),
      '“—”表示无数据或无法计算。',
    ]);
    expect(table.columns[1]).toMatchObject({ group: { zh: '工业总产值（亿元）' } });
  });

  it('tints warnings by severity and keeps the legends out of the document notes', () => {
    const warnings = sections[5]!.tables[0]!;
    expect(warnings.rows[0]).toMatchObject({ style: 'orange' });
    expect(texts(warnings.rows[0]!.cells)).toEqual(['橙色', '新能源产业集群', '规上工业总产值同比下降3.6%']);
    expect(documentNotes(document).map((note) => note.zh)).toEqual(['增速按可比口径计算。']);
  });
});
