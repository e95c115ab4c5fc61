/** The warnings as a table: severity badge, subject, message, period, status; "处理" opens one for handling. */
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { kindLabel, SEVERITIES, severityOrder, shortTime, STATUSES, subjectKindLabel } from './warning-labels.ts';
import type { Warning } from './warning-types.ts';
import { registerSubjectLabel, warningSubjectLink } from './warning-subject-link.ts';

export function WarningTable({
  warnings,
  unitName,
  onOpen,
}: {
  warnings: Warning[];
  unitName: (id: string | null) => string;
  onOpen: (warning: Warning) => void;
}) {
  const { t, name, language } = useLanguage();
  const subjectLabel = (w: Warning) => registerSubjectLabel(w.kind) ?? subjectKindLabel(w.subject.kind);
  const columns: Column<Warning>[] = [
    {
      key: 'severity',
      header: t('级别', 'Severity'),
      value: (w) => severityOrder(w.severity),
      exportValue: (w) => name(SEVERITIES[w.severity]),
      render: (w) => <span className={`badge ${w.severity}`}>{name(SEVERITIES[w.severity])}</span>,
    },
    {
      key: 'subject',
      header: t('对象', 'Subject'),
      value: (w) => `${name(subjectLabel(w))} ${name(w.subject.name)}`,
      render: (w) => {
        const link = warningSubjectLink(w);
        return (
          <span className="warning-subject">
            <span className="muted">{name(subjectLabel(w))}</span>{' '}
            {link ? <Link to={link}>{name(w.subject.name)}</Link> : name(w.subject.name)}
          </span>
        );
      },
    },
    { key: 'kind', header: t('类型', 'Kind'), value: (w) => name(kindLabel(w.kind)) },
    {
      key: 'message',
      header: t('预警内容', 'Message'),
      value: (w) => name(w.message),
      render: (w) => <span className="warning-message">{name(w.message)}</span>,
    },
    {
      key: 'period',
      header: t('期别', 'Period'),
      value: (w) => w.period,
      render: (w) => cumulativePeriod(w.period, language),
    },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (w) => unitName(w.reportingUnitId) },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (w) => name(STATUSES[w.status]),
      render: (w) => <span className={`status-${w.status}`}>{name(STATUSES[w.status])}</span>,
    },
    { key: 'openedAt', header: t('发现时间', 'Opened'), value: (w) => shortTime(w.openedAt) },
    {
      key: 'action',
      header: t('操作', 'Action'),
      value: () => null,
      sortable: false,
      render: (w) => (
        <button
          type="button"
          className="link"
          aria-label={
            w.status === 'closed' ? t(`查看 #${w.id}`, `View #${w.id}`) : t(`处理 #${w.id}`, `Handle #${w.id}`)
          }
          onClick={() => onOpen(w)}
        >
          {w.status === 'closed' ? t('查看', 'View') : t('处理', 'Handle')}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      rows={warnings}
      columns={columns}
      rowKey={(w) => String(w.id)}
      caption={t('预警清单', 'Warnings')}
      exportName="warnings"
    />
  );
}
