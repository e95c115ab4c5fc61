/**
 * A cluster's platforms (for the cluster page): the register's platforms linked to the cluster or one of its
 * sub-clusters (GET /api/platforms?system&cluster, within the caller's scope) with kind, level, unit, status and its
 * date, and the cluster's promotion organisation (the one of its top-level cluster), with a link to the platforms page.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { KIND_NAMES, LEVEL_NAMES, STATUS_BADGE, STATUS_NAMES } from '../platforms/platform-labels.ts';
import type { Platform, PlatformList, PromotionOrganisation, ReportingUnit } from '../platforms/platform-types.ts';

export function ClusterPlatformsPanel({
  system,
  cluster,
  ancestors,
}: {
  system: string;
  cluster: string;
  /** The cluster's parents, nearest first: a sub-cluster shares its top-level cluster's organisation. */
  ancestors: readonly string[];
}) {
  const { t, name } = useLanguage();
  const platforms = useApi<PlatformList>(apiPath('/api/platforms', { system, cluster }));
  const organisations = useApi<PromotionOrganisation[]>(apiPath('/api/platforms/promotion-organisations', { system }));
  const units = useApi<ReportingUnit[]>('/api/reporting-units');
  const unitName = (id: string) => {
    const unit = units.data?.find((entry) => entry.id === id);
    return unit ? name(unit.name) : id;
  };
  const columns: Column<Platform>[] = [
    { key: 'name', header: t('名称', 'Name'), value: (p) => p.name },
    { key: 'kind', header: t('类别', 'Kind'), value: (p) => name(KIND_NAMES[p.kind]) },
    { key: 'level', header: t('级别', 'Level'), value: (p) => name(LEVEL_NAMES[p.level]) },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (p) => unitName(p.reportingUnitId) },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (p) => (p.status ? name(STATUS_NAMES[p.status]) : null),
      render: (p) =>
        p.status ? <span className={`badge ${STATUS_BADGE[p.status]}`}>{name(STATUS_NAMES[p.status])}</span> : '—',
    },
    { key: 'date', header: t('状态日期', 'Status date'), value: (p) => p.statusDate ?? p.recognisedDate },
  ];
  return (
    <section className="card cluster-platforms" aria-label={t('平台载体', 'Platforms')}>
      <h2>
        {t('平台载体与促进机构', 'Platforms and promotion organisation')}{' '}
        <Link to="/platforms">{t('详情', 'Details')}</Link>
      </h2>
      <ApiView state={organisations}>
        {(list) => {
          const own = [cluster, ...ancestors]
            .map((id) => list.find((entry) => entry.clusterId === id))
            .find((entry) => entry !== undefined);
          const organisation = own?.organisation ?? null;
          return organisation ? (
            <p className="cluster-promotion-organisation">
              <span className="muted">{t('集群促进机构', 'Promotion organisation')}</span> {organisation.name}（
              {name(organisation.typeName)}，{organisation.contactRole}
              {organisation.officePhone ? ` ${organisation.officePhone}` : ''}）
            </p>
          ) : (
            <p className="muted">{t('尚未登记集群促进机构', 'No promotion organisation recorded')}</p>
          );
        }}
      </ApiView>
      <ApiView
        state={platforms}
        isEmpty={(list) => list.platforms.length === 0}
        emptyMessage={t('该集群尚无登记的平台载体', 'No platform registered for this cluster')}
      >
        {(list) => (
          <DataTable
            rows={list.platforms}
            columns={columns}
            rowKey={(p) => String(p.id)}
            caption={t('集群平台载体', 'Platforms of the cluster')}
            exportName={`cluster-platforms-${cluster}`}
          />
        )}
      </ApiView>
    </section>
  );
}
