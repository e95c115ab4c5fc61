/**
 * The appeals queue of a run (in the caller's scope): list with decisions; for appeal.decide a decision on open
 * appeals (reject, accept, accept with a new class — the class change then waits for a second person) and approve
 * or reject a pending class change. The server's refusals show as they come.
 */
import { useState } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { APPEAL_STATUS, ClassBadge, dateTime, pick } from './evaluation-labels.tsx';
import type { EvaluationAppeal } from './evaluation-types.ts';

export function AppealsPanel({
  runId,
  classes,
  onChanged,
}: {
  runId: number;
  classes: string[];
  onChanged: () => void;
}) {
  const { t } = useLanguage();
  const state = useApi<EvaluationAppeal[]>(`/api/evaluation/runs/${runId}/appeals`);
  const changed = () => {
    state.reload();
    onChanged();
  };
  return (
    <section className="card" aria-label={t('申诉', 'Appeals')}>
      <h2>{t('申诉处理', 'Appeals')}</h2>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0} emptyMessage={t('没有申诉', 'No appeals')}>
        {(appeals) => (
          <ul className="appeal-list">
            {appeals.map((appeal) => (
              <AppealItem key={appeal.id} appeal={appeal} classes={classes} onChanged={changed} />
            ))}
          </ul>
        )}
      </ApiView>
    </section>
  );
}

function AppealItem({
  appeal,
  classes,
  onChanged,
}: {
  appeal: EvaluationAppeal;
  classes: string[];
  onChanged: () => void;
}) {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const command = useApiCommand<unknown>();
  const [reason, setReason] = useState('');
  const [newClass, setNewClass] = useState('');
  const decide = can('appeal.decide');
  const act = async (path: string, body: unknown) => {
    if (await command.run(() => apiSend('POST', path, body))) {
      setReason('');
      onChanged();
    }
  };
  return (
    <li className="appeal">
      <div>
        <strong>#{appeal.id}</strong> {appeal.uscc} · {pick(APPEAL_STATUS[appeal.status], language)} ·{' '}
        {t('申诉人', 'filed by')} {appeal.filedBy} {dateTime(appeal.filedAt)}
      </div>
      <div>
        {t('理由', 'Reason')}：{appeal.reason}
        {appeal.requestedClass && (
          <>
            {' '}
            · {t('请求等级', 'requested class')} <ClassBadge value={appeal.requestedClass} />
          </>
        )}
      </div>
      {appeal.decidedBy && (
        <div className="muted">
          {t('处理', 'Decided')}：{appeal.decidedBy} {dateTime(appeal.decidedAt)} {appeal.decisionReason ?? ''}
          {appeal.classAfter && appeal.classAfter !== appeal.classBefore && (
            <>
              {' '}
              <ClassBadge value={appeal.classBefore} /> → <ClassBadge value={appeal.classAfter} />
            </>
          )}
          {appeal.approvedBy && ` · ${t('批准人', 'approved by')} ${appeal.approvedBy}`}
        </div>
      )}
      {appeal.pendingChange && (
        <div>
          {t('待批准的改档', 'Class change awaiting approval')}：<ClassBadge value={appeal.pendingChange.fromClass} /> →{' '}
          <ClassBadge value={appeal.pendingChange.toClass} />（{appeal.pendingChange.requestedBy}）
        </div>
      )}
      {decide && appeal.status === 'open' && (
        <div className="inline-form">
          <input
            aria-label={t(`申诉 ${appeal.id} 处理理由`, `Reason for appeal ${appeal.id}`)}
            placeholder={t('处理理由', 'Reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <select
            aria-label={t('新等级（受理并改档时）', 'New class (when accepting with a change)')}
            value={newClass}
            onChange={(event) => setNewClass(event.target.value)}
          >
            <option value="">{t('不改等级', 'Keep the class')}</option>
            {classes.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!reason.trim() || command.busy}
            onClick={() =>
              void act(`/api/evaluation/appeals/${appeal.id}/decision`, {
                decision: 'accept',
                reason,
                ...(newClass ? { newClass } : {}),
              })
            }
          >
            {t('受理', 'Accept')}
          </button>
          <button
            type="button"
            className="danger"
            disabled={!reason.trim() || command.busy}
            onClick={() => void act(`/api/evaluation/appeals/${appeal.id}/decision`, { decision: 'reject', reason })}
          >
            {t('驳回申诉', 'Reject the appeal')}
          </button>
        </div>
      )}
      {decide && appeal.status === 'awaiting_approval' && (
        <div className="inline-form">
          <button
            type="button"
            disabled={command.busy}
            onClick={() => void act(`/api/evaluation/appeals/${appeal.id}/approve`, {})}
          >
            {t('批准改档', 'Approve the class change')}
          </button>
          <input
            aria-label={t(`驳回改档 ${appeal.id} 的理由`, `Reason for rejecting the change of appeal ${appeal.id}`)}
            placeholder={t('驳回理由', 'Reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button
            type="button"
            className="danger"
            disabled={!reason.trim() || command.busy}
            onClick={() => void act(`/api/evaluation/appeals/${appeal.id}/reject`, { reason })}
          >
            {t('驳回改档', 'Reject the change')}
          </button>
        </div>
      )}
      {command.error && (
        <div role="alert" className="error-text">
          {command.error}
        </div>
      )}
    </li>
  );
}
