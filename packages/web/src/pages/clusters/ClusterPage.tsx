/**
 * One cluster (/clusters/:system/:cluster): who it is (registry), its figures of the period under the chosen
 * disclosure audience, the monthly series (full access only), the breakdown by reporting unit, specialisation,
 * the cluster index (index.read with full access), its projects and pool firms (register.read, from the registers'
 * panels), its platforms and promotion organisation (register.read) and its member enterprises (enterprise.read, server-scoped).
 */
import { useMemo } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { AudiencePicker, hasFullAccess, useChosenAudience } from '../../components/AudiencePicker.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker, useChosenPeriod } from '../../components/PeriodPicker.tsx';
import { Empty, ErrorState } from '../../components/States.tsx';
import { cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';
import { clusterLevels } from './cluster-level.ts';
import { ClusterFigures } from './ClusterFigures.tsx';
import { ClusterPoolsPanel } from '../pools/ClusterPoolsPanel.tsx';
import { ClusterProjectsPanel } from '../projects/ClusterProjectsPanel.tsx';
import { ClusterHeaderCard } from './ClusterHeaderCard.tsx';
import { ClusterIndexCard } from './ClusterIndexCard.tsx';
import { ClusterMembersCard } from './ClusterMembersCard.tsx';
import { ClusterPlatformsPanel } from './ClusterPlatformsPanel.tsx';
import { ClusterSeriesCard } from './ClusterSeriesCard.tsx';
import type { RegistrySystem } from './registry-types.ts';
import { SpecialisationCard } from './SpecialisationCard.tsx';
import type { ClusterStatisticsRow } from './statistics-types.ts';
import { UnitBreakdownCard } from './UnitBreakdownCard.tsx';
import './clusters.css';

const MEASURE = 'industrial_output';

export default function ClusterPage({ params }: PageProps) {
  const { t, name, language } = useLanguage();
  const systemId = params.system ?? '';
  const clusterId = params.cluster ?? '';
  const { period } = useChosenPeriod();
  const { audience } = useChosenAudience();
  const { can } = useSession();
  const me = useMe();
  const registry = useApi<RegistrySystem>(`/api/registry/systems/${encodeURIComponent(systemId)}`);
  const statistics = useApi<ClusterStatisticsRow[]>(
    period ? apiPath('/api/statistics/clusters', { system: systemId, period, audience, measure: MEASURE }) : null,
  );
  const cluster = registry.data?.clusters.find((entry) => entry.id === clusterId) ?? null;
  const levels = useMemo(
    () => (registry.data ? clusterLevels(registry.data.clusters, registry.data.owner) : new Map()),
    [registry.data],
  );
  const row = statistics.data?.find((entry) => entry.cluster === clusterId) ?? null;
  const parent = cluster?.parentId ? registry.data?.clusters.find((entry) => entry.id === cluster.parentId) : null;
  const ancestors = useMemo(() => {
    const chain: string[] = [];
    let next = cluster?.parentId ?? null;
    while (next !== null && !chain.includes(next)) {
      chain.push(next);
      next = registry.data?.clusters.find((entry) => entry.id === next)?.parentId ?? null;
    }
    return chain;
  }, [cluster, registry.data]);

  return (
    <div className="cluster-page">
      <PageHeader
        title={cluster ? name(cluster.name) : t('产业集群', 'Industrial cluster')}
        subtitle={
          <>
            <Link to={`/clusters?system=${encodeURIComponent(systemId)}`}>
              {registry.data ? name(registry.data.name) : systemId}
            </Link>
            {period && ` · ${cumulativePeriod(period, language)}`}
          </>
        }
      >
        <PeriodPicker />
        <AudiencePicker />
      </PageHeader>
      <ApiView state={registry}>
        {(system) =>
          !cluster ? (
            <ErrorState
              title={t('未找到集群', 'Cluster not found')}
              message={t(
                `体系“${name(system.name)}”中没有集群 ${clusterId}。`,
                `The system ${name(system.name)} has no cluster ${clusterId}.`,
              )}
            />
          ) : (
            <>
              <ClusterHeaderCard
                cluster={cluster}
                levels={[...(levels.get(cluster.id) ?? [])]}
                parentName={parent ? name(parent.name) : null}
              />
              {period === null ? (
                <Empty message={t('尚无统计数据', 'No statistics yet')} />
              ) : (
                <>
                  <ApiView state={statistics}>
                    {() =>
                      row ? (
                        <ClusterFigures
                          row={row}
                          system={systemId}
                          period={period}
                          audience={audience}
                          measure={MEASURE}
                        />
                      ) : (
                        <Empty message={t('本期无该集群数据', 'No figures for this cluster in the period')} />
                      )
                    }
                  </ApiView>
                  <ClusterSeriesCard
                    system={systemId}
                    cluster={clusterId}
                    period={period}
                    measure={MEASURE}
                    row={row}
                  />
                  <UnitBreakdownCard
                    system={systemId}
                    cluster={clusterId}
                    period={period}
                    audience={audience}
                    measure={MEASURE}
                  />
                  <SpecialisationCard system={systemId} cluster={clusterId} period={period} audience={audience} />
                  {can('index.read') && hasFullAccess(me) && <ClusterIndexCard cluster={clusterId} period={period} />}
                  {can('register.read') && (
                    <div className="cluster-registers">
                      <ClusterProjectsPanel system={systemId} cluster={clusterId} year={Number(period.slice(0, 4))} />
                      <ClusterPoolsPanel system={systemId} cluster={clusterId} year={Number(period.slice(0, 4))} />
                    </div>
                  )}
                  {can('register.read') && (
                    <ClusterPlatformsPanel system={systemId} cluster={clusterId} ancestors={ancestors} />
                  )}
                  {can('enterprise.read') && (
                    <ClusterMembersCard
                      catalogue={cluster.catalogue}
                      year={Number(period.slice(0, 4))}
                      cluster={clusterId}
                    />
                  )}
                </>
              )}
            </>
          )
        }
      </ApiView>
    </div>
  );
}
