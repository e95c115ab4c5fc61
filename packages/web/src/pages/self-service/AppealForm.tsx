/** Appealing a published result within the window (POST /api/evaluation/runs/{id}/appeals): why, and the class asked for. */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';

export function AppealForm({
  runId,
  uscc,
  deadline,
  onFiled,
}: {
  runId: number;
  uscc: string;
  deadline: string;
  onFiled: () => void;
}) {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [requestedClass, setRequestedClass] = useState('');
  const command = useApiCommand<{ id: number }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filed = await command.run(() =>
      apiSend<{ id: number }>('POST', `/api/evaluation/runs/${runId}/appeals`, {
        uscc,
        reason,
        ...(requestedClass ? { requestedClass } : {}),
      }),
    );
    if (filed) {
      setReason('');
      onFiled();
    }
  };
  return (
    <form className="request-form appeal-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('提出申诉', 'File an appeal')}</h3>
      <p className="muted">{t(`申诉截止：${deadline.slice(0, 10)}`, `Appeals close on ${deadline.slice(0, 10)}`)}</p>
      <label>
        {t('申诉理由', 'Reason')}
        <textarea
          required
          maxLength={2000}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <label>
        {t('申请改为（可选）', 'Class asked for (optional)')}
        <select value={requestedClass} onChange={(event) => setRequestedClass(event.target.value)}>
          <option value="">—</option>
          {['A', 'B', 'C', 'D'].map((id) => (
            <option key={id} value={id}>
              {t(`${id}类`, `Class ${id}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={command.busy}>
        {t('提交申诉', 'File the appeal')}
      </button>
      {command.result && (
        <p role="status" className="ok-text">
          {t(`申诉 #${command.result.id} 已提交`, `Appeal #${command.result.id} filed`)}
        </p>
      )}
      {command.error && (
        <p role="alert" className="error-text">
          {command.error}
        </p>
      )}
    </form>
  );
}
