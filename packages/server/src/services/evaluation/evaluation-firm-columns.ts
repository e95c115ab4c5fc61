/**
 * The columns of a firm file for `observatory evaluate` (docs/evaluation-schemes.md, "Evaluating offline"): the
 * identity columns (uscc, name, reporting_unit, industry_code, above_scale, in_production, parcels, facts, year) and
 * one column per measure, named by its id and optionally followed by its unit in brackets (`tax_paid(万元)`,
 * `land_own（平方米）`); a measure column without a unit is in the canonical unit (元, 亩, kWh, 吨标煤, 当量吨, 人).
 * Measures are those of the measure catalogue and any other id the scheme refers to. Headers are read after NFKC
 * (full-width brackets and letters), case-insensitively. Problems are listed, one per column.
 */
import {
  CANONICAL_UNITS,
  columnLetter,
  findUnit,
  getMeasure,
  type CellValue,
  type Dimension,
  type UnitCode,
} from '@observatory/core';
import type { AppErrorDetail } from '../../app-error.ts';

export const IDENTITY_COLUMNS = [
  'uscc',
  'name',
  'reporting_unit',
  'industry_code',
  'above_scale',
  'in_production',
  'parcels',
  'facts',
  'year',
] as const;
export type IdentityColumn = (typeof IDENTITY_COLUMNS)[number];

export interface MeasureColumn {
  measure: string;
  /** The unit the cells are written in, or null for the canonical unit. */
  unit: UnitCode | null;
  /** The canonical unit the value is converted to (null: a measure outside the catalogue without a unit). */
  canonical: UnitCode | null;
}

export interface FirmColumns {
  /** 0-based column index of each identity column present. */
  identity: Partial<Record<IdentityColumn, number>>;
  measures: { index: number; column: MeasureColumn }[];
}

const HEADER = /^([a-z][a-z0-9_]*)\s*(?:\((.*)\))?$/;

/** Where a cell is, for messages: `第 3 行 D 列 "tax_paid(万元)" (row 3, column D)`. */
export function cellPlace(row: number, index: number, label: string): string {
  return `第 ${row} 行 ${columnLetter(index)} 列 "${label}" (row ${row}, column ${columnLetter(index)})`;
}

export function headerLabel(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function measureColumn(id: string, unitText: string | undefined, schemeMeasures: ReadonlySet<string>) {
  const measure = getMeasure(id);
  if (!measure && !schemeMeasures.has(id)) return `不是已知的列或度量 (not a known column or measure)`;
  if (unitText === undefined) {
    const canonical: UnitCode | null = measure ? CANONICAL_UNITS[measure.dimension] : null;
    return { measure: id, unit: null, canonical } satisfies MeasureColumn;
  }
  const unit = findUnit(unitText);
  if (!unit) return `未知计量单位 "${unitText}" (unknown unit)`;
  const dimension: Dimension = measure?.dimension ?? unit.dimension;
  if (unit.dimension !== dimension)
    return `单位 ${unit.symbol || unit.code} 与 ${id} 的量纲不符 (unit does not fit the measure's dimension ${dimension})`;
  return { measure: id, unit: unit.code, canonical: CANONICAL_UNITS[dimension] } satisfies MeasureColumn;
}

/** Reads the header row; every column must be an identity column or a measure, each once, and uscc is required. */
export function resolveFirmColumns(
  header: readonly CellValue[],
  schemeMeasures: ReadonlySet<string>,
): { columns: FirmColumns; problems: AppErrorDetail[] } {
  const columns: FirmColumns = { identity: {}, measures: [] };
  const problems: AppErrorDetail[] = [];
  const seen = new Map<string, number>();
  header.forEach((cell, index) => {
    const label = headerLabel(cell);
    if (label === '') return;
    const place = cellPlace(1, index, label);
    const match = HEADER.exec(label.normalize('NFKC').toLowerCase());
    if (!match) {
      problems.push({ path: place, message: `不是已知的列或度量 (not a known column or measure)` });
      return;
    }
    const [, id = '', unitText] = match;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({
        path: place,
        message: `与 ${columnLetter(earlier)} 列重复 (same as column ${columnLetter(earlier)})`,
      });
      return;
    }
    seen.set(id, index);
    if ((IDENTITY_COLUMNS as readonly string[]).includes(id)) {
      if (unitText !== undefined) problems.push({ path: place, message: `此列不带单位 (this column takes no unit)` });
      else columns.identity[id as IdentityColumn] = index;
      return;
    }
    const column = measureColumn(id, unitText, schemeMeasures);
    if (typeof column === 'string') problems.push({ path: place, message: column });
    else columns.measures.push({ index, column });
  });
  if (columns.identity.uscc === undefined)
    problems.unshift({ path: '第 1 行 (row 1)', message: `输入文件缺少列 "uscc" (input is missing column "uscc")` });
  return { columns, problems };
}
