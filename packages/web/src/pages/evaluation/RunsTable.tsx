/** The evaluation runs (newest first): year, scheme, status and who started, submitted and published each. */
import { useApi } from '../../api/use-api.ts';
import { navigate } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { dateTime, pick, RUN_STATUS, RunStatusBadge } from './evaluation-labels.tsx';
import type { EvaluationRunRecord, RunStatus } from './evaluation-types.ts';

export function RunsTable() {
  const { t, language } = useLanguage();
  const state = useApi<EvaluationRunRecord[]>('/api/evaluation/runs');
  const columns: Column<EvaluationRunRecord>[] = [
    { key: 'id', header: t('批次', 'Run'), value: (run) => run.id, align: 'right' },
    { key: 'year', header: t('数据年度', 'Data year'), value: (run) => run.year, align: 'right' },
    { key: 'scheme', header: t('评价方案', 'Scheme'), value: (run) => `${run.schemeId} v${run.schemeVersion}` },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (run) => pick(RUN_STATUS[run.status as RunStatus], language),
      render: (run) => <RunStatusBadge status={run.status} />,
    },
    { key: 'createdBy', header: t('发起人', 'Started by'), value: (run) => run.createdBy },
    { key: 'createdAt', header: t('发起时间', 'Started'), value: (run) => dateTime(run.createdAt) },
    { key: 'submittedBy', header: t('提交人', 'Submitted by'), value: (run) => run.submittedBy },
    { key: 'publishedBy', header: t('批准发布人', 'Approved by'), value: (run) => run.publishedBy },
    {
      key: 'publishedAt',
      header: t('发布时间', 'Published'),
      value: (run) => (run.publishedAt ? dateTime(run.publishedAt) : null),
    },
    {
      key: 'appealDeadline',
      header: t('申诉截止', 'Appeals until'),
      value: (run) => (run.appealDeadline ? dateTime(run.appealDeadline) : null),
    },
  ];
  return (
    <ApiView state={state} isEmpty={(runs) => runs.length === 0} emptyMessage={t('还没有评价批次', 'No runs yet')}>
      {(runs) => (
        <DataTable
          rows={runs}
          columns={columns}
          rowKey={(run) => String(run.id)}
          caption={t('评价批次', 'Evaluation runs')}
          exportName="evaluation-runs"
          onRowOpen={(run) => navigate(`/evaluation/runs/${run.id}`)}
        />
      )}
    </ApiView>
  );
}
