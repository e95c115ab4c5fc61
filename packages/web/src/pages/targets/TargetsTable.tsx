/** Every target in one sortable, exportable table (xlsx): section, target, measured, progress, projection, source, owner. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import type { SystemTarget } from './target-types.ts';
import { targetLine } from './target-view.ts';

export function TargetsTable({ targets }: { targets: readonly SystemTarget[] }) {
  const { t, name, language } = useLanguage();
  const rows = targets.map((target) => ({ target, line: targetLine(target, language) }));
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: 'section', header: t('章节', 'Section'), value: (row) => name(row.target.section.name) },
    { key: 'name', header: t('目标', 'Target'), value: (row) => row.line.name },
    { key: 'cluster', header: t('集群', 'Cluster'), value: (row) => row.line.cluster },
    { key: 'measured', header: t('实际', 'Measured'), value: (row) => row.line.measured, align: 'right' },
    { key: 'target', header: t('目标值', 'Target'), value: (row) => row.line.target, align: 'right' },
    {
      key: 'progress',
      header: t('进度', 'Progress'),
      value: (row) => row.target.progress,
      render: (row) => row.line.progressText,
      align: 'right',
    },
    { key: 'projection', header: t('预测', 'Projection'), value: (row) => row.line.projection },
    { key: 'source', header: t('来源', 'Source'), value: (row) => row.line.sourceName },
    { key: 'owner', header: t('责任单位', 'Owner'), value: (row) => row.line.owner },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(row) => row.target.targetId}
      caption={t('全部目标', 'All targets')}
      exportName={t('目标任务', 'targets')}
    />
  );
}
