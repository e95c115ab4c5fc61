/**
 * A run's status and workflow: the digests, who did what, submit (evaluation.submit, drafts) and publish
 * (evaluation.publish, runs in review; the server refuses the submitter and its message is shown), and the
 * verification (recomputed from the stored scheme and input: the same digest?) for city-wide accounts.
 */
import { useState } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { dateTime, RunStatusBadge } from './evaluation-labels.tsx';
import type { EvaluationRunDetail, RunVerification } from './evaluation-types.ts';
import { useCityScope } from './use-city-scope.ts';

export function RunWorkflow({ run, onChanged }: { run: EvaluationRunDetail; onChanged: () => void }) {
  const { t } = useLanguage();
  const { can } = useSession();
  const command = useApiCommand<unknown>();
  const [appealDays, setAppealDays] = useState('15');
  const city = useCityScope();

  const act = async (path: string, body: unknown) => {
    if (await command.run(() => apiSend('POST', path, body))) onChanged();
  };

  return (
    <section className="card run-workflow" aria-label={t('状态与流程', 'Status and workflow')}>
      <h2>
        {t('状态与流程', 'Status and workflow')} <RunStatusBadge status={run.status} />
      </h2>
      <dl className="facts">
        <dt>{t('发起', 'Started')}</dt>
        <dd>
          {run.createdBy} · {dateTime(run.createdAt)}
        </dd>
        <dt>{t('提交审核', 'Submitted')}</dt>
        <dd>{run.submittedBy ? `${run.submittedBy} · ${dateTime(run.submittedAt)}` : '—'}</dd>
        <dt>{t('审核发布', 'Approved and published')}</dt>
        <dd>{run.publishedBy ? `${run.publishedBy} · ${dateTime(run.publishedAt)}` : '—'}</dd>
        <dt>{t('申诉截止', 'Appeals until')}</dt>
        <dd>{dateTime(run.appealDeadline)}</dd>
        <dt>{t('结果摘要', 'Digest')}</dt>
        <dd>
          <code title={run.digest}>{run.digest.slice(0, 16)}</code>
        </dd>
      </dl>
      <div className="actions-row">
        {run.status === 'draft' && can('evaluation.submit') && (
          <button
            type="button"
            className="primary"
            disabled={command.busy}
            onClick={() => void act(`/api/evaluation/runs/${run.id}/submit`, {})}
          >
            {t('提交审核', 'Submit for review')}
          </button>
        )}
        {run.status === 'in_review' && can('evaluation.publish') && (
          <>
            <label>
              {t('申诉期（天）', 'Appeal window (days)')}{' '}
              <input
                type="number"
                min={0}
                max={365}
                value={appealDays}
                onChange={(event) => setAppealDays(event.target.value)}
                className="narrow-input"
              />
            </label>
            <button
              type="button"
              className="primary"
              disabled={command.busy}
              onClick={() =>
                void act(`/api/evaluation/runs/${run.id}/publish`, {
                  ...(appealDays !== '' ? { appealDays: Number(appealDays) } : {}),
                })
              }
            >
              {t('审核通过并发布', 'Approve and publish')}
            </button>
          </>
        )}
        {command.error && (
          <span role="alert" className="error-text">
            {command.error}
          </span>
        )}
      </div>
      {city && <Verification runId={run.id} />}
    </section>
  );
}

function Verification({ runId }: { runId: number }) {
  const { t } = useLanguage();
  const state = useApi<RunVerification>(`/api/evaluation/runs/${runId}/verification`);
  const check = state.data;
  return (
    <div className="verification" aria-live="polite">
      <strong>{t('复算校验', 'Verification')}：</strong>
      {state.status === 'error' ? (
        <span className="error-text">{state.error.message}</span>
      ) : !check ? (
        <span className="muted">{t('复算中…', 'Recomputing…')}</span>
      ) : (
        <span className={check.intact && check.reproducible ? 'ok-text' : 'error-text'}>
          {check.intact && check.reproducible
            ? t('由存档方案与输入复算，摘要一致', 'recomputed from the stored scheme and input: the same digest')
            : t('复算摘要不一致', 'the recomputed digest differs')}
          {check.inputChangedSince && (
            <span className="muted">
              {' '}
              ·{' '}
              {t(
                '评价后源数据已有变化（本批次仍按当时输入）',
                'the source data changed since (the run keeps its own input)',
              )}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
