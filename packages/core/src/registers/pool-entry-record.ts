/**
 * The rows of a cultivation-pool list (企业培育库) as pool entries: the enterprise (USCC required), its tier
 * from the fixed vocabulary, entry date (required), valid until (default: three years after entry), the
 * designating document and the level (the 级别 column, else what the document's issuer implies). An unknown
 * tier, a missing entry date or the same enterprise twice in one tier is an error.
 */
import { intakeIssue, type IntakeIssue } from '../intake/intake-issue.ts';
import type { RegisterExtraction, RegisterRow } from './extract-register-rows.ts';
import { poolLevelOf, poolLevelOfDocument, poolTierOf, type PoolLevel, type PoolTier } from './pool-tier.ts';

export interface PoolEntryRecord {
  sheetRow: number;
  uscc: string;
  usccWarning: string | null;
  enterpriseName: string | null;
  reportingUnitText: string | null;
  tier: PoolTier;
  tierText: string;
  entryDate: string;
  validUntil: string;
  document: string | null;
  level: PoolLevel | null;
}

/** Default validity of a designation (DOMAIN.md §6: often three years). */
export const POOL_VALIDITY_YEARS = 3;

/** The day before the same date `years` later (2024-03-05 + 3 years → 2027-03-04); 29 Feb counts from 1 Mar. */
export function validUntilOf(entryDate: string, years = POOL_VALIDITY_YEARS): string {
  const [year, month, day] = entryDate.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year + years, month - 1, day) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

const textOf = (row: RegisterRow, key: string) => {
  const value = row.fields[key];
  return value === undefined ? null : String(value);
};

function toRecord(row: RegisterRow, label: (key: string) => string | null): [PoolEntryRecord | null, IntakeIssue[]] {
  const issues: IntakeIssue[] = [];
  const where = (key: string) => ({ row: row.sheetRow, column: label(key) });
  const tierText = textOf(row, 'tier');
  const tier = tierText === null ? null : poolTierOf(tierText);
  if (tierText === null)
    issues.push(intakeIssue('value_missing', where('tier'), { fieldZh: '培育库类别', fieldEn: 'pool tier' }));
  else if (tier === null) issues.push(intakeIssue('pool_tier_unknown', where('tier'), { text: tierText }));
  const entryDate = textOf(row, 'entry_date');
  if (entryDate === null)
    issues.push(intakeIssue('value_missing', where('entry_date'), { fieldZh: '入库日期', fieldEn: 'entry date' }));
  const levelText = textOf(row, 'level');
  const level = levelText === null ? null : poolLevelOf(levelText);
  if (levelText !== null && level === null)
    issues.push(intakeIssue('value_invalid', where('level'), { text: levelText }));
  const document = textOf(row, 'document');
  if (row.uscc === null || tier === null || tierText === null || entryDate === null || issues.length > 0)
    return [null, issues];
  return [
    {
      sheetRow: row.sheetRow,
      uscc: row.uscc,
      usccWarning: row.usccWarning,
      enterpriseName: row.name,
      reportingUnitText: row.reportingUnitText,
      tier,
      tierText,
      entryDate,
      validUntil: textOf(row, 'valid_until') ?? validUntilOf(entryDate),
      document,
      level: level ?? (document === null ? null : poolLevelOfDocument(document)),
    },
    issues,
  ];
}

/** Pool entries of an extraction, with the issues of each row; a row with an error is left out and counted. */
export function poolEntryRecords(extraction: RegisterExtraction) {
  const label = (key: string) => extraction.labels[key] ?? null;
  const records: PoolEntryRecord[] = [];
  const issues: IntakeIssue[] = [];
  const firstRowOf = new Map<string, number>();
  let rowsRejected = 0;
  for (const row of extraction.rows) {
    const [record, rowIssues] = toRecord(row, label);
    const key = record ? `${record.uscc}/${record.tier}` : '';
    const earlier = record ? firstRowOf.get(key) : undefined;
    if (earlier !== undefined)
      rowIssues.push(intakeIssue('duplicate_row', { row: row.sheetRow, column: null }, { otherRow: earlier, key }));
    issues.push(...rowIssues);
    if (!record || earlier !== undefined) {
      rowsRejected++;
      continue;
    }
    firstRowOf.set(key, row.sheetRow);
    records.push(record);
  }
  return { records, issues, rowsRejected };
}
