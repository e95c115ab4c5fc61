/** Every issue of a report: severity, row, column, code and the bilingual message, sortable and exportable. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { SEVERITY } from './import-labels.ts';
import type { ImportIssue } from './import-types.ts';

export function IssueTable({ issues, exportName }: { issues: ImportIssue[]; exportName: string }) {
  const { t, name } = useLanguage();
  const columns: Column<ImportIssue>[] = [
    {
      key: 'severity',
      header: t('级别', 'Severity'),
      value: (issue) => name(SEVERITY[issue.severity]),
      render: (issue) => (
        <span className={`badge ${issue.severity === 'error' ? 'red' : 'orange'}`}>
          {name(SEVERITY[issue.severity])}
        </span>
      ),
    },
    { key: 'row', header: t('行', 'Row'), value: (issue) => issue.row, align: 'right' },
    { key: 'column', header: t('列', 'Column'), value: (issue) => issue.column },
    { key: 'code', header: t('代码', 'Code'), value: (issue) => issue.code },
    {
      key: 'message',
      header: t('说明', 'Message'),
      value: (issue) => issue.message,
      render: (issue) => <span className="issue-message">{issue.message}</span>,
    },
  ];
  return (
    <DataTable
      rows={issues}
      columns={columns}
      rowKey={(issue) => `${issue.row}|${issue.column}|${issue.code}|${issue.message}`}
      caption={t('问题清单', 'Issues')}
      exportName={exportName}
    />
  );
}
