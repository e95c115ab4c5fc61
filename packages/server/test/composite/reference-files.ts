/**
 * The published reference runs of COINr and Compind in shared/reference (beside the repository root), read at
 * test time through the same readers the CLI uses, and the comparison the README sets: 1e-9 relative (values
 * are printed with 15 significant digits); an expected 0 must come out within 1e-12. R's Inf and NaN are
 * missing (null) in our engine, which never stores a non-finite number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createFramework,
  readDataTable,
  readMetaTable,
  type CellValue,
  type CompositeInput,
  type CompositeValue,
  type Dataset,
} from '@observatory/core';
import { parse as parseYaml } from 'yaml';
import { parseCsvText } from '../../src/readers/index.ts';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
/** `../shared/reference` beside the repository root. */
export const referenceRoot = fileURLToPath(new URL('../../../../../shared/reference/', import.meta.url));
export const coinrDir = `${referenceRoot}coinr/`;
export const compindDir = `${referenceRoot}compind/`;
export const asemDefinitionPath = `${repoRoot}examples/index/asem-reference.yaml`;

export const relativeTolerance = 1e-9;
export const zeroTolerance = 1e-12;

export function referenceText(path: string): string {
  if (!existsSync(path))
    throw new Error(`reference file missing: ${path} (shared/reference must sit beside the repository)`);
  return readFileSync(path, 'utf8');
}

/** A reference CSV as the readers give it: rows of text cells, empty cells null. */
export function referenceGrid(path: string): CellValue[][] {
  return parseCsvText(referenceText(path), ',').map((row) => row.map((cell) => (cell === '' ? null : cell)));
}

/** A reference cell as our engine would hold it: a number, or null for empty, NA, Inf and NaN. */
export function expectedValue(cell: CellValue): CompositeValue {
  if (cell === null) return null;
  const value = typeof cell === 'number' ? cell : Number(cell);
  return Number.isFinite(value) ? value : null;
}

/** Null when `actual` agrees with `expected` within the tolerance, else a description of the difference. */
export function difference(actual: CompositeValue | undefined, expected: CompositeValue): string | null {
  if (actual === undefined) return `missing column or unit (expected ${expected})`;
  if (actual === null || expected === null) return actual === expected ? null : `got ${actual}, expected ${expected}`;
  const tolerance = expected === 0 ? zeroTolerance : relativeTolerance * Math.abs(expected);
  return Math.abs(actual - expected) <= tolerance ? null : `got ${actual}, expected ${expected}`;
}

/** Every cell of a reference data set (uCode + columns) compared with `data`; returns the differences. */
export function compareWithReference(data: Dataset, path: string): { cells: number; differences: string[] } {
  const [header = [], ...rows] = referenceGrid(path);
  const differences: string[] = [];
  let cells = 0;
  if (rows.length !== data.unitCodes.length)
    differences.push(`${rows.length} units in the reference, ${data.unitCodes.length} computed`);
  for (const row of rows) {
    const uCode = String(row[0]);
    const unit = data.unitCodes.indexOf(uCode);
    header.slice(1).forEach((code, index) => {
      cells++;
      const actual = unit < 0 ? undefined : data.columns.get(String(code))?.[unit];
      const problem = difference(actual, expectedValue(row[index + 1] ?? null));
      if (problem !== null) differences.push(`${uCode} ${code}: ${problem}`);
    });
  }
  return { cells, differences };
}

/** The ASEM example (iMeta, iData) read as the CLI reads it. */
export function asemInput(): CompositeInput {
  const meta = readMetaTable(referenceGrid(`${coinrDir}ASEM_iMeta.csv`));
  if (meta.problems.length > 0) throw new Error(meta.problems.join('\n'));
  const framework = createFramework(meta.rows);
  const data = readDataTable(referenceGrid(`${coinrDir}ASEM_iData.csv`), framework);
  if (data.problems.length > 0) throw new Error(data.problems.join('\n'));
  return { framework, units: data.units, data: data.data };
}

export function asemDefinitionDocument(): unknown {
  return parseYaml(readFileSync(asemDefinitionPath, 'utf8'));
}

export function referenceJson<T>(path: string): T {
  return JSON.parse(referenceText(path)) as T;
}
