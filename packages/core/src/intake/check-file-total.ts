/**
 * Does a file's own total row (合计) agree with the sum of its data rows in one measure column? They agree
 * when they differ by at most half a unit of the column's last displayed decimal (decimals 1 → 0.05,
 * decimals 0 → 0.5), the rounding a correct total can show; a disagreement is a total_mismatch warning
 * stating both figures and the difference. Missing values (null) are left out of the sum, never counted as 0.
 * The sum is compensated (Neumaier), and the tolerance allows for the rounding of binary floating point.
 */
import { intakeIssue, type IntakeIssue } from './intake-issue.ts';

export interface FileTotalCheck {
  /** The column's values in the data rows; null for a missing value. */
  values: readonly (number | null)[];
  /** The value of the total row in the same column. */
  total: number;
  /** How many decimals the column displays (0, 1, 2 ...). */
  decimals: number;
  /** 1-based sheet row of the total row, for the issue. */
  row: number | null;
  /** The column's header label or letter, for the issue. */
  column: string | null;
}

/** Σ values by Neumaier's compensated summation, and Σ |values| for the rounding allowance. */
function compensatedSum(values: readonly number[]): { sum: number; magnitude: number } {
  let sum = 0;
  let compensation = 0;
  let magnitude = 0;
  for (const value of values) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
    magnitude += Math.abs(value);
  }
  return { sum: sum + compensation, magnitude };
}

/** Null when the total agrees with the rows; otherwise the total_mismatch issue. */
export function checkFileTotal({ values, total, decimals, row, column }: FileTotalCheck): IntakeIssue | null {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, not ${decimals}`);
  }
  const { sum, magnitude } = compensatedSum(values.filter((value): value is number => value !== null));
  const tolerance = 0.5 * 10 ** -decimals;
  const floatingAllowance = 8 * Number.EPSILON * (magnitude + Math.abs(total));
  const difference = total - sum;
  if (Math.abs(difference) <= tolerance + floatingAllowance) return null;
  return intakeIssue(
    'total_mismatch',
    { row, column },
    { total: total.toFixed(decimals), sum: sum.toFixed(decimals), difference: difference.toFixed(decimals) },
  );
}
