/**
 * One evaluation run: status and workflow, then tabs — results (class distribution per unit, the filtered list
 * with the xlsx lists), re-grades, appeals, and for city-wide accounts the policy ledger, rectification
 * candidates, robustness and the event trail.
 */
import { useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { AppealsPanel } from './AppealsPanel.tsx';
import { CandidatesList } from './CandidatesList.tsx';
import { classesIn } from './class-counts.ts';
import { ClassDistribution } from './ClassDistribution.tsx';
import type { EvaluationRunDetail } from './evaluation-types.ts';
import { EventsTrail } from './EventsTrail.tsx';
import { LedgerSummary } from './LedgerSummary.tsx';
import { RegradesPanel } from './RegradesPanel.tsx';
import { RobustnessSummary } from './RobustnessSummary.tsx';
import { RunResults } from './RunResults.tsx';
import { RunWorkflow } from './RunWorkflow.tsx';
import { Tabs, useTab } from './Tabs.tsx';
import { useCityScope } from './use-city-scope.ts';
import './evaluation.css';

export default function EvaluationRunPage({ params }: PageProps) {
  const { t } = useLanguage();
  const state = useApi<EvaluationRunDetail>(`/api/evaluation/runs/${encodeURIComponent(params.run ?? '')}`);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/evaluation">{t('亩均评价', 'Evaluation')}</Link> ›
      </p>
      <ApiView state={state}>{(run) => <RunView run={run} reload={state.reload} />}</ApiView>
    </>
  );
}

function RunView({ run, reload }: { run: EvaluationRunDetail; reload: () => void }) {
  const { t } = useLanguage();
  const city = useCityScope();
  const classes = useMemo(() => classesIn(run.results), [run.results]);
  const tabs = [
    { id: 'results', label: t('评价结果', 'Results') },
    { id: 'regrades', label: t('调档', 'Re-grades') },
    { id: 'appeals', label: t('申诉', 'Appeals') },
    { id: 'ledger', label: t('政策台账', 'Policy ledger') },
    { id: 'candidates', label: t('整治候选', 'Rectification') },
    { id: 'robustness', label: t('稳健性', 'Robustness') },
    { id: 'events', label: t('过程记录', 'Event trail') },
  ].filter((tab) => city || tab.id === 'results' || tab.id === 'appeals');
  const tab = useTab(tabs);
  return (
    <>
      <PageHeader
        title={t(`${run.year}年度亩均评价 · 批次 ${run.id}`, `Per-mu evaluation ${run.year} · run ${run.id}`)}
        subtitle={`${run.schemeId} v${run.schemeVersion}${run.region ? ` · ${run.region}` : ''}`}
      />
      <RunWorkflow run={run} onChanged={reload} />
      {run.issues.length > 0 && (
        <details className="card issues">
          <summary>{t(`评价输入提示 ${run.issues.length} 条`, `${run.issues.length} input notes`)}</summary>
          <ul>
            {run.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        </details>
      )}
      <Tabs tabs={tabs} current={tab} />
      {tab === 'results' && (
        <div className="stack">
          <ClassDistribution results={run.results} />
          <RunResults run={run} />
        </div>
      )}
      {tab === 'regrades' && <RegradesPanel run={run} onChanged={reload} />}
      {tab === 'appeals' && <AppealsPanel runId={run.id} classes={classes} onChanged={reload} />}
      {tab === 'ledger' && <LedgerSummary runId={run.id} />}
      {tab === 'candidates' && <CandidatesList runId={run.id} />}
      {tab === 'robustness' && <RobustnessSummary runId={run.id} results={run.results} />}
      {tab === 'events' && <EventsTrail runId={run.id} />}
    </>
  );
}
