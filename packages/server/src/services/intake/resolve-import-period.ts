/**
 * The period a file covers: the one the user chose, else the one its title (or file name) states. A
 * monthly report's period is its last month (1–10月 → month 10); an annual file's month is 0. A choice that
 * contradicts the title is an error, as is no period at all.
 */
import { intakeIssue, parsePeriodText, type IntakeIssue, type PeriodText, type SourceProfile } from '@observatory/core';

export interface ImportPeriod {
  year: number;
  /** 1–12, or 0 for annual sources. */
  month: number;
}

function fromText(text: PeriodText | null, profile: SourceProfile): ImportPeriod | null {
  if (!text) return null;
  if ('annual' in text) return profile.periodicity === 'annual' ? { year: text.year, month: 0 } : null;
  return profile.periodicity === 'annual' ? { year: text.year, month: 0 } : { year: text.year, month: text.toMonth };
}

const label = (period: ImportPeriod) =>
  period.month === 0 ? `${period.year}年` : `${period.year}-${String(period.month).padStart(2, '0')}`;

export function resolveImportPeriod(
  profile: SourceProfile,
  titlePeriod: PeriodText | null,
  fileName: string,
  chosen: ImportPeriod | undefined,
): { period: ImportPeriod | null; issues: IntakeIssue[] } {
  const stated = fromText(titlePeriod, profile) ?? fromText(parsePeriodText(fileName), profile);
  const wanted = chosen && profile.periodicity === 'annual' ? { year: chosen.year, month: 0 } : chosen;
  if (wanted && stated && (wanted.year !== stated.year || wanted.month !== stated.month)) {
    return {
      period: null,
      issues: [
        intakeIssue('period_mismatch', { row: null, column: null }, { found: label(stated), expected: label(wanted) }),
      ],
    };
  }
  const period = wanted ?? stated;
  if (!period) return { period: null, issues: [intakeIssue('period_missing', { row: null, column: null })] };
  return { period, issues: [] };
}
