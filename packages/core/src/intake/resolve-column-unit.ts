/**
 * The unit a detected column's figures are in, first found wins:
 * 1. the header's own unit (`工业总产值(万元)`, a `万元` units row) — for any column;
 * 2. the sheet's unit line (`单位：万元`) — for measure columns (measure_current, measure_month,
 *    measure_base) and register amounts only, and only when the profile's defaultUnit is absent or of the same dimension, so that
 *    `单位：万元` never turns a 从业人员 column (default 人) into money;
 * 3. the profile's defaultUnit (a unit code or any spelling findUnit knows);
 * 4. none (null): identity and text columns.
 * A header or profile unit that the units catalogue does not know gives unit null and a unit_unknown issue;
 * an unknown unit line is the caller's to report once (it passes lineUnit null then).
 */
import { findUnit, type Unit, type UnitCode } from '../units/index.ts';
import { intakeIssue, type IntakeIssue } from './intake-issue.ts';
import type { ProfileColumn } from './source-profile.ts';

export type UnitSource = 'header' | 'unit_line' | 'profile';

export interface ColumnUnit {
  unit: UnitCode | null;
  source: UnitSource | null;
  issue: IntakeIssue | null;
}

export interface ColumnUnitInput {
  column: Pick<ProfileColumn, 'role' | 'defaultUnit'>;
  /** The composed header label, to name the column in an issue. */
  label: string;
  /** The unit the header states, as written, or null. */
  headerUnit: string | null;
  /** 1-based sheet row of the header, for an issue about the header's unit. */
  headerRow: number;
  /** The unit of the sheet's unit line when there is one and it is known. */
  lineUnit: Unit | null;
}

const MEASURE_ROLES: ReadonlySet<ProfileColumn['role']> = new Set([
  'measure_current',
  'measure_month',
  'measure_base',
  'amount',
]);

function unknown(unit: string, row: number | null, column: string, source: UnitSource): ColumnUnit {
  return { unit: null, source, issue: intakeIssue('unit_unknown', { row, column }, { unit }) };
}

/** The unit of one detected column, where it came from, and an issue when a stated unit is unknown. */
export function resolveColumnUnit({ column, label, headerUnit, headerRow, lineUnit }: ColumnUnitInput): ColumnUnit {
  if (headerUnit !== null) {
    const unit = findUnit(headerUnit);
    return unit === undefined
      ? unknown(headerUnit, headerRow, label, 'header')
      : { unit: unit.code, source: 'header', issue: null };
  }
  const defaultUnit = column.defaultUnit === null ? undefined : findUnit(column.defaultUnit);
  if (lineUnit !== null && MEASURE_ROLES.has(column.role)) {
    if (column.defaultUnit === null || defaultUnit?.dimension === lineUnit.dimension) {
      return { unit: lineUnit.code, source: 'unit_line', issue: null };
    }
  }
  if (column.defaultUnit === null) return { unit: null, source: null, issue: null };
  return defaultUnit === undefined
    ? unknown(column.defaultUnit, null, label, 'profile')
    : { unit: defaultUnit.code, source: 'profile', issue: null };
}
