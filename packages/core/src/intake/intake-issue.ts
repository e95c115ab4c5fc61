/**
 * The issue every intake step returns for a problem in the input: where it is (the 1-based sheet row as
 * Excel shows it, the header label or column letter), what it is (a code with a default severity) and a
 * bilingual message, Chinese first: `第 12 行 工业总产值 不是数字：“abc”` / `row 12, 工业总产值: not a number: "abc"`.
 * Problems in input are values: steps return lists of these and never throw for them.
 */
import type { BilingualName } from '../i18n/bilingual-name.ts';

export type IntakeIssueSeverity = 'error' | 'warning';

interface IssueTemplate {
  severity: IntakeIssueSeverity;
  /** Message templates; `{name}` is replaced by the value of that name. */
  zh: string;
  en: string;
}

const template = (severity: IntakeIssueSeverity, zh: string, en: string): IssueTemplate => ({ severity, zh, en });

export const INTAKE_ISSUE_TEMPLATES = {
  value_invalid: template('error', '不是数字：“{text}”', 'not a number: "{text}"'),
  value_negative: template('error', '不应为负数：{value}', 'must not be negative: {value}'),
  value_implausible: template('warning', '数值可疑：{value}（{reasonZh}）', 'implausible value {value} ({reasonEn})'),
  uscc_invalid: template('error', '统一社会信用代码无效：{code}（{reasonZh}）', 'invalid USCC {code} ({reasonEn})'),
  uscc_check_warning: template(
    'warning',
    '统一社会信用代码 {code} 校验未通过，请人工确认',
    'USCC {code} fails its check character; a person must confirm it',
  ),
  enterprise_unknown: template('warning', '企业未登记：{name}', 'enterprise not in the register: {name}'),
  industry_code_unknown: template('error', '未知行业代码：{code}', 'unknown industry code: {code}'),
  reporting_unit_unknown: template('error', '未知报送单位：{name}', 'unknown reporting unit: {name}'),
  period_missing: template('error', '未找到报告期', 'no reporting period found'),
  period_mismatch: template(
    'error',
    '文件报告期 {found} 与所选报告期 {expected} 不一致',
    "the file's period {found} differs from the chosen period {expected}",
  ),
  unit_unknown: template('error', '未知计量单位“{unit}”', 'unknown unit "{unit}"'),
  duplicate_row: template('error', '与第 {otherRow} 行重复（{key}）', 'duplicates row {otherRow} ({key})'),
  cumulative_decrease: template(
    'warning',
    '本年累计 {value} 小于上期累计 {previous}',
    'cumulative value {value} is below the previous cumulative {previous}',
  ),
  cumulative_below_month: template(
    'warning',
    '本年累计 {value} 小于当月 {month}',
    'cumulative value {value} is below the month value {month}',
  ),
  total_mismatch: template(
    'warning',
    '合计 {total} 与明细之和 {sum} 不一致（相差 {difference}）',
    'total {total} differs from the sum of the rows {sum} (by {difference})',
  ),
  required_column_missing: template('error', '缺少必需列：{columnsZh}', 'required columns missing: {columnsEn}'),
  base_missing: template('warning', '缺少上年同期数', 'no figure for the same period last year'),
  file_unreadable: template('error', '无法读取文件：{reason}', 'cannot read the file: {reason}'),
  table_not_found: template('error', '未找到可识别的表格：{reason}', 'no known table found: {reason}'),
  value_missing: template('error', '缺少{fieldZh}', '{fieldEn} is missing'),
  date_invalid: template('error', '不是有效日期：“{text}”', 'not a valid date: "{text}"'),
  pool_tier_unknown: template('error', '未知培育库类别：“{text}”', 'unknown cultivation pool tier: "{text}"'),
  construction_type_unknown: template('error', '未知建设性质：“{text}”', 'unknown construction type: "{text}"'),
  investment_above_planned: template(
    'warning',
    '累计完成投资 {completed} 元超过计划总投资 {planned} 元',
    'completed investment {completed} yuan exceeds the planned total {planned} yuan',
  ),
  start_before_signing: template(
    'warning',
    '实际开工日期 {start} 早于签约日期 {signing}',
    'construction started {start}, before the signing on {signing}',
  ),
} as const satisfies Record<string, IssueTemplate>;

export type IntakeIssueCode = keyof typeof INTAKE_ISSUE_TEMPLATES;

export const INTAKE_ISSUE_CODES = Object.keys(INTAKE_ISSUE_TEMPLATES) as IntakeIssueCode[];

export interface IntakeIssue {
  /** 1-based sheet row as Excel shows it; null when the issue concerns the whole file. */
  row: number | null;
  /** The header label or column letter; null when the issue concerns a whole row or file. */
  column: string | null;
  code: IntakeIssueCode;
  severity: IntakeIssueSeverity;
  message: BilingualName;
}

export interface IssueLocation {
  row: number | null;
  column: string | null;
}

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`intake issue message needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * The issue `code` at `where`, its message filled from `values`; `severity` overrides the code's default.
 * A placeholder without a value is a programming error and throws.
 */
export function intakeIssue(
  code: IntakeIssueCode,
  where: IssueLocation,
  values: Readonly<Record<string, string | number>> = {},
  severity: IntakeIssueSeverity = INTAKE_ISSUE_TEMPLATES[code].severity,
): IntakeIssue {
  const { zh, en } = INTAKE_ISSUE_TEMPLATES[code];
  const zhPlace = [where.row === null ? '' : `第 ${where.row} 行`, where.column ?? ''].filter(Boolean).join(' ');
  const enPlace = [where.row === null ? '' : `row ${where.row}`, where.column ?? ''].filter(Boolean).join(', ');
  return {
    ...where,
    code,
    severity,
    message: {
      zh: zhPlace === '' ? fill(zh, values) : `${zhPlace} ${fill(zh, values)}`,
      en: enPlace === '' ? fill(en, values) : `${enPlace}: ${fill(en, values)}`,
    },
  };
}

/** The issue's message as one line, Chinese first: `第 12 行 工业总产值 不是数字：“abc” (row 12, ...)`. */
export function formatIntakeIssue(issue: IntakeIssue): string {
  return `${issue.message.zh} (${issue.message.en})`;
}
