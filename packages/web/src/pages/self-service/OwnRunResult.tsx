/**
 * The enterprise's result in one published run (GET /api/evaluation/runs/{id}/enterprises/{uscc}): its class
 * (初评 and after re-grading), score and rank, a link to the full explanation, its appeals, and the appeal form
 * while the window is open.
 */
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { AppealForm } from './AppealForm.tsx';
import { APPEAL_STATUS, label, shortTime } from './self-service-labels.ts';
import type { EvaluationRunRecord, OwnResult } from './self-service-types.ts';

export function OwnRunResult({ run, uscc }: { run: EvaluationRunRecord; uscc: string }) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const state = useApi<OwnResult>(`/api/evaluation/runs/${run.id}/enterprises/${encodeURIComponent(uscc)}`);
  const windowOpen = run.appealDeadline !== null && new Date(run.appealDeadline).getTime() > Date.now();
  return (
    <article className="own-run" aria-label={t(`${run.year}年度评价`, `Evaluation ${run.year}`)}>
      <h3>
        {t(`${run.year}年度亩均评价`, `${run.year} per-mu evaluation`)}{' '}
        <span className="muted">
          {run.schemeId} · {t('发布于', 'published')} {shortTime(run.publishedAt)}
        </span>
      </h3>
      <ApiView state={state}>
        {(result) => {
          const finalClass = result.finalClass ?? result.initialClass;
          const facts = result.explanation.result;
          return (
            <>
              <p className="own-class">
                {finalClass ? (
                  <span className={`badge big ${finalClass}`}>{t(`${finalClass}类`, `Class ${finalClass}`)}</span>
                ) : (
                  <span className="muted">
                    {t('未评级', 'Not rated')}
                    {result.explanation.note && <>（{name(result.explanation.note)}）</>}
                  </span>
                )}
                {result.explanation.className && <span> {name(result.explanation.className)}</span>}
                {result.initialClass && result.finalClass && result.initialClass !== result.finalClass && (
                  <span className="muted">
                    {' '}
                    {t(`（初评 ${result.initialClass}类）`, `(initially class ${result.initialClass})`)}
                  </span>
                )}
                {facts?.rank != null && facts.rankedCount != null && (
                  <span className="muted">
                    {' '}
                    · {t('排名', 'Rank')} {count(facts.rank)} / {count(facts.rankedCount)}
                  </span>
                )}
                {' · '}
                <Link to={`/evaluation/runs/${run.id}/enterprises/${encodeURIComponent(uscc)}`}>
                  {t('查看完整评价说明', 'See the full explanation')}
                </Link>
              </p>
              {result.appeals.length > 0 && (
                <ul className="own-appeals" aria-label={t('申诉', 'Appeals')}>
                  {result.appeals.map((appeal) => (
                    <li key={appeal.id}>
                      {t(`申诉 #${appeal.id}`, `Appeal #${appeal.id}`)} · {shortTime(appeal.filedAt)} ·{' '}
                      <strong>{name(label(APPEAL_STATUS, appeal.status))}</strong> · {appeal.reason}
                      {appeal.decisionReason && (
                        <span className="muted">
                          {' '}
                          — {t('处理意见', 'decision')}: {appeal.decisionReason}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {can('appeal.file') && windowOpen && run.appealDeadline ? (
                <details className="appeal-details">
                  <summary>
                    {t(
                      `对结果有异议？申诉截止 ${run.appealDeadline.slice(0, 10)}`,
                      `Disagree? Appeals close on ${run.appealDeadline.slice(0, 10)}`,
                    )}
                  </summary>
                  <AppealForm runId={run.id} uscc={uscc} deadline={run.appealDeadline} onFiled={state.reload} />
                </details>
              ) : (
                <p className="muted">
                  {run.appealDeadline
                    ? t(
                        `申诉期已于 ${run.appealDeadline.slice(0, 10)} 截止`,
                        `The appeal window closed on ${run.appealDeadline.slice(0, 10)}`,
                      )
                    : t('此批次不接受申诉', 'This run takes no appeals')}
                </p>
              )}
            </>
          );
        }}
      </ApiView>
    </article>
  );
}
