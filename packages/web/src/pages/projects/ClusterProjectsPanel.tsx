/**
 * A cluster's projects in brief, for the cluster page (the lead wires it in): the year's projects of the cluster
 * as at the latest list month — count, planned and completed investment, 完成率, 开工率 — and the cluster's
 * industrial investment growth against the ≥ 15 %/year target, with a link to the projects page.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { growthPercent, ratePercent } from './project-labels.ts';
import type { InvestmentGrowth, ProjectSummary } from './project-types.ts';
import './projects.css';

function GrowthLine({ system, cluster, year }: { system: string; cluster: string; year: number }) {
  const { t } = useLanguage();
  const state = useApi<InvestmentGrowth>(apiPath('/api/projects/investment-growth', { system, year }));
  const row = state.data?.clusters.find((candidate) => candidate.cluster.id === cluster);
  if (state.status === 'error' || !state.data) return null;
  return (
    <div className="kpi">
      <div className="label">
        {t(
          `工业投资增速（1-${state.data.month}月，目标 ≥ 15%）`,
          `Investment growth (months 1–${state.data.month}, target ≥ 15 %)`,
        )}
      </div>
      <div className={row?.meetsTarget === false ? 'value up' : 'value'}>{growthPercent(row?.growth ?? null)}</div>
    </div>
  );
}

export function ClusterProjectsPanel({ system, cluster, year }: { system: string; cluster: string; year: number }) {
  const { t, language } = useLanguage();
  const state = useApi<ProjectSummary>(apiPath('/api/projects/summary', { system, cluster, year }));
  return (
    <section className="card" aria-label={t('集群项目', 'Cluster projects')}>
      <h2>
        {t('重大工业项目', 'Major industrial projects')} · <Link to="/projects">{t('全部项目', 'All projects')}</Link>
      </h2>
      <ApiView
        state={state}
        isEmpty={(summary) => summary.projects.length === 0}
        emptyMessage={t('本年没有该集群的项目', 'No projects of this cluster this year')}
      >
        {(summary) => (
          <div className="kpis">
            <div className="kpi">
              <div className="label">{t('项目数', 'Projects')}</div>
              <div className="value">{count(summary.total.projects)}</div>
            </div>
            <div className="kpi">
              <div className="label">
                {t(`本年完成投资（1-${summary.month}月）`, `Completed, months 1–${summary.month}`)}
              </div>
              <div className="value">{money(summary.total.yearCompletedYuan, language)}</div>
            </div>
            <div className="kpi">
              <div className="label">{t('年度完成率', 'Completion rate')}</div>
              <div className="value">{ratePercent(summary.total.annualCompletionRate)}</div>
            </div>
            <div className="kpi">
              <div className="label">{t('开工率', 'Start rate')}</div>
              <div className="value">{ratePercent(summary.total.startRate)}</div>
            </div>
            <GrowthLine system={system} cluster={cluster} year={year} />
          </div>
        )}
      </ApiView>
    </section>
  );
}
