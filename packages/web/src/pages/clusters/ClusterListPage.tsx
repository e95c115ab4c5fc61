/**
 * 产业集群 (/clusters): the clusters of the chosen system and period with their 1–N月 value, growth, share and rank
 * (GET /api/statistics/clusters under the chosen disclosure audience), filtered by level (from the registry);
 * exported to xlsx; a row opens the cluster's page.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { useLocation } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { AudiencePicker, useChosenAudience } from '../../components/AudiencePicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker, useChosenPeriod } from '../../components/PeriodPicker.tsx';
import { Empty } from '../../components/States.tsx';
import { SystemPicker, useChosenSystem } from '../../components/SystemPicker.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { ClusterListTable } from './ClusterListTable.tsx';
import { LevelPicker, parseLevel } from './LevelPicker.tsx';
import type { RegistrySystem } from './registry-types.ts';
import type { ClusterStatisticsRow } from './statistics-types.ts';
import './clusters.css';

export default function ClusterListPage(_props: PageProps) {
  const { t, name } = useLanguage();
  const { query } = useLocation();
  const { period } = useChosenPeriod();
  const { system } = useChosenSystem();
  const { audience } = useChosenAudience();
  const level = parseLevel(query.get('level'));
  const registry = useApi<RegistrySystem>(system ? `/api/registry/systems/${encodeURIComponent(system)}` : null);
  const statistics = useApi<ClusterStatisticsRow[]>(
    system && period ? apiPath('/api/statistics/clusters', { system, period, audience }) : null,
  );

  return (
    <>
      <PageHeader
        title={t('产业集群', 'Industrial clusters')}
        subtitle={registry.data ? name(registry.data.name) : undefined}
      >
        <SystemPicker />
        <LevelPicker level={level} />
        <PeriodPicker />
        <AudiencePicker />
      </PageHeader>
      {registry.data?.illustrative && (
        <p className="notice">
          {t(
            '本体系为示例口径（非官方名单），仅供演示计算。',
            'This system is illustrative (not an official list); for demonstration only.',
          )}
        </p>
      )}
      <div className="card">
        {period === null ? (
          <Empty message={t('尚无统计数据', 'No statistics yet')} />
        ) : (
          <ApiView state={registry}>
            {(systemData) => (
              <ApiView
                state={statistics}
                isEmpty={(rows) => rows.length === 0}
                emptyMessage={t('该体系本期无数据', 'No figures for this system and period')}
              >
                {(rows) => (
                  <ClusterListTable system={systemData} rows={rows} period={period} audience={audience} level={level} />
                )}
              </ApiView>
            )}
          </ApiView>
        )}
      </div>
    </>
  );
}
