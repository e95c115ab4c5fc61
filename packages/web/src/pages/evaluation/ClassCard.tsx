/**
 * The class of one result: initial and final class with the scheme's name, total, rank in the group, the class
 * ranges seen in this run's group (city-wide readers: the lowest and highest total per class), and why a result
 * has no class.
 */
import { useApi } from '../../api/use-api.ts';
import { count, decimal, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { observedCutOffs } from './class-counts.ts';
import { ClassBadge, groupName, pick, RESULT_STATUS } from './evaluation-labels.tsx';
import type { EvaluationRunDetail } from './evaluation-types.ts';
import type { EnterpriseEvaluation } from './explanation-types.ts';

export function ClassCard({ evaluation, city }: { evaluation: EnterpriseEvaluation; city: boolean }) {
  const { t, name, language } = useLanguage();
  const { result, className } = evaluation.explanation;
  return (
    <section className="card" aria-label={t('等级', 'Class')}>
      <h2>{t('评价等级', 'Class')}</h2>
      <p>
        <span className={`badge class-big ${evaluation.finalClass ?? ''}`}>{evaluation.finalClass ?? '—'}</span>{' '}
        {className ? name(className) : pick(RESULT_STATUS[result.status], language)}
      </p>
      {evaluation.initialClass !== evaluation.finalClass && (
        <p>
          {t('初评等级', 'Initial class')} <ClassBadge value={evaluation.initialClass} /> → {t('调档后', 'final')}{' '}
          <ClassBadge value={evaluation.finalClass} />
        </p>
      )}
      {result.reason && <p className="muted">{name(result.reason.text)}</p>}
      <dl className="facts">
        <dt>{t('综合得分', 'Total')}</dt>
        <dd>{decimal(result.total)}</dd>
        <dt>{t('指标得分', 'Indicators')}</dt>
        <dd>{decimal(result.indicatorTotal)}</dd>
        <dt>{t('加分 / 扣分', 'Bonus / penalty')}</dt>
        <dd>
          +{decimal(result.bonus)} / −{decimal(Math.abs(result.penalty))}
        </dd>
        <dt>{t('组内名次', 'Rank in group')}</dt>
        <dd>
          {result.rank === null
            ? '—'
            : `${count(result.rank)} / ${count(result.rankedCount)} ${t(`（${percent(result.positionShare)}）`, `(${percent(result.positionShare)})`)}`}
        </dd>
        <dt>{t('评价组', 'Group')}</dt>
        <dd>{groupName(result.groupId, language) ?? '—'}</dd>
      </dl>
      {result.vetoed && (
        <p className="error-text">{t('触发否决项，直接定为最低等级。', 'A veto applies: the lowest class.')}</p>
      )}
      {city && result.groupId && <ObservedCutOffs runId={evaluation.runId} groupId={result.groupId} />}
    </section>
  );
}

function ObservedCutOffs({ runId, groupId }: { runId: number; groupId: string }) {
  const { t } = useLanguage();
  const state = useApi<EvaluationRunDetail>(`/api/evaluation/runs/${runId}`);
  if (!state.data) return null;
  const ranges = observedCutOffs(state.data.results, groupId);
  if (ranges.length === 0) return null;
  return (
    <>
      <strong>{t('本批次该组各等级得分区间（初评）', 'Score range of each class in this group (initial)')}</strong>
      <ul className="cutoff-list">
        {ranges.map((range) => (
          <li key={range.classId}>
            <ClassBadge value={range.classId} /> {decimal(range.lowest)} – {decimal(range.highest)}{' '}
            {t(`（${count(range.count)} 家）`, `(${count(range.count)} firms)`)}
          </li>
        ))}
      </ul>
    </>
  );
}
