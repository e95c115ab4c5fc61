/**
 * One enterprise's evaluation explained: the indicators (value, baseline, weight, score), a waterfall of the score
 * contributions to the total, the class with the run's class ranges, bonus/penalty/veto, what would move it up,
 * robustness, and its re-grades and appeals. Bureau staff open it from a run; the enterprise user reads its own.
 */
import { useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import type { PageProps } from '../../app/routes.ts';
import { EChart } from '../../charts/EChart.tsx';
import { scoreWaterfallOption, type WaterfallStep } from '../../charts/options/score-waterfall.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe } from '../../session/session-context.tsx';
import { ClassCard } from './ClassCard.tsx';
import { EnterpriseRobustness } from './EnterpriseRobustness.tsx';
import { APPEAL_STATUS, ClassBadge, dateTime, pick } from './evaluation-labels.tsx';
import type { AppealStatus } from './evaluation-types.ts';
import type { EnterpriseEvaluation } from './explanation-types.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { NextClassCard } from './NextClassCard.tsx';
import { RulesCard } from './RulesCard.tsx';
import { useCityScope } from './use-city-scope.ts';
import { useUnitName } from './use-unit-names.ts';
import './evaluation.css';

export default function EnterpriseExplanationPage({ params }: PageProps) {
  const { t } = useLanguage();
  const ownEnterprise = useMe().scope.kind === 'enterprise';
  const run = params.run ?? '';
  const uscc = params.uscc ?? '';
  const state = useApi<EnterpriseEvaluation>(
    `/api/evaluation/runs/${encodeURIComponent(run)}/enterprises/${encodeURIComponent(uscc)}`,
  );
  return (
    <>
      <p className="breadcrumb">
        {ownEnterprise ? (
          <Link to="/my">{t('本企业', 'My enterprise')}</Link>
        ) : (
          <>
            <Link to="/evaluation">{t('亩均评价', 'Evaluation')}</Link> ›{' '}
            <Link to={`/evaluation/runs/${encodeURIComponent(run)}`}>{t(`批次 ${run}`, `Run ${run}`)}</Link>
          </>
        )}{' '}
        ›
      </p>
      <ApiView state={state}>{(evaluation) => <Explanation evaluation={evaluation} />}</ApiView>
    </>
  );
}

function Explanation({ evaluation }: { evaluation: EnterpriseEvaluation }) {
  const { t, name, language } = useLanguage();
  const city = useCityScope();
  const unitName = useUnitName();
  const { explanation } = evaluation;
  const { result } = explanation;
  const option = useMemo(() => {
    const steps: WaterfallStep[] = explanation.indicators.map((indicator) => ({
      label: name(indicator.name),
      points: indicator.score,
    }));
    if (result.bonus !== 0) steps.push({ label: t('加分', 'Bonus'), points: result.bonus });
    if (result.penalty !== 0) steps.push({ label: t('扣分', 'Penalty'), points: -Math.abs(result.penalty) });
    return scoreWaterfallOption(steps, result.total, language);
  }, [explanation, result, name, t, language]);

  return (
    <>
      <PageHeader
        title={result.name}
        subtitle={`${evaluation.uscc} · ${unitName(result.reportingUnitId)}${result.mergedWith.length > 0 ? ` · ${t('合并评价', 'merged with')} ${result.mergedWith.join('、')}` : ''}`}
      />
      <div className="explain-grid">
        <section className="card" aria-label={t('得分构成', 'Score build-up')}>
          <h2>{t('得分构成（各项对总分的贡献）', 'How the total builds up')}</h2>
          {result.status !== 'rated' && (
            <p className="muted">
              {t(
                '该企业未定级，指标未计分；下表仍列出其指标值。',
                'The enterprise is not rated: no points; its values are listed below.',
              )}
            </p>
          )}
          <EChart option={option} height={300} ariaLabel={t('得分构成瀑布图', 'Score waterfall chart')} />
        </section>
        <ClassCard evaluation={evaluation} city={city} />
      </div>
      <div className="stack">
        <section className="card" aria-label={t('指标', 'Indicators')}>
          <h2>{t('指标、基准值、权重与得分', 'Indicators, baselines, weights and points')}</h2>
          <IndicatorTable indicators={explanation.indicators} />
        </section>
        <div className="grid">
          <RulesCard explanation={explanation} />
          <NextClassCard next={explanation.nextClass} indicators={explanation.indicators} note={explanation.note} />
          {city ? <EnterpriseRobustness runId={evaluation.runId} unitId={result.unitId} /> : null}
        </div>
        {(evaluation.regrades.length > 0 || evaluation.appeals.length > 0) && (
          <section className="card" aria-label={t('调档与申诉', 'Re-grades and appeals')}>
            <h2>{t('调档与申诉记录', 'Re-grades and appeals')}</h2>
            <ul className="rule-list">
              {evaluation.regrades.map((regrade) => (
                <li key={`r${regrade.id}`}>
                  {t('调档', 'Re-grade')} <ClassBadge value={regrade.fromClass} /> →{' '}
                  <ClassBadge value={regrade.toClass} />：{regrade.reason}（{regrade.requestedBy}
                  {regrade.approvedBy ? ` / ${regrade.approvedBy}` : ''} · {dateTime(regrade.at)}）
                </li>
              ))}
              {evaluation.appeals.map((appeal) => (
                <li key={`a${appeal.id}`}>
                  {t('申诉', 'Appeal')} #{appeal.id}（
                  {APPEAL_STATUS[appeal.status as AppealStatus]
                    ? pick(APPEAL_STATUS[appeal.status as AppealStatus], language)
                    : appeal.status}
                  ）：{appeal.reason}
                  {appeal.decisionReason ? ` — ${appeal.decisionReason}` : ''}（{appeal.filedBy} ·{' '}
                  {dateTime(appeal.filedAt)}）
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
