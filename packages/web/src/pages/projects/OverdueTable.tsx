/** The projects with an overdue milestone, most late first: the milestone, its planned date and the days late. */
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { MILESTONE_NAMES, projectPath } from './project-labels.ts';
import type { OverdueProject } from './project-types.ts';

export function OverdueTable({
  rows,
  year,
  month,
  unitName,
}: {
  rows: readonly OverdueProject[];
  year: number;
  month: number;
  unitName: (id: string) => string;
}) {
  const { t, name } = useLanguage();
  const columns: Column<OverdueProject>[] = [
    {
      key: 'name',
      header: t('项目', 'Project'),
      value: (row) => row.name,
      render: (row) => <Link to={projectPath(row.code, year, month)}>{row.name}</Link>,
    },
    { key: 'enterprise', header: t('项目单位', 'Company'), value: (row) => row.enterpriseName },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnitId) },
    { key: 'milestone', header: t('逾期节点', 'Milestone'), value: (row) => name(MILESTONE_NAMES[row.milestone]) },
    { key: 'planned', header: t('计划日期', 'Planned'), value: (row) => row.planned },
    {
      key: 'days',
      header: t('逾期天数', 'Days late'),
      value: (row) => row.daysLate,
      render: (row) => <span className={row.daysLate > 90 ? 'badge red' : 'badge orange'}>{count(row.daysLate)}</span>,
      align: 'right',
    },
    {
      key: 'others',
      header: t('逾期节点数', 'Overdue milestones'),
      value: (row) => row.overdueMilestones.length,
      align: 'right',
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(row) => row.code}
      caption={t('逾期项目', 'Overdue projects')}
      exportName={`逾期项目_${year}`}
      initialSort={{ key: 'days', direction: 'desc' }}
    />
  );
}
