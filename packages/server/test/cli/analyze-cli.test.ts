/**
 * The real `observatory analyze` command (spawned, no database) on the peer tools' reference inputs, written
 * to a temporary directory as people would send them (GBK CSV, UTF-8 CSV with BOM, xlsx), its printed JSON
 * compared with the reference values (tolerances as in test/regional), plus the errors for bad input.
 * Spawns take seconds each, so each test runs its commands side by side.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runObservatory, type CliResult } from '../intake/cli-runner.ts';
import { expectClose, readReferenceCsv, readReferenceJson, type ReferenceMatrix } from '../regional/reference-files.ts';

const directory = mkdtempSync(join(tmpdir(), 'observatory-analyze-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const path = (name: string) => join(directory, name);
const relative = 1e-9;
const observatory = (...args: string[]) => runObservatory(process.env, ['analyze', ...args]);

/** Exit code 0, nothing on stderr, JSON on stdout. */
function printed<T>(result: CliResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** GBK bytes of `text`, from a table of every two-byte code (Node has no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from(
    [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)!)),
  );
}

const csv = (header: string[], rows: [string, ...number[]][]) =>
  [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';

async function writeXlsx(name: string, header: string[], rows: (string | number)[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('矩阵');
  for (const row of [header, ...rows]) sheet.addRow(row);
  writeFileSync(path(name), Buffer.from(await workbook.xlsx.writeBuffer()));
}

interface ShiftShareOutput {
  referenceBase: number[];
  regions: {
    region: string;
    dunn: Record<string, number> & { industries: { industry: string; growth: number }[] };
    estebanMarquillas: Record<string, number> & { undefinedIndustries: string[] };
    gerfin: Record<string, number>;
  }[];
}

interface SpecialisationOutput {
  referenceRegion: string | null;
  regions: Record<string, number | string>[];
  industries: Record<string, number | string>[];
  locationQuotients: { regions: string[]; industries: string[]; values: (number | null)[][] };
}

function expectShiftShare(
  region: ShiftShareOutput['regions'][number],
  reference: Record<string, Record<string, number>>,
) {
  const [dunn, esteban, gerfin] = [reference.Dunn!, reference.Esteban!, reference.Gerfin!];
  const close = (actual: number, expected: number, label: string) =>
    expectClose(actual, expected, relative * Math.max(1, Math.abs(expected)), `${region.region} ${label}`);
  close(region.dunn.growth!, dunn['Growth (t1-t)']!, 'growth');
  close(region.dunn.nationalShare!, dunn['National share']!, 'national share');
  close(region.dunn.industrialMix!, dunn['Industrial mix']!, 'industrial mix');
  close(region.dunn.regionalShare!, dunn['Regional share']!, 'regional share');
  close(region.dunn.netTotalShift!, dunn['Net total shift']!, 'net total shift');
  close(region.estebanMarquillas.competitiveEffect!, esteban['Regional share']!, 'EM competitive');
  close(region.estebanMarquillas.allocationEffect!, esteban['Allocation effect']!, 'EM allocation');
  close(region.gerfin.industrialMix!, gerfin['Industrial mix']!, 'Gerfin mix');
  close(region.gerfin.regionalShare!, gerfin['Regional share']!, 'Gerfin regional');
  close(region.gerfin.netTotalShift!, gerfin['Net total shift']!, 'Gerfin net');
}

describe('observatory analyze', { timeout: 240_000 }, () => {
  it('shift-share reproduces REAT on Farhauer & Kröll (GBK CSV) and on Freiburg against a --reference row', async () => {
    const fk = readReferenceJson<{
      inputs: Record<string, number[]>;
      results: Record<string, { components: Record<string, number> }>;
    }>('reat/reat_shiftshare_farhauer_kroell.json');
    const industries = ['地区', '农业', '纺织', '化工', '服务'];
    for (const [file, suffix] of [
      ['fk-base.csv', 't'],
      ['fk-current.csv', 't1'],
    ] as const)
      writeFileSync(
        path(file),
        encodeGbk(
          csv(
            industries,
            ['A', 'B', 'C'].map((r) => [r, ...fk.inputs[`${r}_${suffix}`]!]),
          ),
        ),
      );
    const freiburg = readReferenceCsv('reat/Freiburg.csv');
    const freiburgHeader = ['region', ...freiburg.map((row) => row.industry!.replaceAll(',', ' '))];
    for (const [file, year] of [
      ['freiburg-2008.csv', '2008'],
      ['freiburg-2014.csv', '2014'],
    ] as const)
      writeFileSync(
        path(file),
        '\uFEFF' +
          csv(freiburgHeader, [
            ['Freiburg', ...freiburg.map((row) => Number(row[`e_Freiburg${year}`]))],
            ['Germany', ...freiburg.map((row) => Number(row[`e_Germany${year}`]))],
          ]),
      );
    const [fkResult, freiburgResult] = await Promise.all([
      observatory('shift-share', '--base', path('fk-base.csv'), '--current', path('fk-current.csv')),
      observatory(
        'shift-share',
        '--base',
        path('freiburg-2008.csv'),
        '--current',
        path('freiburg-2014.csv'),
        '--reference',
        'Germany',
      ),
    ]);
    const fkOutput = printed<ShiftShareOutput>(fkResult);
    expect(fkOutput.referenceBase).toEqual(fk.inputs.nation_t);
    for (const region of fkOutput.regions) {
      expectShiftShare(region, {
        Dunn: fk.results[`${region.region}_Dunn`]!.components,
        Esteban: fk.results[`${region.region}_Esteban`]!.components,
        Gerfin: fk.results[`${region.region}_Gerfin`]!.components,
      });
      expect(region.dunn.industries.map((industry) => industry.industry)).toEqual(industries.slice(1));
    }
    const freiburgOutput = printed<ShiftShareOutput>(freiburgResult);
    expect(freiburgOutput.regions.map((region) => region.region)).toEqual(['Freiburg']);
    expectShiftShare(
      freiburgOutput.regions[0]!,
      readReferenceJson<{ results: Record<string, Record<string, number>> }>('reat/reat_shiftshare_freiburg.json')
        .results,
    );
  });

  it('specialization reproduces REAT conc()/spec() on Germany (CSV) and EconGeo on matA (xlsx)', async () => {
    const rows = readReferenceCsv('reat/G_regions_industries.csv');
    const regions = [...new Set(rows.map((row) => row.region_code!))];
    const industries = [...new Set(rows.map((row) => row.ind_code!))];
    const cell = new Map(rows.map((row) => [`${row.region_code}|${row.ind_code}`, Number(row.emp_all)]));
    writeFileSync(
      path('germany.csv'),
      csv(
        ['Land', ...industries],
        regions.map((region) => [region, ...industries.map((i) => cell.get(`${region}|${i}`)!)]),
      ),
    );
    const econgeo = readReferenceJson<{
      matrices: { matA: ReferenceMatrix };
      results: Record<string, ReferenceMatrix>;
    }>('econgeo/econgeo_specialization.json');
    const matA = econgeo.matrices.matA;
    await writeXlsx(
      'matA.xlsx',
      ['', ...matA.cols],
      matA.rows.map((row, r) => [row, ...(matA.data[r] as number[])]),
    );
    const [germanyResult, matAResult] = await Promise.all([
      observatory('specialization', '--input', path('germany.csv')),
      observatory('specialisation', '--input', path('matA.xlsx'), '--format', 'json'),
    ]);
    const germany = printed<SpecialisationOutput>(germanyResult);
    const expected = readReferenceJson<{
      concentration_by_industry: Record<string, Record<string, number>>;
      specialization_by_region: Record<string, Record<string, number>>;
    }>('reat/reat_conc_spec_germany.json');
    expect(germany.regions.map((region) => region.region).sort()).toEqual(
      Object.keys(expected.specialization_by_region),
    );
    for (const region of germany.regions) {
      const reat = expected.specialization_by_region[region.region as string]!;
      expectClose(region.hoover as number, reat['H j']!, relative, `${region.region} H`);
      expectClose(region.lqGini as number, reat['G j']!, relative, `${region.region} G`);
      expectClose(region.krugmanAgainstOtherRegions as number, reat['K j']!, relative, `${region.region} K`);
    }
    for (const industry of germany.industries) {
      const reat = expected.concentration_by_industry[industry.industry as string]!;
      expectClose(industry.hoover as number, reat['H i']!, relative, `${industry.industry} H`);
      expectClose(industry.lqGini as number, reat['G i']!, relative, `${industry.industry} G`);
      expectClose(industry.krugmanAgainstOtherIndustries as number, reat['K i']!, relative, `${industry.industry} K`);
    }
    const a = printed<SpecialisationOutput>(matAResult);
    expect(a.locationQuotients.regions).toEqual(matA.rows);
    econgeo.results.location_quotient_matA!.data.forEach((row, r) =>
      row.forEach((lq, i) => expectClose(a.locationQuotients.values[r]![i]!, lq, 1e-12, `LQ ${r},${i}`)),
    );
    const krugman = econgeo.results.krugman_index_matA as unknown as Record<string, number>;
    for (const region of a.regions) expectClose(region.krugman as number, krugman[region.region as string]!, 1e-12);
  });

  it('strong-clusters reproduces the Cluster Mapping flags of the synthetic data set', async () => {
    const synthetic = readReferenceJson<{
      inputs: { regions_emp_est: Record<string, number[]>; columns: string[]; traded_clusters: string[] };
      results: {
        region: string;
        cluster: string;
        traded: boolean;
        strong: boolean;
        significant: boolean;
        qualifying: boolean;
        strong10: boolean;
      }[];
    }>('clustermapping/cmp_strong_cluster_synthetic.json');
    const { regions_emp_est: data, columns, traded_clusters: traded } = synthetic.inputs;
    for (const kind of ['emp', 'est'])
      writeFileSync(
        path(`cmp-${kind}.csv`),
        csv(
          ['region', ...traded],
          Object.entries(data).map(([region, values]) => [
            region,
            ...traded.map((c) => values[columns.indexOf(`${c}_${kind}`)]!),
          ]),
        ),
      );
    const output = printed<{ regions: { region: string; clusters: Record<string, unknown>[] }[] }>(
      await observatory('strong-clusters', '--input', path('cmp-emp.csv'), '--establishments', path('cmp-est.csv')),
    );
    for (const expected of synthetic.results.filter((row) => row.traded)) {
      const rating = output.regions
        .find((region) => region.region === expected.region)!
        .clusters.find((c) => c.cluster === expected.cluster)!;
      expect(rating, `${expected.region}/${expected.cluster}`).toMatchObject({
        qualifying: expected.qualifying,
        significant: expected.significant,
        strong: expected.strong,
        strong10: expected.strong10,
      });
    }
  });

  it('refuses bad input with validation errors that name the file and the cell', async () => {
    writeFileSync(
      path('ragged.csv'),
      csv(
        ['地区', 'I1', 'I2'],
        [
          ['A', 1, 2],
          ['B', 3, 4, 5],
        ],
      ),
    );
    writeFileSync(path('text-cell.csv'), '地区,I1,I2\r\nA,1,二\r\nB,3,\r\n');
    writeFileSync(
      path('other-shape.csv'),
      csv(
        ['地区', 'I1', 'I3'],
        [
          ['A', 1, 2],
          ['B', 3, 4],
        ],
      ),
    );
    writeFileSync(
      path('ok.csv'),
      csv(
        ['地区', 'I1', 'I2'],
        [
          ['A', 1, 2],
          ['B', 3, 4],
        ],
      ),
    );
    const results = await Promise.all([
      observatory('specialization', '--input', path('missing.csv')),
      observatory('specialization', '--input', path('ragged.csv')),
      observatory('specialization', '--input', path('text-cell.csv')),
      observatory('shift-share', '--base', path('ok.csv'), '--current', path('other-shape.csv')),
      observatory('specialization', '--input', path('ok.csv'), '--reference', 'Z'),
      observatory('specialization', '--input', path('ok.csv'), '--format', 'text'),
    ]);
    const expectations = [
      [/无法读取文件 ".*missing\.csv" \(cannot read the file\)/],
      [/不是有效的地区×行业矩阵/, /D3: 第 3 行的值多于表头的 2 个行业/],
      [/C2: "二" 不是数值：地区 "A" 行业 "I2"/, /C3: 单元格为空：地区 "B" 行业 "I2"/],
      [/行业 industry "I2" 在基期有、在报告期没有/],
      [/参照地区 "Z" 不在矩阵中/],
      [/--format 目前只支持 json/],
    ];
    results.forEach((result, k) => {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^错误 \(error\): /);
      for (const pattern of expectations[k]!) expect(result.stderr).toMatch(pattern);
    });
  });
});
