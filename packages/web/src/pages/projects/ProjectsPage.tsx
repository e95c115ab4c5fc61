/**
 * 项目 (/projects): the major industrial and 技改 projects of the year as at the chosen month — headline figures,
 * 完成率 and 开工率 by reporting unit and by cluster (五大), cluster investment growth against 15 %, the overdue
 * projects and every project, with filters by unit and cluster and xlsx export. A county's staff see their own
 * unit's projects only (the server decides).
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodPicker } from '../../components/PeriodPicker.tsx';
import { Empty, Loading } from '../../components/States.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { InvestmentGrowthCard } from './InvestmentGrowthCard.tsx';
import { OverdueTable } from './OverdueTable.tsx';
import { ProjectFilters } from './ProjectFilters.tsx';
import { ProjectKpis } from './ProjectKpis.tsx';
import { ProjectListTable } from './ProjectListTable.tsx';
import type { ProjectSummary } from './project-types.ts';
import { SummaryTable } from './SummaryTable.tsx';
import { useProjectPeriod } from './use-project-period.ts';
import './projects.css';

const SYSTEM = 'wuda';

function ProjectsView({ year, month }: { year: number; month: number }) {
  const { t, name } = useLanguage();
  const { query } = useLocation();
  const unit = query.get('unit');
  const cluster = query.get('cluster');
  const choices = useApi<ProjectSummary>(apiPath('/api/projects/summary', { year, month, system: SYSTEM }));
  const state = useApi<ProjectSummary>(
    apiPath('/api/projects/summary', { year, month, system: SYSTEM, unit, cluster }),
  );
  const all = choices.data;
  const unitNames = new Map((all?.byUnit ?? []).map((row) => [row.unit.id, name(row.unit.name)]));
  const clusterNames = new Map(
    (all?.byCluster ?? []).flatMap((row) => (row.cluster ? [[row.cluster.id, name(row.cluster.name)] as const] : [])),
  );
  const unitName = (id: string) => unitNames.get(id) ?? id;
  const clusterName = (id: string | null) => (id === null ? t('其他', 'Other') : (clusterNames.get(id) ?? id));
  return (
    <>
      <ProjectFilters
        units={(all?.byUnit ?? []).map((row) => row.unit)}
        clusters={(all?.byCluster ?? []).flatMap((row) => (row.cluster ? [row.cluster] : []))}
        unit={unit}
        cluster={cluster}
      />
      <ApiView
        state={state}
        isEmpty={(summary) => summary.projects.length === 0}
        emptyMessage={t('本期没有项目清单中的项目', 'No listed projects for this period')}
      >
        {(summary) => (
          <>
            <p className="muted">
              {t(`截至 ${summary.asOf}`, `As at ${summary.asOf}`)} ·{' '}
              {t('本年完成投资 = 累计完成投资 − 上年末累计', 'this year = cumulative minus last year-end')}
            </p>
            <ProjectKpis total={summary.total} />
            <div className="projects-grid">
              <section className="card">
                <h2>{t('按县（市、区）', 'By reporting unit')}</h2>
                <SummaryTable
                  rows={summary.byUnit.map((row) => ({ ...row, key: row.unit.id, label: name(row.unit.name) }))}
                  caption={t('按县（市、区）', 'By unit')}
                  exportName={`项目推进_按县_${year}年1-${month}月`}
                  firstHeader={t('县（市、区）', 'Unit')}
                />
              </section>
              <section className="card">
                <h2>{t('按产业集群', 'By cluster')}</h2>
                <SummaryTable
                  rows={summary.byCluster.map((row) => ({
                    ...row,
                    key: row.cluster?.id ?? 'none',
                    label: row.cluster ? name(row.cluster.name) : t('其他（未归集群）', 'Other (no cluster)'),
                  }))}
                  caption={t('按产业集群', 'By cluster')}
                  exportName={`项目推进_按集群_${year}年1-${month}月`}
                  firstHeader={t('集群', 'Cluster')}
                />
              </section>
            </div>
            <InvestmentGrowthCard year={year} month={month} system={SYSTEM} />
            <section className="card">
              <h2>{t('逾期项目', 'Overdue projects')}</h2>
              <OverdueTable rows={summary.overdue} year={year} month={month} unitName={unitName} />
            </section>
            <section className="card">
              <h2>{t('项目清单', 'Projects')}</h2>
              <ProjectListTable
                rows={summary.projects}
                year={year}
                month={month}
                unitName={unitName}
                clusterName={clusterName}
              />
            </section>
          </>
        )}
      </ApiView>
    </>
  );
}

export default function ProjectsPage(_props: PageProps) {
  const { t } = useLanguage();
  const { period, loading } = useProjectPeriod();
  return (
    <div className="page projects-page">
      <PageHeader
        title={t('重大工业项目推进', 'Major industrial projects')}
        subtitle={t(
          '项目信息库：完成率、开工率与逾期节点',
          'Project register: completion, starts and overdue milestones',
        )}
      >
        <PeriodPicker />
      </PageHeader>
      {period ? (
        <ProjectsView year={period.year} month={period.month} />
      ) : loading ? (
        <Loading />
      ) : (
        <Empty message={t('尚无统计期别', 'No periods yet')} />
      )}
    </div>
  );
}
