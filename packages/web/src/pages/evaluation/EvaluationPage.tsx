/**
 * 亩均评价 home: the runs (status, who submitted and approved) and the stored schemes as tabs; a form to start a run
 * for evaluation.run and the shipped-scheme loader for evaluation.scheme.
 */
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import type { EvaluationScheme } from './evaluation-types.ts';
import { RunsTable } from './RunsTable.tsx';
import { SchemesTable } from './SchemesTable.tsx';
import { StartRunForm } from './StartRunForm.tsx';
import { Tabs, useTab } from './Tabs.tsx';
import './evaluation.css';

export default function EvaluationPage(_props: PageProps) {
  const { t } = useLanguage();
  const { can } = useSession();
  const tabs = [
    { id: 'runs', label: t('评价批次', 'Runs') },
    { id: 'schemes', label: t('评价方案', 'Schemes') },
  ];
  const tab = useTab(tabs);
  const schemes = useApi<EvaluationScheme[]>('/api/evaluation/schemes');
  return (
    <>
      <PageHeader
        title={t('亩均论英雄 · 工业企业综合评价', 'Per-mu evaluation of industrial enterprises')}
        subtitle={t(
          '评价结果经提交、另一人审核后发布；发布后企业可在申诉期内申诉。',
          'Results are published after submission and review by a second person; enterprises may appeal within the window.',
        )}
      />
      <Tabs tabs={tabs} current={tab} />
      {tab === 'runs' && (
        <>
          {can('evaluation.run') && schemes.data && schemes.data.length > 0 && <StartRunForm schemes={schemes.data} />}
          <RunsTable />
        </>
      )}
      {tab === 'schemes' && <SchemesTable state={schemes} />}
    </>
  );
}
