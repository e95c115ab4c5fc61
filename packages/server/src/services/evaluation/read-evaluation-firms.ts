/**
 * A firm file for `observatory evaluate` → an EvaluationInputDocument, with no database: a JSON document in the
 * engine's own input form (by the .json name or a leading `{`), or a table (CSV in UTF-8 with or without BOM,
 * UTF-16 or GB18030, or xlsx/xls, through the readers; first sheet, header in row 1) in the layout of
 * evaluation-firm-columns.ts. The year comes from `--year` or a `year` column (one year per file; both given must
 * agree). Every bad cell is reported with its row and column (up to 50), all in one validation_failed error.
 */
import {
  effectiveQuantities,
  evaluationInputSchema,
  predicateReferences,
  type CellValue,
  type EvaluationEnterprise,
  type EvaluationInputDocument,
  type EvaluationScheme,
} from '@observatory/core';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import { decodeText, ReaderError, readWorkbook } from '../../readers/index.ts';
import {
  cellText,
  readFacts,
  readFlag,
  readIndustryCode,
  readMeasure,
  readParcels,
  readYear,
  type CellReading,
} from './evaluation-firm-cells.ts';
import { cellPlace, headerLabel, resolveFirmColumns, type FirmColumns } from './evaluation-firm-columns.ts';

export interface ReadFirmsOptions {
  /** `--year`: the data year, when the file has no year column (or to check that it agrees). */
  year?: number | undefined;
  /** Measure ids outside the catalogue that the scheme refers to (see measuresReferencedBy). */
  schemeMeasures?: ReadonlySet<string>;
}

const MAX_DETAILS = 50;

function invalid(fileName: string, message: string, details: AppErrorDetail[]): AppError {
  const shown = details.slice(0, MAX_DETAILS);
  if (details.length > MAX_DETAILS)
    shown.push({
      message: `另有 ${details.length - MAX_DETAILS} 处问题未列出 (and ${details.length - MAX_DETAILS} more)`,
    });
  return new AppError('validation_failed', `企业文件 ${fileName} 有误 (the firm file is invalid): ${message}`, shown);
}

/** Every id the scheme reads from the input that no quantity defines: the measures its firms need. */
export function measuresReferencedBy(scheme: EvaluationScheme): Set<string> {
  const quantities = effectiveQuantities(scheme.quantities);
  const refs = quantities.flatMap((q) => q.sum?.map((t) => t.of) ?? q.firstOf ?? []);
  const predicates = [
    ...scheme.unrated.map((r) => r.when),
    ...scheme.groups.flatMap((g) => [g.members, ...g.unrated.map((r) => r.when), ...g.rules.map((r) => r.when)]),
  ];
  refs.push(...predicates.flatMap((p) => predicateReferences(p).quantities));
  for (const group of scheme.groups) {
    refs.push(...group.indicators.flatMap((i) => [i.numerator, i.denominator]));
    if (group.rectification) refs.push(group.rectification.taxQuantity, group.rectification.landQuantity);
  }
  for (const lever of scheme.levers) if (lever.rate) refs.push(lever.rate.basis);
  const defined = new Set(quantities.map((q) => q.id));
  return new Set(refs.filter((ref) => !defined.has(ref)));
}

function isJsonFile(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder().decode(bytes.subarray(start, start + 64)).trimStart();
  return head.startsWith('{');
}

function readJsonFirms(bytes: Uint8Array, fileName: string, year: number | undefined): EvaluationInputDocument {
  let document: unknown;
  try {
    document = JSON.parse(decodeText(bytes, fileName).text);
  } catch (error) {
    throw invalid(fileName, `JSON 无法解析 (not valid JSON)`, [{ message: (error as Error).message }]);
  }
  const parsed = evaluationInputSchema.safeParse(document);
  if (!parsed.success)
    throw invalid(
      fileName,
      `不是评价输入文档 (not an evaluation input document)`,
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(root)', message: issue.message })),
    );
  if (year !== undefined && parsed.data.year !== year)
    throw invalid(fileName, `文件年份 ${parsed.data.year} 与 --year ${year} 不同 (the file's year differs)`, []);
  const seen = new Map<string, number>();
  const duplicates = parsed.data.enterprises.flatMap((e, i) => {
    const earlier = seen.get(e.enterpriseId);
    seen.set(e.enterpriseId, i);
    return earlier === undefined
      ? []
      : [{ path: `enterprises.${i}.enterpriseId`, message: `与 enterprises.${earlier} 重复 (duplicate id)` }];
  });
  if (duplicates.length > 0) throw invalid(fileName, `企业编号重复 (duplicate enterprise ids)`, duplicates);
  return parsed.data;
}

type RowCells = readonly CellValue[];

/** One data row → an enterprise; problems go to `details` with the row and column. */
function readRow(cells: RowCells, row: number, columns: FirmColumns, header: RowCells, details: AppErrorDetail[]) {
  const at = (index: number | undefined) => (index === undefined ? null : (cells[index] ?? null));
  const problems: { index: number; message: string }[] = [];
  const read = <T>(index: number | undefined, reader: (cell: CellValue) => CellReading<T>, fallback: T): T => {
    if (index === undefined) return fallback;
    const reading = reader(at(index));
    if (reading.ok) return reading.value;
    problems.push({ index, message: reading.message });
    return fallback;
  };
  const { identity } = columns;
  const uscc = cellText(at(identity.uscc));
  if (uscc === '') problems.push({ index: identity.uscc!, message: `缺少统一社会信用代码 (uscc is empty)` });
  const measures: Record<string, number | null> = {};
  for (const { index, column } of columns.measures)
    measures[column.measure] = read(index, (c) => readMeasure(c, column), null);
  const enterprise: EvaluationEnterprise = {
    enterpriseId: uscc,
    uscc,
    name: cellText(at(identity.name)) || uscc,
    reportingUnitId: cellText(at(identity.reporting_unit)),
    industryCode: read(identity.industry_code, readIndustryCode, null),
    aboveScale: read(identity.above_scale, readFlag, null),
    inProduction: read(identity.in_production, readFlag, null),
    measures,
    parcels: read(identity.parcels, readParcels, []),
    facts: read(identity.facts, readFacts, []),
  };
  const year = read(identity.year, readYear, null);
  for (const { index, message } of problems.sort((a, b) => a.index - b.index))
    details.push({ path: cellPlace(row, index, headerLabel(header[index])), message });
  return { enterprise, year };
}

function resolveYear(years: { row: number; year: number }[], given: number | undefined, fileName: string): number {
  const distinct = [...new Set(years.map((y) => y.year))].sort();
  if (given !== undefined) {
    const other = years.filter((y) => y.year !== given);
    if (other.length > 0)
      throw invalid(
        fileName,
        `year 列与 --year ${given} 不同 (the year column differs from --year)`,
        other.map((y) => ({ path: `第 ${y.row} 行 (row ${y.row})`, message: `year ${y.year}` })),
      );
    return given;
  }
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length === 0)
    throw invalid(fileName, `没有年份：请给出 --year 或 year 列 (no year: give --year or a year column)`, []);
  throw invalid(fileName, `一个文件只能有一个年份，实际有 ${distinct.join('、')} (one year per file)`, []);
}

async function readTableFirms(bytes: Uint8Array, fileName: string, options: ReadFirmsOptions) {
  let grids;
  try {
    grids = await readWorkbook(bytes, fileName);
  } catch (error) {
    if (error instanceof ReaderError) throw invalid(fileName, error.message, []);
    throw error;
  }
  const rows = grids[0]?.rows ?? [];
  const header = rows[0] ?? [];
  const { columns, problems } = resolveFirmColumns(header, options.schemeMeasures ?? new Set());
  if (problems.length > 0) throw invalid(fileName, `表头有误 (the header row is wrong)`, problems);
  const details: AppErrorDetail[] = [];
  const enterprises: EvaluationEnterprise[] = [];
  const years: { row: number; year: number }[] = [];
  const firstRowOf = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cellText(cell) === '')) return;
    const { enterprise, year } = readRow(cells, row, columns, header, details);
    const earlier = firstRowOf.get(enterprise.uscc);
    if (enterprise.uscc !== '' && earlier !== undefined)
      details.push({
        path: cellPlace(row, columns.identity.uscc!, 'uscc'),
        message: `与第 ${earlier} 行重复 (same uscc as row ${earlier})`,
      });
    firstRowOf.set(enterprise.uscc, earlier ?? row);
    if (year !== null) years.push({ row, year });
    enterprises.push(enterprise);
  });
  if (details.length > 0) throw invalid(fileName, `${details.length} 处单元格有误 (bad cells)`, details);
  if (enterprises.length === 0) throw invalid(fileName, `没有企业行 (no firm rows)`, []);
  return { year: resolveYear(years, options.year, fileName), enterprises };
}

export async function readEvaluationFirms(
  bytes: Uint8Array,
  fileName: string,
  options: ReadFirmsOptions = {},
): Promise<EvaluationInputDocument> {
  return isJsonFile(bytes, fileName)
    ? readJsonFirms(bytes, fileName, options.year)
    : readTableFirms(bytes, fileName, options);
}
