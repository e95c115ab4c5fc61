/**
 * The real `observatory index compute` command (spawned with node, no database) on COINr's ASEM iMeta and
 * iData with examples/index/asem-reference.yaml: the CSV it writes is COINr's full results table (same
 * columns, same row order, scores within the README's 1e-9), `--stage` writes an intermediate stage, and bad
 * input fails with exit code 1 and a bilingual message saying where.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/readers/index.ts';
import {
  asemDefinitionPath,
  coinrDir,
  difference,
  expectedValue,
  referenceGrid,
  referenceText,
} from '../composite/reference-files.ts';
import { runObservatory } from '../intake/cli-runner.ts';

const work = mkdtempSync(join(tmpdir(), 'observatory-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const meta = `${coinrDir}ASEM_iMeta.csv`;
const data = `${coinrDir}ASEM_iData.csv`;
/** Each test spawns two or three commands at once (2–10 s each on a busy machine). */
const spawnTestTimeoutMs = 120_000;
const compute = (...args: string[]) => runObservatory({ ...process.env }, ['index', 'compute', ...args]);

/**
 * Differences between a CSV the command wrote and a reference CSV: the header, then every cell. Rows are
 * matched in order (`inOrder`, results sorted by rank) or by uCode (a stage keeps the units in DATA's order,
 * COINr's data sets are sorted by uCode).
 */
function compareCsv(writtenPath: string, referencePath: string, inOrder: boolean): string[] {
  const written = parseCsvText(readFileSync(writtenPath, 'utf8'), ',');
  const [header = [], ...rows] = referenceGrid(referencePath);
  const problems: string[] = [];
  if (JSON.stringify(written[0]) !== JSON.stringify(header)) problems.push(`header ${written[0]?.join(',')}`);
  rows.forEach((row, index) => {
    const line = (inOrder ? written[index + 1] : written.find((candidate) => candidate[0] === row[0])) ?? [];
    if (line[0] !== row[0]) problems.push(`row ${index + 1}: ${line[0]} instead of ${row[0]}`);
    row.slice(1).forEach((cell, column) => {
      const text = line[column + 1] ?? '';
      const problem = difference(text === '' ? null : Number(text), expectedValue(cell));
      if (problem !== null) problems.push(`${row[0]} ${header[column + 1]}: ${problem}`);
    });
  });
  if (written.length !== rows.length + 1) problems.push(`${written.length - 1} rows written`);
  return problems;
}

describe('observatory index compute', () => {
  it(
    'reproduces COINr results on ASEM with the shipped definition, and writes a stage with --stage',
    async () => {
      const [results, treated] = await Promise.all([
        compute(
          '--meta',
          meta,
          '--data',
          data,
          '--definition',
          asemDefinitionPath,
          '--out',
          join(work, 'results.csv'),
          '--format',
          'json',
        ),
        compute(
          '--meta',
          meta,
          '--data',
          data,
          '--definition',
          asemDefinitionPath,
          '--out',
          join(work, 'treated.csv'),
          '--stage',
          'Treated',
        ),
      ]);
      expect(results.stderr).toBe('');
      expect(results.code).toBe(0);
      const summary = JSON.parse(results.stdout) as {
        stage: string;
        layout: string;
        rows: number;
        stages: { name: string }[];
      };
      expect([summary.stage, summary.layout, summary.rows]).toEqual(['Aggregated', 'results', 51]);
      expect(summary.stages.map((stage) => stage.name)).toEqual([
        'Raw',
        'Denominated',
        'Imputed',
        'Screened',
        'Treated',
        'Normalised',
        'Aggregated',
      ]);
      expect(compareCsv(join(work, 'results.csv'), `${coinrDir}example_coin_results_full.csv`, true)).toEqual([]);

      expect(treated.stderr).toBe('');
      expect(treated.code).toBe(0);
      expect(treated.stdout).toContain('Treated ← Screened');
      expect(compareCsv(join(work, 'treated.csv'), `${coinrDir}example_coin_dset_Treated.csv`, false)).toEqual([]);
    },
    spawnTestTimeoutMs,
  );

  it(
    'fails with exit code 1 and says where: a bad META row, a bad definition, an unknown stage',
    async () => {
      const badMeta = join(work, 'bad-meta.csv');
      writeFileSync(
        badMeta,
        referenceText(meta).replace(
          '1,"LPI","Logistics Performance Index",1,',
          '1,"LPI","Logistics Performance Index",2,',
        ),
      );
      const badDefinition = join(work, 'bad-definition.yaml');
      writeFileSync(
        badDefinition,
        'steps:\n  - step: normalise\n    method: { type: min-max, range: [100, 0] }\n  - step: smooth\n',
      );
      const out = join(work, 'unused.csv');
      const [metaRun, definitionRun, stageRun] = await Promise.all([
        compute('--meta', badMeta, '--data', data, '--definition', asemDefinitionPath, '--out', out),
        compute('--meta', meta, '--data', data, '--definition', badDefinition, '--out', out),
        compute(
          '--meta',
          meta,
          '--data',
          data,
          '--definition',
          asemDefinitionPath,
          '--out',
          out,
          '--stage',
          'Weighted',
        ),
      ]);
      expect(metaRun.code).toBe(1);
      expect(metaRun.stderr).toContain('LPI：Direction 应为 1 或 -1，实际为 2 (LPI: Direction must be 1 or -1, got 2)');
      expect(definitionRun.code).toBe(1);
      expect(definitionRun.stderr).toContain('steps.0.method.range');
      expect(definitionRun.stderr).toContain('steps.1.step');
      expect(stageRun.code).toBe(1);
      expect(stageRun.stderr).toContain('没有阶段 "Weighted"');
      expect(stageRun.stderr).toContain('Raw, Denominated, Imputed, Screened, Treated, Normalised, Aggregated');
    },
    spawnTestTimeoutMs,
  );
});
