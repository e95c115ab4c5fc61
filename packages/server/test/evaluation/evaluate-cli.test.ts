/**
 * `observatory evaluate --scheme FILE --input FIRMS.csv` as a person runs it, offline: the real command on the 黄岩
 * 2022 fixture (fixtures/evaluation/huangyan-2022-firms.csv, units in the headers, a BOM) reproduces DOMAIN.md §4's
 * worked examples (100 at every baseline, 115.0 for double tax, half energy efficiency and half R&D) and the scores
 * of shared/reference/muyun_cn/example_huangyan_2022.json; CSV output and --out; bad files exit 1 naming row and
 * column. No database is opened: the PGlite folder the command would use is never created.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvaluationRow } from '@observatory/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/readers/index.ts';
import { runObservatory } from '../intake/cli-runner.ts';
import { hasReference, readReference, schemeDir } from './scheme-files.ts';

const fixtures = fileURLToPath(new URL('../fixtures/evaluation/', import.meta.url));
const scheme = `${schemeDir}huangyan-2022.yaml`;
const work = mkdtempSync(join(tmpdir(), 'observatory-evaluate-'));
const pgliteDir = join(work, 'pglite');
const env: NodeJS.ProcessEnv = { ...process.env, OBSERVATORY_PGLITE_DIR: pgliteDir };
delete env.DATABASE_URL;
afterAll(() => rmSync(work, { recursive: true, force: true }));

const evaluate = (...args: string[]) => runObservatory(env, ['evaluate', ...args], 120_000);
const firmsCsv = `${fixtures}huangyan-2022-firms.csv`;
/** The fixture's firms by the name the generator gave them (F1 … TINY) → their USCC, in file order. */
const usccOf = new Map(
  readFileSync(firmsCsv, 'utf8')
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','))
    .map((cells) => [cells[1]!.replace('黄岩测试企业', ''), cells[0]!]),
);

interface HuangyanExample {
  benchmarks: number[];
  weights: number[];
  cases: { firm: string; inputs: Record<string, number>; score: number }[];
}

describe('observatory evaluate, offline', { timeout: 300_000 }, () => {
  let rows: EvaluationRow[] = [];
  const row = (firm: string) => rows.find((r) => r.uscc === usccOf.get(firm))!;

  it('prints one JSON row per enterprise with exactly the fields of issue 5, sorted by group and rank', async () => {
    const result = await evaluate('--scheme', scheme, '--input', firmsCsv, '--format', 'json');
    expect(result.code, result.stderr).toBe(0);
    rows = JSON.parse(result.stdout) as EvaluationRow[];
    expect(rows).toHaveLength(usccOf.size);
    for (const r of rows)
      expect(Object.keys(r)).toEqual([
        'uscc',
        'group',
        'indicators',
        'scores',
        'bonus',
        'total',
        'rank',
        'percentile',
        'class',
        'unratedReason',
      ]);
    expect(rows.map((r) => [r.group, r.rank])).toEqual([
      ['above-scale', 1],
      ['above-scale', 2],
      ['above-scale', 3],
      ['above-scale', 4],
      ['above-scale', 5],
      ['above-scale', 6],
      ['above-scale', null],
      ['below-scale', 1],
      [null, null],
    ]);
    expect(existsSync(pgliteDir)).toBe(false);
  });

  it('scores 100 at every baseline and 115.0 for double tax, half energy efficiency and half R&D (DOMAIN.md §4)', () => {
    expect(row('F4').total).toBe(100);
    expect(row('MIXED').total).toBe(115);
    expect(Object.values(row('MIXED').scores).map((s) => Math.round(s! * 1e9) / 1e9)).toEqual([60, 20, 10, 10, 10, 5]);
    expect(row('BELOW')).toMatchObject({ group: 'below-scale', total: 100 });
  });

  it.skipIf(!hasReference)('reproduces example_huangyan_2022.json: indicator values, scores and totals', () => {
    const example = readReference<HuangyanExample>('example_huangyan_2022.json');
    for (const { firm, inputs, score } of example.cases) {
      const r = row(firm);
      const values = Object.values(r.indicators) as number[];
      const scores = Object.values(r.scores) as number[];
      Object.values(inputs).forEach((input, i) => {
        expect(Math.abs(values[i]! / input - 1), `${firm} indicator ${i}`).toBeLessThan(1e-12);
        const expected = (example.weights[i]! * input) / example.benchmarks[i]!;
        expect(Math.abs(scores[i]! - expected), `${firm} score ${i}`).toBeLessThan(1e-9);
      });
      expect(r.total).toBe(Math.round(score * 100) / 100);
    }
  });

  it('gives the firm without emissions the 规上 mean score, and says why a firm is unrated or out of scope', () => {
    const rated = rows.filter((r) => r.group === 'above-scale' && r.total !== null && r !== row('NO-EMISSION'));
    const mean = rated.reduce((sum, r) => sum + r.scores.value_added_per_emission!, 0) / rated.length;
    expect(row('NO-EMISSION').indicators.value_added_per_emission).toBeNull();
    expect(row('NO-EMISSION').scores.value_added_per_emission).toBeCloseTo(mean, 9);
    expect(row('IDLE')).toMatchObject({ total: null, class: null, unratedReason: { code: 'not-in-production' } });
    expect(row('TINY')).toMatchObject({ group: null, unratedReason: { code: 'no_group' } });
  });

  it('writes CSV with flat indicator and score columns to --out, with a BOM, the same numbers as JSON', async () => {
    const out = join(work, 'rows.csv');
    const result = await evaluate('--scheme', scheme, '--input', firmsCsv, '--format', 'csv', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/written: 9 enterprises/);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsvText(bytes.subarray(3).toString('utf8'), ',').filter((r) => r.length > 1);
    expect(header!.slice(0, 3)).toEqual(['uscc', 'group', 'indicator.tax_per_mu']);
    expect(header).toContain('score.tax_per_kwh');
    expect(header!.slice(-7)).toEqual([
      'bonus',
      'total',
      'rank',
      'percentile',
      'class',
      'unratedReason.code',
      'unratedReason.zh',
    ]);
    const cell = (record: string[], name: string) => record[header!.indexOf(name)];
    expect(records.map((r) => cell(r, 'uscc'))).toEqual(rows.map((r) => r.uscc));
    expect(records.map((r) => cell(r, 'total'))).toEqual(rows.map((r) => (r.total === null ? '' : String(r.total))));
    expect(records.map((r) => cell(r, 'score.rd_share'))).toEqual(
      rows.map((r) => ((r.scores.rd_share ?? null) === null ? '' : String(r.scores.rd_share))),
    );
  });

  it('exits 1 on a bad file or scheme, naming the row and the column', async () => {
    const cases: [string[], RegExp[]][] = [
      [
        ['--input', `${fixtures}bad-cells.csv`, '--year', '2022'], // text in a number column, a bad flag
        [
          /第 3 行 E 列 "tax_paid\(万元\)" \(row 3, column E\): "abc" 不是数值 \(not a number\)/,
          /第 4 行 B 列 "above_scale" \(row 4, column B\)/,
        ],
      ],
      [
        ['--input', `${fixtures}no-uscc.csv`, '--year', '2022'],
        [/输入文件缺少列 "uscc" \(input is missing column "uscc"\)/],
      ],
      [['--input', `${fixtures}no-uscc.csv`, '--scheme', 'nope.yaml'], [/无法读取评价方案 "nope\.yaml"/]],
    ];
    // no database, so the three may run side by side
    const results = await Promise.all(cases.map(([args]) => evaluate('--scheme', scheme, ...args)));
    results.forEach((result, i) => {
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toBe('');
      for (const pattern of cases[i]![1]) expect(result.stderr).toMatch(pattern);
    });
  });
});
