/**
 * Rolling a committed batch back as a whole (import.rollback): a reason, then an explicit confirmation; the
 * server keeps everything and records a new revision.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';

interface RollbackAnswer {
  batchId: number;
  status: 'rolled_back';
  currentBatchId: number | null;
  revision: number;
}

export function RollbackForm({ batchId, onDone }: { batchId: number; onDone: () => void }) {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const command = useApiCommand<RollbackAnswer>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const answer = await command.run(() =>
      apiSend<RollbackAnswer>('POST', `/api/imports/${batchId}/rollback`, { reason }),
    );
    setConfirming(false);
    if (answer) onDone();
  };

  return (
    <form className="card rollback" onSubmit={(event) => void submit(event)}>
      <h2>{t('整批回退', 'Roll back this batch')}</h2>
      <p className="muted">
        {t(
          '回退生成新版本：此批次的数据不再现行，上一版本恢复为现行；不删除任何记录。',
          'A rollback is a new revision: this batch stops being current and the previous one is restored; nothing is deleted.',
        )}
      </p>
      <label className="stacked">
        {t('回退原因', 'Reason')}
        <textarea required maxLength={1000} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label={t('确认回退', 'Confirm the rollback')}>
          <strong>{t(`确定回退批次 #${batchId}？`, `Roll back batch #${batchId}?`)}</strong>
          <button type="submit" className="danger" disabled={command.busy}>
            {t('确认回退', 'Yes, roll back')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('取消', 'Cancel')}
          </button>
        </div>
      ) : (
        <button type="submit" className="danger" disabled={reason.trim() === ''}>
          {t('回退…', 'Roll back…')}
        </button>
      )}
      {command.result && (
        <p role="status" className="ok-text">
          {t(`已回退，新版本 ${command.result.revision}`, `Rolled back: revision ${command.result.revision}`)}
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
