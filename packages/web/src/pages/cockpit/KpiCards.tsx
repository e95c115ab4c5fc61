/**
 * The cockpit's headline figures for the period: the city's 规上工业总产值 and 增加值 (1–N月, comparable growth)
 * and the chosen system's clusters together with their share of the city, each read through GET
 * /api/statistics/explain so every figure on a card opens its own explanation (ExplainFigure).
 */
import { useApi } from '../../api/use-api.ts';
import { ExplainFigure, type ExplainQuery } from '../../components/ExplainFigure.tsx';
import type { StatisticExplanation } from '../../components/explain-types.ts';
import { ErrorState } from '../../components/States.tsx';
import { count, growth, measureValue, percent, SUPPRESSED_MARK } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { CITY_KPI_MEASURES, kpiFigurePath, SYSTEM_KPI_MEASURE } from './cockpit-reads.ts';

/** The figure of a query; nothing is read while `ready` is false (the system not chosen yet). */
function useFigure(query: ExplainQuery, ready = true) {
  return useApi<StatisticExplanation>(ready ? kpiFigurePath(query) : null);
}

function GrowthText({ explanation }: { explanation: StatisticExplanation }) {
  const { t } = useLanguage();
  if (explanation.suppressed) return <>{SUPPRESSED_MARK}</>;
  const direction = explanation.growth === null ? '' : explanation.growth >= 0 ? 'up' : 'down';
  return (
    <>
      {t('可比增速', 'Comparable growth')} <span className={direction}>{growth(explanation.growth)}</span>
    </>
  );
}

function KpiCard({
  label,
  query,
  state,
  extra,
}: {
  label: string;
  query: ExplainQuery;
  state: ReturnType<typeof useFigure>;
  extra?: (explanation: StatisticExplanation) => React.ReactNode;
}) {
  const { t, language } = useLanguage();
  const explanation = state.data;
  return (
    <section className="kpi" aria-label={label}>
      <div className="label">{label}</div>
      {state.status === 'error' ? (
        <ErrorState message={state.error.message} onRetry={state.reload} />
      ) : explanation === null ? (
        <div className="value kpi-pending">…</div>
      ) : (
        <>
          <div className="value" data-kpi-value="true">
            <ExplainFigure query={query}>
              {explanation.suppressed ? SUPPRESSED_MARK : measureValue(query.measure, explanation.value, language)}
            </ExplainFigure>
          </div>
          <div className="kpi-line">
            <ExplainFigure query={query}>
              <GrowthText explanation={explanation} />
            </ExplainFigure>
          </div>
          <div className="kpi-line muted">
            {t('企业数', 'Enterprises')}{' '}
            {explanation.scope.enterpriseCount === null ? SUPPRESSED_MARK : count(explanation.scope.enterpriseCount)}
            {extra?.(explanation)}
          </div>
        </>
      )}
    </section>
  );
}

export function KpiCards({
  period,
  system,
  systemName,
  audience,
}: {
  period: string;
  system: string | null;
  systemName: string;
  audience: string;
}) {
  const { t } = useLanguage();
  const [outputMeasure, addedMeasure] = CITY_KPI_MEASURES;
  const outputQuery: ExplainQuery = { measure: outputMeasure, period, audience };
  const addedQuery: ExplainQuery = { measure: addedMeasure, period, audience };
  const systemQuery: ExplainQuery = { system, measure: SYSTEM_KPI_MEASURE, period, audience };
  const output = useFigure(outputQuery);
  const added = useFigure(addedQuery);
  const clusters = useFigure(systemQuery, system !== null);
  const cityValue = output.data && !output.data.suppressed ? output.data.value : null;
  return (
    <div className="kpis cockpit-kpis">
      <KpiCard label={t('规上工业总产值', 'Industrial output (above scale)')} query={outputQuery} state={output} />
      <KpiCard label={t('规上工业增加值', 'Industrial value added (above scale)')} query={addedQuery} state={added} />
      {system && (
        <KpiCard
          label={`${systemName} · ${t('集群合计', 'clusters in total')}`}
          query={systemQuery}
          state={clusters}
          extra={(explanation) =>
            explanation.suppressed || explanation.value === null || cityValue === null ? null : (
              <>
                {' · '}
                <ExplainFigure query={systemQuery}>
                  {t('占规上工业', 'share of industry')} {percent(explanation.value / cityValue)}
                </ExplainFigure>
              </>
            )
          }
        />
      )}
    </div>
  );
}
