/** How often one enterprise keeps its class when weights and baselines are perturbed (city-wide readers). */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { count, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { EvaluationRobustness } from './evaluation-types.ts';

export function EnterpriseRobustness({ runId, unitId }: { runId: number; unitId: string }) {
  const { t } = useLanguage();
  const state = useApi<EvaluationRobustness>(`/api/evaluation/runs/${runId}/robustness`);
  return (
    <section className="card" aria-label={t('稳健性', 'Robustness')}>
      <h2>{t('等级稳健性', 'Robustness')}</h2>
      <ApiView state={state}>
        {(data) => {
          const entry = data.enterprises.find((candidate) => candidate.unitId === unitId);
          if (!entry)
            return <p className="muted">{t('该结果不参与分档。', 'The result takes no part in the classes.')}</p>;
          return (
            <>
              <p>
                {t(
                  `权重与基准值随机扰动 ${count(data.options.draws)} 次，${percent(entry.stayShare)} 的情形保持 ${entry.initialClass ?? '—'} 类。`,
                  `In ${count(data.options.draws)} draws with perturbed weights and baselines, the class ${entry.initialClass ?? '—'} holds ${percent(entry.stayShare)} of the time.`,
                )}
              </p>
              <p className={entry.fragile ? 'error-text' : 'ok-text'}>
                {entry.fragile
                  ? t('处于分档边缘，建议复核。', 'Near a cut-off: worth a second look.')
                  : t('等级稳定。', 'The class is stable.')}
              </p>
              <p className="muted">
                {Object.entries(entry.classShares)
                  .map(([id, share]) => `${id} ${percent(share)}`)
                  .join('，')}
              </p>
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
