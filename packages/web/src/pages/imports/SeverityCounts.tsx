/** The counts of a report: rows read, accepted and refused, errors and warnings. */
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { ImportIssue, RowCounts } from './import-types.ts';

export function SeverityCounts({ rows, issues }: { rows: RowCounts; issues: ImportIssue[] }) {
  const { t } = useLanguage();
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const items: { label: string; value: number; tone?: string }[] = [
    { label: t('数据行', 'Data rows'), value: rows.total },
    { label: t('接收行', 'Rows accepted'), value: rows.accepted },
    { label: t('拒收行', 'Rows refused'), value: rows.rejected },
    { label: t('错误', 'Errors'), value: errors, tone: errors > 0 ? 'error-text' : undefined },
    { label: t('提示', 'Warnings'), value: warnings, tone: warnings > 0 ? 'warn-text' : undefined },
  ];
  return (
    <div className="kpis import-counts">
      {items.map((item) => (
        <div key={item.label} className="kpi">
          <div className="label">{item.label}</div>
          <div className={`value ${item.tone ?? ''}`}>{count(item.value)}</div>
        </div>
      ))}
    </div>
  );
}
