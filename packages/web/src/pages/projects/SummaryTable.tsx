/** A projects summary table (by unit or by cluster): counts, investment, 完成率 and 开工率 as bars, overdue, 技改. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { RateBar } from './RateBar.tsx';
import type { SummaryRow } from './project-types.ts';

export interface NamedSummaryRow extends SummaryRow {
  key: string;
  label: string;
}

export function SummaryTable({
  rows,
  caption,
  exportName,
  firstHeader,
}: {
  rows: readonly NamedSummaryRow[];
  caption: string;
  exportName: string;
  firstHeader: string;
}) {
  const { t, language } = useLanguage();
  const columns: Column<NamedSummaryRow>[] = [
    { key: 'label', header: firstHeader, value: (row) => row.label },
    { key: 'projects', header: t('项目数', 'Projects'), value: (row) => row.projects, align: 'right' },
    {
      key: 'planned',
      header: t('年度计划投资', 'Planned this year'),
      value: (row) => row.plannedAnnualYuan,
      render: (row) => money(row.plannedAnnualYuan, language),
      align: 'right',
    },
    {
      key: 'completed',
      header: t('本年完成投资', 'Completed this year'),
      value: (row) => row.yearCompletedYuan,
      render: (row) => money(row.yearCompletedYuan, language),
      align: 'right',
    },
    {
      key: 'completion',
      header: t('完成率', 'Completion'),
      value: (row) => row.annualCompletionRate,
      render: (row) => <RateBar value={row.annualCompletionRate} label={`${row.label} ${t('完成率', 'completion')}`} />,
    },
    {
      key: 'start',
      header: t('开工率', 'Start rate'),
      value: (row) => row.startRate,
      render: (row) => (
        <RateBar value={row.startRate} lateBelow={100} label={`${row.label} ${t('开工率', 'start rate')}`} />
      ),
    },
    {
      key: 'overdue',
      header: t('逾期', 'Overdue'),
      value: (row) => row.overdueProjects,
      render: (row) => count(row.overdueProjects),
      align: 'right',
    },
    {
      key: 'renovation',
      header: t('技改项目', 'Renovation'),
      value: (row) => row.renovationProjects,
      align: 'right',
    },
  ];
  return (
    <DataTable rows={rows} columns={columns} rowKey={(row) => row.key} caption={caption} exportName={exportName} />
  );
}
