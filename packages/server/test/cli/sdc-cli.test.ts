/**
 * The real `observatory sdc` command (spawned, no database) on sdcTable's microdata1.csv from
 * ../shared/reference/sdctable (read at test time; the reference tests skip without that folder): the
 * primary sets of the freq, p, nk and pq rules and the secondary cells OPT/HYPERCUBE/HITAS/SIMPLEHEURISTIC
 * choose for the A/female primary, the same file as xlsx, the publishable output, an audience with owners
 * and weights, and the bilingual errors. Spawns take seconds each, so each test runs its commands side by side.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';

const referenceDirectory = fileURLToPath(new URL('../../../../../shared/reference/sdctable/', import.meta.url));
const microdata = join(referenceDirectory, 'microdata1.csv');
const hasReference = existsSync(microdata);
const directory = mkdtempSync(join(tmpdir(), 'observatory-sdc-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const path = (name: string) => join(directory, name);

interface SdcCell {
  dims: Record<string, string>;
  value: number | null;
  status: 'published' | 'primary' | 'secondary';
  reasons: string[];
}
interface SdcOutput {
  dimensions: string[];
  cells: SdcCell[];
  audit: {
    protected: boolean;
    primary: number;
    secondary: number;
    intervals: {
      dims: Record<string, string>;
      status: string;
      lower: number;
      upper: number | null;
      protected: boolean | null;
    }[];
  };
}

const spawnTimeoutMs = 300_000;
const sdc = (...args: string[]) => runObservatory(process.env, ['sdc', ...args], spawnTimeoutMs);
const onMicrodata = (rules: string, ...more: string[]) =>
  sdc('--input', microdata, '--dims', 'region,gender', '--value', 'val', '--rules', rules, '--format', 'json', ...more);

/** Exit code 0, nothing on stderr, JSON on stdout. */
function printed<T = SdcOutput>(result: CliResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

const key = (dims: Record<string, string>) => `${dims.region}|${dims.gender}`;
const withStatus = (output: SdcOutput, ...statuses: string[]) =>
  output.cells.filter((cell) => statuses.includes(cell.status)).map((cell) => key(cell.dims));

/** sdcTable's cell ids (1-based, region-major, Total/male/female) as region|gender keys. */
function referenceKeys(): {
  keyOf: (id: number) => string;
  expected: Record<string, Record<string, unknown>>;
  values: Map<string, number>;
} {
  const reference = JSON.parse(
    readFileSync(join(referenceDirectory, 'sdctable_microdata1_expected.json'), 'utf8'),
  ) as Record<string, unknown>;
  const cells = Object.entries(reference).find(([name]) => name.startsWith('locally_computed_cells'))?.[1] as {
    id: number;
    region: string;
    gender: string;
    val: number;
  }[];
  const byId = new Map(cells.map((cell) => [cell.id, `${cell.region}|${cell.gender}`]));
  return {
    keyOf: (id) => byId.get(id) ?? `unknown id ${id}`,
    expected: reference.expected_from_upstream_tests as Record<string, Record<string, unknown>>,
    values: new Map(cells.map((cell) => [`${cell.region}|${cell.gender}`, cell.val])),
  };
}

describe.skipIf(!hasReference)('observatory sdc on sdcTable microdata1', { timeout: 2 * spawnTimeoutMs }, () => {
  it('reproduces the primary sets of freq, p, nk and pq', async () => {
    const { keyOf, expected } = referenceKeys();
    const runs = await Promise.all(['freq=3', 'p=70', 'nk=2:75', 'pq=60:80'].map((rules) => onMicrodata(rules)));
    const [freq, p, nk, pq] = runs.map((run) => printed(run));
    const ids = (name: string) => ((expected[name]?.suppressed_ids as number[]) ?? []).map(keyOf).sort();
    expect(withStatus(freq!, 'primary').sort()).toEqual(ids('freq_maxN_2'));
    expect(withStatus(p!, 'primary').sort()).toEqual(ids('p_70'));
    expect(withStatus(nk!, 'primary').sort()).toEqual(ids('nk_n2_k75'));
    expect(withStatus(pq!, 'primary').sort()).toEqual(ids('pq_60_80'));
    expect(p!.cells.find((cell) => key(cell.dims) === 'D|male')).toMatchObject({ value: null, reasons: ['p-percent'] });
    for (const output of [freq, p, nk, pq]) expect(output!.audit.protected).toBe(true);
  });

  it('suppresses the cells sdcTable OPT/HYPERCUBE/HITAS/SIMPLEHEURISTIC choose, from csv and from xlsx', async () => {
    const { keyOf, expected, values } = referenceKeys();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('microdata1');
    for (const line of readFileSync(microdata, 'utf8').trim().split(/\r?\n/)) {
      const [region = '', gender = '', val = ''] = line.split(',').map((field) => field.replace(/"/g, ''));
      sheet.addRow([region, gender, val === 'val' ? val : Number(val)]);
    }
    writeFileSync(path('microdata1.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
    const [fromCsv, fromXlsx] = (
      await Promise.all([
        onMicrodata('freq=4'),
        sdc(
          '--input',
          path('microdata1.xlsx'),
          '--dims',
          'region,gender',
          '--value',
          'val',
          '--rules',
          'freq=4',
          '--format',
          'json',
        ),
      ])
    ).map((run) => printed(run));
    expect(fromXlsx).toEqual(fromCsv);
    const secondary = Object.entries(expected).find(([name]) => name.startsWith('secondary_suppression'))?.[1] ?? {};
    const sdcTableIds = Object.entries(secondary).find(([name]) => name.startsWith('OPT/HYPERCUBE'))?.[1] as number[];
    const output = fromCsv!;
    expect(withStatus(output, 'primary', 'secondary').sort()).toEqual(sdcTableIds.map(keyOf).sort());
    expect(withStatus(output, 'primary')).toEqual(['A|female']);
    expect(output.audit).toMatchObject({ protected: true, primary: 1, secondary: 3 });
    for (const cell of output.cells) {
      if (cell.status === 'published') expect(cell.value).toBe(values.get(key(cell.dims)));
      else expect(cell.value).toBeNull();
      if (cell.status === 'secondary') expect(cell.reasons).toEqual(['complementary']);
    }
    const attacked = output.audit.intervals.find((interval) => key(interval.dims) === 'A|female');
    expect(attacked).toMatchObject({ status: 'primary', protected: true });
    expect((attacked?.upper ?? Infinity) - (attacked?.lower ?? 0)).toBeGreaterThan(0);
  });

  it('prints a text table, and for publication only values and marks, never the rules', async () => {
    const [text, publication] = await Promise.all([
      sdc('--input', microdata, '--dims', 'region,gender', '--value', 'val', '--rules', 'freq=4,p=15'),
      onMicrodata('freq=4,p=15', '--publication'),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^合计\t合计\t1284\t公布 published/m);
    expect(text.stdout).toMatch(/^A\tfemale\tx\t初次隐藏 primary\tfrequency,p-percent$/m);
    expect(text.stdout).toContain('全部敏感单元格受保护 all sensitive cells protected');
    const published = printed<{ dimensions: string[]; cells: Record<string, unknown>[] }>(publication);
    expect(published.dimensions).toEqual(['region', 'gender']);
    for (const cell of published.cells) expect(Object.keys(cell).sort()).toEqual(['dims', 'suppressed', 'value']);
    expect(published.cells.filter((cell) => cell.suppressed).map((cell) => cell.value)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(publication.stdout).not.toMatch(/freq|p-percent|primary|secondary|audit|rules/);
  });
});

describe('observatory sdc with owners, weights and an audience', { timeout: 2 * spawnTimeoutMs }, () => {
  // 秀洲 C13 has one firm; in 海宁 C38 firms h4 and h5 belong to one group
  const lines = [
    'county,sector,firm,group,output,weight',
    '南湖,C13,n1,,40,1',
    '南湖,C13,n2,,30,1',
    '南湖,C13,n3,,20,1',
    '南湖,C38,n4,,15,1',
    '南湖,C38,n5,,25,1',
    '南湖,C38,n6,,35,1',
    '秀洲,C13,x1,,90,1',
    '秀洲,C38,x2,,20,1',
    '秀洲,C38,x3,,30,1',
    '秀洲,C38,x4,,25,1',
    '海宁,C13,h1,,50,1',
    '海宁,C13,h2,,45,1',
    '海宁,C13,h3,,40,1',
    '海宁,C38,h4,G,60,2',
    '海宁,C38,h5,G,55,2',
    '海宁,C38,h6,,50,2',
  ];
  const firms = path('firms.csv');
  writeFileSync(firms, `${lines.join('\n')}\n`);
  const base = [
    '--input',
    firms,
    '--dims',
    'county,sector',
    '--value',
    'output',
    '--contributor',
    'firm',
    '--format',
    'json',
  ];

  it('groups by owner, weights the totals and publishes its own county to a county user', async () => {
    const [plain, grouped, xiuzhou] = (
      await Promise.all([
        sdc(...base, '--rules', 'freq=3'),
        sdc(...base, '--rules', 'freq=3', '--owner', 'group', '--weight', 'weight'),
        sdc(...base, '--rules', 'freq=3', '--known', 'county=秀洲'),
      ])
    ).map((run) => printed(run));
    const statusOf = (output: SdcOutput, cell: string) =>
      output.cells.find((candidate) => `${candidate.dims.county}|${candidate.dims.sector}` === cell)?.status;
    expect(statusOf(plain!, '秀洲|C13')).toBe('primary');
    expect(statusOf(plain!, '海宁|C38')).not.toBe('primary');
    expect(statusOf(grouped!, '海宁|C38')).toBe('primary');
    expect(grouped!.cells[0]?.value).toBe(
      40 + 30 + 20 + 15 + 25 + 35 + 90 + 20 + 30 + 25 + 50 + 45 + 40 + 2 * (60 + 55 + 50),
    );
    expect(statusOf(xiuzhou!, '秀洲|C13')).toBe('published');
    expect(xiuzhou!.cells.every((cell) => cell.value !== null)).toBe(true);
  });

  it('rejects bad rules, missing columns and bad numbers with bilingual messages', async () => {
    const bad = path('bad.csv');
    writeFileSync(bad, 'county,sector,output\n南湖,C13,abc\n,C38,5\n');
    const [rules, column, numbers, known, format] = await Promise.all([
      sdc(...base, '--rules', 'p=100'),
      sdc(...base, '--rules', 'freq=3', '--owner', '集团'),
      sdc('--input', bad, '--dims', 'county,sector', '--value', 'output', '--rules', 'freq=3'),
      sdc(...base, '--rules', 'freq=3', '--known', '秀洲'),
      sdc(...base, '--rules', 'freq=3', '--weighting', 'tau'),
    ]);
    for (const result of [rules, column, numbers, known, format]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
    }
    expect(rules.stderr).toContain('p% 规则的 p 应大于 0 且小于 100');
    expect(rules.stderr).toContain('p must lie in (0, 100)');
    expect(column.stderr).toContain('输入文件缺少列 "集团" (input is missing column "集团")');
    expect(numbers.stderr).toContain('输入文件有 2 处问题 (the input has 2 problems)');
    expect(numbers.stderr).toMatch(/第 2 行 \(row 2\): 列 "output" 不是数值："abc"/);
    expect(numbers.stderr).toMatch(/第 3 行 \(row 3\): 列 "county" 为空/);
    expect(known.stderr).toContain('--known must be COLUMN=VALUE');
    expect(format.stderr).toContain('--weighting must be one of default, tau-argus');
  });
});
