/**
 * 项目详情 (/projects/:code?year=): one project — its company, unit, cluster, construction type and 技改, planned
 * and completed investment with both 完成率, the milestone timeline planned against actual, and the monthly
 * cumulative chart (the year's 1–N月 against the annual plan). The year defaults to the chosen period's.
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, useLocation } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { EChart } from '../../charts/EChart.tsx';
import { projectProgressOption } from '../../charts/options/project-progress.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { MilestoneTimeline } from './MilestoneTimeline.tsx';
import { CONSTRUCTION_TYPE_NAMES, ratePercent } from './project-labels.ts';
import type { ProjectDetail } from './project-types.ts';
import { useProjectPeriod } from './use-project-period.ts';
import './projects.css';

function Facts({ project }: { project: ProjectDetail }) {
  const { t, name, language } = useLanguage();
  const facts: [string, string][] = [
    [t('项目代码', 'Code'), project.code],
    [t('项目单位', 'Company'), project.enterpriseName ?? '—'],
    [t('县（市、区）', 'Unit'), project.reportingUnitName ? name(project.reportingUnitName) : project.reportingUnitId],
    [t('所属集群', 'Cluster'), project.clusterText ?? '—'],
    [
      t('建设性质', 'Construction type'),
      project.constructionType ? name(CONSTRUCTION_TYPE_NAMES[project.constructionType]) : '—',
    ],
    [
      t('技改项目', 'Renovation project'),
      project.technicalRenovation === null ? '—' : project.technicalRenovation ? t('是', 'yes') : t('否', 'no'),
    ],
    [t('项目状态', 'Status'), project.status ?? '—'],
    [t('计划总投资', 'Planned total'), money(project.plannedTotalYuan, language)],
    [t('年度计划投资', 'Planned this year'), money(project.plannedAnnualYuan, language)],
    [t('本年完成投资', 'Completed this year'), money(project.yearCompletedYuan, language)],
    [t('开工以来累计完成', 'Completed since the start'), money(project.completedYuan, language)],
    [t('年度完成率', 'Completion of the year plan'), ratePercent(project.annualCompletionRate)],
    [t('总投资完成率', 'Completion of the total'), ratePercent(project.totalCompletionRate)],
  ];
  return (
    <dl className="project-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function ProjectPage({ params }: PageProps) {
  const { t, language } = useLanguage();
  const { query } = useLocation();
  const { period } = useProjectPeriod();
  const code = params.code ?? '';
  const year = Number(query.get('year')) || period?.year || null;
  const month = period && period.year === year ? period.month : undefined;
  const state = useApi<ProjectDetail>(
    year === null ? null : apiPath(`/api/projects/${encodeURIComponent(code)}`, { year, month }),
  );
  return (
    <div className="page project-page">
      <PageHeader
        title={state.data?.name ?? t('项目', 'Project')}
        subtitle={<Link to="/projects">{t('← 返回项目列表', '← All projects')}</Link>}
      />
      <ApiView state={state}>
        {(project) => (
          <>
            <section className="card">
              <h2>{t(`项目概况（截至 ${project.asOf}）`, `The project (as at ${project.asOf})`)}</h2>
              <Facts project={project} />
            </section>
            <section className="card">
              <h2>{t('节点：计划与实际', 'Milestones: planned and actual')}</h2>
              <MilestoneTimeline milestones={project.milestones} />
            </section>
            <section className="card">
              <h2>{t(`${project.year}年逐月完成投资`, `Completed investment by month, ${project.year}`)}</h2>
              <EChart
                option={projectProgressOption(project.year, project.series, project.plannedAnnualYuan, language)}
                ariaLabel={t('逐月累计完成投资', 'Monthly cumulative completed investment')}
              />
            </section>
          </>
        )}
      </ApiView>
    </div>
  );
}
