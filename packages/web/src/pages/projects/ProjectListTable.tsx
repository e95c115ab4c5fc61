/** Every project of the summary: unit, cluster, 技改, investment, 完成率 and start; a row opens the project. */
import { Link, navigate } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { projectPath } from './project-labels.ts';
import { RateBar } from './RateBar.tsx';
import type { ProjectRow } from './project-types.ts';

export function ProjectListTable({
  rows,
  year,
  month,
  unitName,
  clusterName,
}: {
  rows: readonly ProjectRow[];
  year: number;
  month: number;
  unitName: (id: string) => string;
  clusterName: (id: string | null) => string;
}) {
  const { t, language } = useLanguage();
  const open = (row: ProjectRow) => projectPath(row.code, year, month);
  const columns: Column<ProjectRow>[] = [
    {
      key: 'name',
      header: t('项目名称', 'Project'),
      value: (row) => row.name,
      render: (row) => <Link to={open(row)}>{row.name}</Link>,
    },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnitId) },
    { key: 'cluster', header: t('集群', 'Cluster'), value: (row) => clusterName(row.clusterId) },
    {
      key: 'renovation',
      header: t('技改', 'Renovation'),
      value: (row) =>
        row.technicalRenovation === null ? null : row.technicalRenovation ? t('是', 'yes') : t('否', 'no'),
      align: 'center',
    },
    {
      key: 'total',
      header: t('计划总投资', 'Planned total'),
      value: (row) => row.plannedTotalYuan,
      render: (row) => money(row.plannedTotalYuan, language),
      align: 'right',
    },
    {
      key: 'year',
      header: t('本年完成', 'This year'),
      value: (row) => row.yearCompletedYuan,
      render: (row) => money(row.yearCompletedYuan, language),
      align: 'right',
    },
    {
      key: 'rate',
      header: t('年度完成率', 'Completion'),
      value: (row) => row.annualCompletionRate,
      render: (row) => <RateBar value={row.annualCompletionRate} label={`${row.name} ${t('完成率', 'completion')}`} />,
    },
    { key: 'start', header: t('实际开工', 'Started'), value: (row) => row.startActual },
    {
      key: 'overdue',
      header: t('逾期', 'Overdue'),
      value: (row) => (row.overdue ? t('逾期', 'overdue') : null),
      render: (row) => (row.overdue ? <span className="badge red">{t('逾期', 'overdue')}</span> : null),
      align: 'center',
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(row) => row.code}
      caption={t('项目清单', 'Projects')}
      exportName={`项目清单_${year}`}
      onRowOpen={(row) => navigate(open(row))}
    />
  );
}
