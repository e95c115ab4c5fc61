/**
 * Turns the rows of a detected register table (项目 lists, 培育库 lists, the land file's parcels) into plain
 * rows: identity (USCC checked where given, name, reporting unit text, industry code) and every other profile
 * column by its key — text as written, dates as YYYY-MM-DD (read-date-cell.ts), amounts converted to the
 * canonical unit of the column's unit (万元 → 元, m² → 亩). Totals, subtotals, blank and note rows are
 * skipped. A missing cell gives no field at all, never a 0 or an empty text. Row-level meaning (tiers,
 * construction types, milestone order) is the caller's (project-record.ts, pool-entry-record.ts).
 */
import { canonicalScaler } from '../intake/canonical-scaler.ts';
import { checkUsccFast } from '../intake/check-uscc-fast.ts';
import { rowClassifier } from '../intake/classify-row.ts';
import type { DetectedTable } from '../intake/detect-table.ts';
import { intakeIssue, type IntakeIssue } from '../intake/intake-issue.ts';
import { parseNumberCell } from '../intake/parse-number-cell.ts';
import type { CellValue, SheetGrid } from '../intake/sheet-grid.ts';
import type { SourceProfile } from '../intake/source-profile.ts';
import { CANONICAL_UNITS, findUnit } from '../units/index.ts';
import { readDateCell } from './read-date-cell.ts';

export interface RegisterRow {
  sheetRow: number;
  /** The USCC when the row gives a valid one; null when the cell is blank (allowed where not required). */
  uscc: string | null;
  usccWarning: string | null;
  name: string | null;
  reportingUnitText: string | null;
  industryCode: string | null;
  /** Other columns by profile key: text, a YYYY-MM-DD date, or an amount in canonical units. */
  fields: Record<string, string | number>;
}

export interface RegisterExtraction {
  rows: RegisterRow[];
  issues: IntakeIssue[];
  rowsTotal: number;
  rowsRejected: number;
  /** The header label of each profile column found, by key (for naming columns in later issues). */
  labels: Record<string, string>;
}

const text = (value: CellValue | undefined): string | null => {
  if (value === null || value === undefined) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
};

export function extractRegisterRows(grid: SheetGrid, table: DetectedTable, profile: SourceProfile): RegisterExtraction {
  const roleOf = new Map(profile.columns.map((column) => [column.key, column.role]));
  const defaultUnitOf = new Map(profile.columns.map((column) => [column.key, column.defaultUnit]));
  const columnOf = (role: string) => table.columns.find((column) => roleOf.get(column.key) === role);
  const identity = {
    uscc: columnOf('uscc'),
    name: columnOf('enterprise_name'),
    unit: columnOf('reporting_unit'),
    industry: columnOf('industry_code'),
  };
  const usccRequired = profile.columns.some((column) => column.role === 'uscc' && column.required);
  const identityRoles = new Set(['uscc', 'enterprise_name', 'reporting_unit', 'industry_code']);
  const others = table.columns.filter((column) => !identityRoles.has(roleOf.get(column.key) ?? ''));
  const classify = rowClassifier([identity.uscc, identity.name].flatMap((column) => (column ? [column.index] : [])));
  const labels = Object.fromEntries(table.columns.map((column) => [column.key, column.label]));
  const rows: RegisterRow[] = [];
  const issues: IntakeIssue[] = [...table.issues];
  let rowsTotal = 0;
  let rowsRejected = 0;

  for (let index = table.dataStartRow; index < grid.rows.length; index++) {
    const row = grid.rows[index] ?? [];
    const sheetRow = index + 1;
    if (classify(row) !== 'data') continue;
    rowsTotal++;
    const rowIssues: IntakeIssue[] = [];
    const usccText = identity.uscc ? text(row[identity.uscc.index]) : null;
    let uscc: string | null = null;
    let usccWarning: string | null = null;
    if (usccText !== null || usccRequired) {
      const check = checkUsccFast(usccText ?? '');
      const where = { row: sheetRow, column: identity.uscc?.label ?? null };
      if (!check.valid) {
        const reason = check.reason ?? '';
        rowIssues.push(
          intakeIssue('uscc_invalid', where, { code: usccText ?? '—', reasonZh: reason, reasonEn: reason }),
        );
      } else {
        uscc = check.code;
        usccWarning = check.warning;
        if (check.warning) rowIssues.push(intakeIssue('uscc_check_warning', where, { code: check.code }));
      }
    }
    const fields: Record<string, string | number> = {};
    for (const column of others) {
      const cell = row[column.index];
      const where = { row: sheetRow, column: column.label };
      const role = roleOf.get(column.key);
      if (role === 'date') {
        const date = readDateCell(cell);
        if (date.kind === 'date') fields[column.key] = date.value;
        else if (date.kind === 'invalid') rowIssues.push(intakeIssue('date_invalid', where, { text: date.text }));
      } else if (role === 'amount' || role === 'measure_current') {
        const parsed = parseNumberCell(cell ?? null);
        if (parsed.kind === 'invalid') rowIssues.push(intakeIssue('value_invalid', where, { text: parsed.text }));
        if (parsed.kind !== 'number') continue;
        if (parsed.value < 0) {
          rowIssues.push(intakeIssue('value_negative', where, { value: parsed.value }));
          continue;
        }
        const unitText = column.unit ?? defaultUnitOf.get(column.key) ?? null;
        const unit = unitText === null ? undefined : findUnit(unitText);
        if (!unit) {
          rowIssues.push(intakeIssue('unit_unknown', where, { unit: unitText ?? '—' }));
          continue;
        }
        fields[column.key] = canonicalScaler(unit.code, CANONICAL_UNITS[unit.dimension])(parsed.value);
      } else {
        const value = text(cell);
        if (value !== null) fields[column.key] = value;
      }
    }
    issues.push(...rowIssues);
    if (rowIssues.some((issue) => issue.severity === 'error')) {
      rowsRejected++;
      continue;
    }
    rows.push({
      sheetRow,
      uscc,
      usccWarning,
      name: identity.name ? text(row[identity.name.index]) : null,
      reportingUnitText: identity.unit ? text(row[identity.unit.index]) : null,
      industryCode: identity.industry ? text(row[identity.industry.index]) : null,
      fields,
    });
  }
  return { rows, issues, rowsTotal, rowsRejected, labels };
}
