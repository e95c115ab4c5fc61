/**
 * Turns the rows of a detected table into records: identity (USCC checked, name, reporting unit text,
 * industry code, account number) and measure values converted to canonical units, with the issues of each
 * row. Totals are checked against the rows, not imported; blank, note, 小计 and 其中 rows are skipped.
 * Missing cells give no value at all — never a 0.
 */
import { getMeasure } from '../measure/measure-catalogue.ts';
import { CANONICAL_UNITS, findUnit } from '../units/index.ts';
import { canonicalScaler } from './canonical-scaler.ts';
import { checkFileTotal } from './check-file-total.ts';
import { checkUsccFast } from './check-uscc-fast.ts';
import { rowClassifier } from './classify-row.ts';
import type { DetectedColumn, DetectedTable } from './detect-table.ts';
import { intakeIssue, type IntakeIssue } from './intake-issue.ts';
import { parseNumberCell } from './parse-number-cell.ts';
import { readPlainDecimal, scalePlainDecimal } from './plain-decimal.ts';
import type { CellValue, SheetGrid } from './sheet-grid.ts';
import type { ProfileColumn, SourceProfile } from './source-profile.ts';

export interface ExtractedValue {
  measure: string;
  /** Canonical units; for measure_month columns the value of the month itself. */
  value: number;
  /** 上年同期 in canonical units, where the file gives it. */
  base: number | null;
}

export interface ExtractedRecord {
  sheetRow: number;
  uscc: string;
  usccWarning: string | null;
  name: string | null;
  reportingUnitText: string | null;
  industryCode: string | null;
  accountNumber: string | null;
  values: ExtractedValue[];
  /** How many sheet rows this record stands for (several power accounts of one enterprise make one record). */
  rowCount: number;
}

export interface Extraction {
  records: ExtractedRecord[];
  issues: IntakeIssue[];
  rowsTotal: number;
  rowsRejected: number;
}

/** Measures whose values may be negative (a loss). */
const signedMeasures = new Set(['total_profit']);
const implausibleMoney = 1e12;

const text = (value: CellValue | undefined): string | null => {
  if (value === null || value === undefined) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
};

const decimalsOf = (value: CellValue | undefined): number => {
  const match = /\.(\d+)/.exec(String(value ?? '').replace(/,/g, ''));
  return match ? match[1]!.length : 0;
};

const unitCache = new Map<string, ReturnType<typeof findUnit>>();
/** Units are resolved once per spelling, not once per cell. */
function findUnitCached(text: string) {
  if (!unitCache.has(text)) unitCache.set(text, findUnit(text));
  return unitCache.get(text);
}

interface MeasureColumn {
  column: DetectedColumn;
  profile: ProfileColumn;
}

/**
 * Reads one measure cell: its canonical value, or an issue, or nothing when the cell is empty; with the
 * number of decimals it was written with (for the file-total check).
 */
function readMeasureCell(
  cell: CellValue | undefined,
  { column, profile }: MeasureColumn,
  sheetRow: number,
  measureCode: string,
) {
  const where = { row: sheetRow, column: column.label };
  // A plain decimal is read once and its digits kept for the conversion (parseNumberCell gives the same).
  const written = typeof cell === 'string' ? readPlainDecimal(cell) : undefined;
  const decimals = written ? written.fractionDigits : decimalsOf(cell);
  const parsed = written
    ? { kind: 'number' as const, value: scalePlainDecimal(written)! }
    : parseNumberCell(cell ?? null);
  if (parsed.kind === 'missing') return { raw: null, value: null, issue: null, decimals };
  if (parsed.kind === 'invalid')
    return { raw: null, value: null, issue: intakeIssue('value_invalid', where, { text: parsed.text }), decimals };
  const measure = getMeasure(measureCode);
  if (!measure) throw new Error(`profile column ${profile.key} names an unknown measure ${measureCode}`);
  if (parsed.value < 0 && !signedMeasures.has(measure.code)) {
    return {
      raw: parsed.value,
      value: null,
      issue: intakeIssue('value_negative', where, { value: parsed.value }),
      decimals,
    };
  }
  const unitText = column.unit ?? profile.defaultUnit;
  const unit = unitText === null ? undefined : findUnitCached(unitText);
  if (!unit || unit.dimension !== measure.dimension) {
    return {
      raw: parsed.value,
      value: null,
      issue: intakeIssue('unit_unknown', where, { unit: unitText ?? '—' }),
      decimals,
    };
  }
  const value = canonicalScaler(unit.code, CANONICAL_UNITS[measure.dimension])(parsed.value, written);
  const issue =
    measure.dimension === 'money' && Math.abs(value) >= implausibleMoney
      ? intakeIssue('value_implausible', where, {
          value: parsed.value,
          reasonZh: '单个企业超过1万亿元',
          reasonEn: 'over 1 trillion yuan for one firm',
        })
      : null;
  return { raw: parsed.value, value, issue, decimals };
}

export function extractRecords(grid: SheetGrid, table: DetectedTable, profile: SourceProfile): Extraction {
  const byKey = new Map(profile.columns.map((column) => [column.key, column]));
  const columnOf = (role: ProfileColumn['role']) =>
    table.columns.find((column) => byKey.get(column.key)?.role === role);
  const identity = {
    uscc: columnOf('uscc'),
    name: columnOf('enterprise_name'),
    unit: columnOf('reporting_unit'),
    industry: columnOf('industry_code'),
    account: columnOf('account_number'),
    selector: columnOf('measure_selector'),
  };
  const measureByText = identity.selector ? (byKey.get(identity.selector.key)?.measureByText ?? {}) : {};
  const measureColumns = (roles: ProfileColumn['role'][]): MeasureColumn[] =>
    table.columns.flatMap((column) => {
      const profileColumn = byKey.get(column.key);
      return profileColumn && roles.includes(profileColumn.role) ? [{ column, profile: profileColumn }] : [];
    });
  const currents = measureColumns(['measure_current', 'measure_month']);
  const bases = new Map(measureColumns(['measure_base']).map((entry) => [entry.profile.measure, entry]));
  const identityIndexes = [identity.uscc, identity.name].flatMap((column) => (column ? [column.index] : []));

  const records: ExtractedRecord[] = [];
  const issues: IntakeIssue[] = [...table.issues];
  const firstRowOf = new Map<string, number>();
  const rawColumns = new Map<number, { values: (number | null)[]; decimals: number }>();
  let rowsTotal = 0;
  let rowsRejected = 0;
  const totalRows: { row: CellValue[]; sheetRow: number }[] = [];
  /** Keeps each measure column's raw values (file units) for checking the file's own total row. */
  const remember = (columnIndex: number, { raw, decimals }: { raw: number | null; decimals: number }) => {
    let seen = rawColumns.get(columnIndex);
    if (!seen) rawColumns.set(columnIndex, (seen = { values: [], decimals: 0 }));
    seen.values.push(raw);
    if (decimals > seen.decimals) seen.decimals = decimals;
  };
  const classify = rowClassifier(identityIndexes);

  for (let index = table.dataStartRow; index < grid.rows.length; index++) {
    const row = grid.rows[index] ?? [];
    const sheetRow = index + 1;
    const kind = classify(row);
    if (kind === 'total') {
      totalRows.push({ row, sheetRow });
      continue;
    }
    if (kind !== 'data') continue;
    rowsTotal++;
    const rowIssues: IntakeIssue[] = [];
    const usccText = identity.uscc ? text(row[identity.uscc.index]) : null;
    const check = checkUsccFast(usccText ?? '');
    const usccWhere = { row: sheetRow, column: identity.uscc?.label ?? null };
    if (!check.valid)
      rowIssues.push(
        intakeIssue('uscc_invalid', usccWhere, {
          code: usccText ?? '—',
          reasonZh: check.reason ?? '',
          reasonEn: check.reason ?? '',
        }),
      );
    else if (check.warning) rowIssues.push(intakeIssue('uscc_check_warning', usccWhere, { code: check.code }));
    // One enterprise may hold several power accounts (户号): then the account is the row's key.
    const account = identity.account ? text(row[identity.account.index]) : null;
    const selectorText = identity.selector ? text(row[identity.selector.index]) : null;
    const rowKey =
      account === null && selectorText === null
        ? check.code
        : [check.code, account, selectorText].filter((part) => part !== null).join('/');
    const selected = selectorText === null ? undefined : measureByText[selectorText.replace(/\s+/g, '')];
    if (identity.selector && selected === undefined) {
      rowIssues.push(
        intakeIssue('value_invalid', { row: sheetRow, column: identity.selector.label }, { text: selectorText ?? '' }),
      );
    }
    const earlier = check.valid ? firstRowOf.get(rowKey) : undefined;
    if (earlier !== undefined)
      rowIssues.push(intakeIssue('duplicate_row', { row: sheetRow, column: null }, { otherRow: earlier, key: rowKey }));
    else if (check.valid) firstRowOf.set(rowKey, sheetRow);

    const values: ExtractedValue[] = [];
    for (const entry of currents) {
      const measureCode = entry.profile.measure ?? selected;
      if (measureCode === undefined) continue;
      const cell = readMeasureCell(row[entry.column.index], entry, sheetRow, measureCode);
      remember(entry.column.index, cell);
      if (cell.issue) rowIssues.push(cell.issue);
      const baseEntry = bases.get(entry.profile.measure);
      const base = baseEntry ? readMeasureCell(row[baseEntry.column.index], baseEntry, sheetRow, measureCode) : null;
      if (baseEntry && base) {
        remember(baseEntry.column.index, base);
        if (base.issue) rowIssues.push(base.issue);
        else if (base.value === null && cell.value !== null) {
          rowIssues.push(intakeIssue('base_missing', { row: sheetRow, column: baseEntry.column.label }));
        }
      }
      if (cell.value === null) continue;
      values.push({ measure: measureCode, value: cell.value, base: base?.value ?? null });
    }
    issues.push(...rowIssues);
    if (rowIssues.some((issue) => issue.severity === 'error')) {
      rowsRejected++;
      continue;
    }
    records.push({
      sheetRow,
      uscc: check.code,
      usccWarning: check.warning,
      name: identity.name ? text(row[identity.name.index]) : null,
      reportingUnitText: identity.unit ? text(row[identity.unit.index]) : null,
      industryCode: identity.industry ? text(row[identity.industry.index]) : null,
      accountNumber: account,
      values,
      rowCount: 1,
    });
  }
  // A 合计 row is checked against all data rows, wherever it stands (the bureau puts it on top).
  for (const { row, sheetRow } of totalRows) {
    for (const entry of [...currents, ...bases.values()]) {
      const total = parseNumberCell(row[entry.column.index] ?? null);
      const seen = rawColumns.get(entry.column.index);
      if (total.kind !== 'number' || !seen) continue;
      const issue = checkFileTotal({
        values: seen.values,
        total: total.value,
        decimals: seen.decimals,
        row: sheetRow,
        column: entry.column.label,
      });
      if (issue) issues.push(issue);
    }
  }
  return { records: identity.account ? mergeAccounts(records) : records, issues, rowsTotal, rowsRejected };
}

/** Adds up the accounts of one enterprise into one record (values and bases summed per measure). */
function mergeAccounts(records: readonly ExtractedRecord[]): ExtractedRecord[] {
  const byUscc = new Map<string, ExtractedRecord>();
  for (const record of records) {
    const merged = byUscc.get(record.uscc);
    if (!merged) {
      byUscc.set(record.uscc, { ...record, values: record.values.map((value) => ({ ...value })) });
      continue;
    }
    merged.accountNumber = [merged.accountNumber, record.accountNumber].filter(Boolean).join(',');
    merged.rowCount += record.rowCount;
    for (const value of record.values) {
      const same = merged.values.find((candidate) => candidate.measure === value.measure);
      if (!same) merged.values.push({ ...value });
      else {
        same.value = addExactly(same.value, value.value);
        same.base =
          same.base === null || value.base === null ? (same.base ?? value.base) : addExactly(same.base, value.base);
      }
    }
  }
  return [...byUscc.values()];
}

/** a + b without binary noise for decimal inputs (10.1 + 20.2 = 30.3): 15 significant digits. */
function addExactly(a: number, b: number): number {
  return Number((a + b).toPrecision(15));
}
