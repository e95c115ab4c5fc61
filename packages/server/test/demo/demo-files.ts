/**
 * Reading the generated demo files back for the tests, independently of the generator: xlsx through exceljs,
 * xls through SheetJS, CSV decoded and split here, cluster membership from the registry YAML through core's
 * matchCatalogue. Tables come back as header labels (`工业总产值|本年累计`) and data rows, without the
 * title, unit line, 合计 and 注 rows.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { read, utils } from '@e965/xlsx';
import { parse as parseYaml } from 'yaml';
import { matchCatalogue, registryFileSchema, type CatalogueRule } from '@observatory/core';
import { generateDemoDataset, type DemoManifest } from '../../src/demo/index.ts';

export type Cell = string | number | null;

export interface Table {
  /** Every row of the sheet, 0-based, values only. */
  rows: Cell[][];
  labels: string[];
  data: Cell[][];
  /** The 合计 row, when there is one. */
  total: Cell[] | null;
}

export const TINY_SCALE = 0.02;

export async function generateTiny(): Promise<{ dir: string; manifest: DemoManifest; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'observatory-demo-'));
  const manifest = await generateDemoDataset({ outDir: dir, scale: TINY_SCALE });
  return { dir, manifest, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && 'richText' in value) {
    return (value as { richText: { text: string }[] }).richText.map((part) => part.text).join('');
  }
  return String(value);
}

export async function readXlsxRows(path: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error(`${path} has no sheet`);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map(plain);
    rows[number - 1] = values;
  });
  return Array.from(rows, (row) => row ?? []);
}

export async function readXlsRows(path: string): Promise<Cell[][]> {
  const workbook = read(await readFile(path), { type: 'buffer' });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (sheet === undefined) throw new Error(`${path} has no sheet`);
  return utils.sheet_to_json<Cell[]>(sheet, { header: 1, defval: null, blankrows: true });
}

export function csvRows(text: string): Cell[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(',').map((field) => (field === '' ? null : field)));
}

/** Splits rows into header labels and data, given how many header rows the table has. */
export function toTable(rows: Cell[][], headerRows: 1 | 2): Table {
  const first = rows.findIndex((row) => row.includes('统一社会信用代码'));
  if (first < 0) throw new Error('no header row');
  const top = rows[first] ?? [];
  const sub = headerRows === 2 ? (rows[first + 1] ?? []) : [];
  let carried = '';
  // exceljs repeats a merged cell's value in the cells it covers: an identity column reads the same twice.
  const width = Math.max(top.length, sub.length);
  const labels = Array.from({ length: width }, (_, k) => {
    const topText = top[k] === null || top[k] === undefined ? null : String(top[k]);
    const subText = sub[k] === null || sub[k] === undefined ? null : String(sub[k]);
    if (topText !== null) carried = topText;
    if (subText === null || subText === topText) return topText ?? '';
    return `${topText ?? carried}|${subText}`;
  });
  const body = rows.slice(first + headerRows).filter((row) => row.some((cell) => cell !== null));
  const isNote = (row: Cell[]) => typeof row[0] === 'string' && row[0].startsWith('注');
  const total = body.find((row) => row.includes('合计')) ?? null;
  const data = body.filter((row) => !isNote(row) && !row.includes('合计'));
  return { rows, labels, data, total };
}

export function column(table: Table, label: string): number {
  const index = table.labels.indexOf(label);
  if (index < 0) throw new Error(`no column ${label} in ${table.labels.join(', ')}`);
  return index;
}

/** Whether a GB/T 4754 class counts for a cluster (or, with `null`, for any cluster) of a registry system. */
export function clusterMembership(): (system: string, cluster: string | null, code: string, year: number) => boolean {
  const dir = join(import.meta.dirname, '../../data/registry');
  const systems = new Map<string, { rules: CatalogueRule[]; parents: Map<string, string | null> }>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
    const file = registryFileSchema.parse(parseYaml(readFileSync(join(dir, name), 'utf8')));
    systems.set(file.system.id, {
      rules: file.clusters.flatMap((cluster) =>
        cluster.catalogue.map((entry) => ({
          clusterId: cluster.id,
          industryPrefix: entry.code,
          coverage: entry.coverage === 'full' ? ('full' as const) : ('partial' as const),
          validFrom: entry.validFrom,
          validTo: entry.validTo,
        })),
      ),
      parents: new Map(file.clusters.map((cluster) => [cluster.id, cluster.parent])),
    });
  }
  return (systemId, cluster, code, year) => {
    const system = systems.get(systemId);
    if (system === undefined) throw new Error(`no system ${systemId}`);
    const match = matchCatalogue(code, system.rules, year, (id) => system.parents.get(id) ?? null);
    if (match.status !== 'assigned') return false;
    for (let at: string | null = match.clusterId; at !== null; at = system.parents.get(at) ?? null) {
      if (cluster === null || at === cluster) return true;
    }
    return false;
  };
}

/** A money cell in 元 (whole), from a file that shows 万元 with one decimal or whole 千元. */
export function yuan(value: Cell, unit: '万元' | '千元'): number {
  if (typeof value !== 'number') throw new Error(`not a number: ${value}`);
  return unit === '万元' ? Math.round(value * 10) * 1000 : Math.round(value) * 1000;
}
