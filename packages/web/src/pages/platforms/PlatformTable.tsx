/** Every platform in the caller's scope: kind, level, unit, cluster, recognised date and document, status with its date. */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { KIND_NAMES, LEVEL_NAMES, STATUS_BADGE, STATUS_NAMES } from './platform-labels.ts';
import type { Platform, ReportingUnit } from './platform-types.ts';

export function PlatformTable({
  platforms,
  units,
}: {
  platforms: readonly Platform[];
  units: readonly ReportingUnit[];
}) {
  const { t, name } = useLanguage();
  const unitName = (id: string) => {
    const unit = units.find((entry) => entry.id === id);
    return unit ? name(unit.name) : id;
  };
  const columns: Column<Platform>[] = [
    { key: 'name', header: t('名称', 'Name'), value: (p) => p.name },
    { key: 'kind', header: t('类别', 'Kind'), value: (p) => name(KIND_NAMES[p.kind]) },
    { key: 'level', header: t('级别', 'Level'), value: (p) => name(LEVEL_NAMES[p.level]) },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (p) => unitName(p.reportingUnitId) },
    { key: 'cluster', header: t('所属集群', 'Cluster'), value: (p) => p.clusterText ?? p.clusterId },
    { key: 'recognised', header: t('认定时间', 'Recognised'), value: (p) => p.recognisedDate },
    { key: 'document', header: t('认定文件', 'Document'), value: (p) => p.document },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (p) => (p.status ? name(STATUS_NAMES[p.status]) : null),
      render: (p) =>
        p.status ? (
          <span className={`badge ${STATUS_BADGE[p.status]}`} title={p.statusDate ?? undefined}>
            {name(STATUS_NAMES[p.status])}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'statusDate', header: t('状态日期', 'Status date'), value: (p) => p.statusDate },
  ];
  return (
    <DataTable
      rows={platforms}
      columns={columns}
      rowKey={(p) => String(p.id)}
      caption={t('平台载体名录', 'Platform register')}
      exportName={t('平台载体名录', 'platforms')}
      initialSort={{ key: 'kind', direction: 'asc' }}
    />
  );
}
