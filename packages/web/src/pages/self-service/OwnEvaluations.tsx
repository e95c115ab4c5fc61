/** The enterprise's results in the published evaluation runs (an enterprise account sees published runs only). */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { OwnRunResult } from './OwnRunResult.tsx';
import type { EvaluationRunRecord } from './self-service-types.ts';

export function OwnEvaluations({ uscc }: { uscc: string }) {
  const { t } = useLanguage();
  const state = useApi<EvaluationRunRecord[]>(apiPath('/api/evaluation/runs', { status: 'published' }));
  return (
    <section className="card" aria-label={t('亩均评价结果', 'Evaluation results')}>
      <h2>{t('亩均评价结果', 'Evaluation results')}</h2>
      <ApiView
        state={state}
        isEmpty={(runs) => runs.length === 0}
        emptyMessage={t('尚无已发布的评价', 'No published evaluation yet')}
      >
        {(runs) => runs.map((run) => <OwnRunResult key={run.id} run={run} uscc={uscc} />)}
      </ApiView>
    </section>
  );
}
