/**
 * Re-grades (调档) of a run: the requests with both people, a request form (evaluation.regrade, before
 * publication) and approve / reject by another person — the server refuses the requester and its message shows.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';
import { classesIn } from './class-counts.ts';
import { APPROVAL_STATUS, ClassBadge, dateTime, pick } from './evaluation-labels.tsx';
import type { EvaluationApproval, EvaluationRunDetail } from './evaluation-types.ts';

export function RegradesPanel({ run, onChanged }: { run: EvaluationRunDetail; onChanged: () => void }) {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const me = useMe();
  const state = useApi<EvaluationApproval[]>(`/api/evaluation/runs/${run.id}/regrades`);
  const command = useApiCommand<unknown>();
  const [rejecting, setRejecting] = useState<number | null>(null);
  const [rejectReason, setRejectReason] = useState('');
  const mayRegrade = can('evaluation.regrade');

  const act = async (path: string, body: unknown) => {
    if (await command.run(() => apiSend('POST', path, body))) {
      setRejecting(null);
      setRejectReason('');
      state.reload();
      onChanged();
    }
  };

  const columns: Column<EvaluationApproval>[] = [
    { key: 'id', header: t('编号', 'No.'), value: (row) => row.id, align: 'right' },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (row) => row.uscc },
    {
      key: 'from',
      header: t('原等级', 'From'),
      value: (row) => row.fromClass,
      render: (row) => <ClassBadge value={row.fromClass} />,
    },
    {
      key: 'to',
      header: t('调整为', 'To'),
      value: (row) => row.toClass,
      render: (row) => <ClassBadge value={row.toClass} />,
    },
    { key: 'reason', header: t('理由', 'Reason'), value: (row) => row.reason },
    {
      key: 'requestedBy',
      header: t('申请人', 'Requested by'),
      value: (row) => `${row.requestedBy} · ${dateTime(row.requestedAt)}`,
    },
    { key: 'status', header: t('状态', 'Status'), value: (row) => pick(APPROVAL_STATUS[row.status], language) },
    {
      key: 'decidedBy',
      header: t('批准/驳回人', 'Decided by'),
      value: (row) =>
        row.decidedBy
          ? `${row.decidedBy} · ${dateTime(row.decidedAt)}${row.decisionNote ? `：${row.decisionNote}` : ''}`
          : null,
    },
    {
      key: 'actions',
      header: t('操作', 'Actions'),
      sortable: false,
      value: () => null,
      exportValue: () => null,
      render: (row) =>
        mayRegrade && row.status === 'pending' ? (
          rejecting === row.id ? (
            <span className="inline-form">
              <input
                aria-label={t('驳回理由', 'Reason for rejecting')}
                value={rejectReason}
                onChange={(event) => setRejectReason(event.target.value)}
              />
              <button
                type="button"
                className="danger"
                disabled={!rejectReason.trim() || command.busy}
                onClick={() => void act(`/api/evaluation/regrades/${row.id}/reject`, { reason: rejectReason })}
              >
                {t('确认驳回', 'Reject')}
              </button>
              <button type="button" onClick={() => setRejecting(null)}>
                {t('取消', 'Cancel')}
              </button>
            </span>
          ) : (
            <span className="inline-form">
              <button
                type="button"
                disabled={command.busy}
                title={
                  row.requestedBy === me.login
                    ? t('须由申请人以外的另一人批准', 'Another person must approve')
                    : undefined
                }
                onClick={() => void act(`/api/evaluation/regrades/${row.id}/approve`, {})}
              >
                {t('批准', 'Approve')}
              </button>
              <button type="button" className="danger" onClick={() => setRejecting(row.id)}>
                {t('驳回', 'Reject')}
              </button>
            </span>
          )
        ) : null,
    },
  ];

  return (
    <section className="card" aria-label={t('调档', 'Re-grades')}>
      <h2>{t('调档申请', 'Re-grade requests')}</h2>
      <p className="muted">
        {t(
          '调档须在发布前申请，由另一名有调档权限的人员批准后生效；初评等级与调档后等级均保留。',
          'Re-grades are requested before publication and take effect when another person approves; both the initial and the final class are kept.',
        )}
      </p>
      {mayRegrade && run.status !== 'published' && (
        <RegradeForm
          run={run}
          onDone={() => {
            state.reload();
            onChanged();
          }}
        />
      )}
      {command.error && (
        <p role="alert" className="error-text">
          {command.error}
        </p>
      )}
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('没有调档申请', 'No re-grade requests')}
      >
        {(rows) => (
          <DataTable rows={rows} columns={columns} rowKey={(row) => String(row.id)} exportName={`regrades-${run.id}`} />
        )}
      </ApiView>
    </section>
  );
}

function RegradeForm({ run, onDone }: { run: EvaluationRunDetail; onDone: () => void }) {
  const { t } = useLanguage();
  const [uscc, setUscc] = useState('');
  const [toClass, setToClass] = useState('');
  const [reason, setReason] = useState('');
  const command = useApiCommand<unknown>();
  const rated = run.results.filter((row) => row.status === 'rated');
  const classes = classesIn(run.results);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await command.run(() =>
      apiSend('POST', `/api/evaluation/runs/${run.id}/regrades`, { uscc: uscc.trim(), toClass, reason }),
    );
    if (done) {
      setReason('');
      onDone();
    }
  };
  return (
    <form className="inline" onSubmit={(event) => void submit(event)} aria-label={t('申请调档', 'Request a re-grade')}>
      <label>
        {t('企业信用代码', 'USCC')}{' '}
        <input list={`rated-${run.id}`} value={uscc} onChange={(event) => setUscc(event.target.value)} required />
        <datalist id={`rated-${run.id}`}>
          {rated.map((row) => (
            <option key={row.uscc} value={row.uscc}>
              {`${row.name ?? ''} ${row.finalClass ?? ''}`}
            </option>
          ))}
        </datalist>
      </label>
      <label>
        {t('调整为', 'To class')}{' '}
        <select value={toClass} onChange={(event) => setToClass(event.target.value)} required>
          <option value="">—</option>
          {classes.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('理由', 'Reason')} <input value={reason} onChange={(event) => setReason(event.target.value)} required />
      </label>
      <button type="submit" disabled={command.busy}>
        {t('提交调档申请', 'Request')}
      </button>
      {command.error && (
        <span role="alert" className="error-text">
          {command.error}
        </span>
      )}
    </form>
  );
}
