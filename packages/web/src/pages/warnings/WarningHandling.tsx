/**
 * One warning being handled: what it says and its figures, who acknowledged or closed it, and — for people with
 * warning.handle — acknowledge, then close with a note on what was done.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { SEVERITIES, shortTime, STATUSES } from './warning-labels.ts';
import type { Warning } from './warning-types.ts';

export function WarningHandling({
  warning,
  onChanged,
  onDismiss,
}: {
  warning: Warning;
  onChanged: (warning: Warning) => void;
  onDismiss: () => void;
}) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const [note, setNote] = useState('');
  const command = useApiCommand<Warning>();
  const mayHandle = can('warning.handle') && warning.status !== 'closed';

  const acknowledge = async () => {
    const changed = await command.run(() => apiSend<Warning>('POST', `/api/warnings/${warning.id}/acknowledge`, {}));
    if (changed) onChanged(changed);
  };
  const close = async (event: FormEvent) => {
    event.preventDefault();
    const changed = await command.run(() => apiSend<Warning>('POST', `/api/warnings/${warning.id}/close`, { note }));
    if (changed) {
      setNote('');
      onChanged(changed);
    }
  };

  return (
    <section className="card warning-handling" aria-label={t(`预警 #${warning.id}`, `Warning #${warning.id}`)}>
      <h2>
        <span className={`badge ${warning.severity}`}>{name(SEVERITIES[warning.severity])}</span>{' '}
        {t(`预警 #${warning.id}`, `Warning #${warning.id}`)} · {name(warning.subject.name)}
        <button type="button" className="link dismiss" onClick={onDismiss} aria-label={t('收起', 'Close panel')}>
          ×
        </button>
      </h2>
      <p>{name(warning.message)}</p>
      <dl className="warning-facts">
        <dt>{t('状态', 'Status')}</dt>
        <dd>{name(STATUSES[warning.status])}</dd>
        <dt>{t('规则', 'Rule')}</dt>
        <dd>{warning.ruleId}</dd>
        <dt>{t('责任方', 'Owner')}</dt>
        <dd>{warning.owner}</dd>
        <dt>{t('发现 / 最近出现', 'Opened / last seen')}</dt>
        <dd>
          {shortTime(warning.openedAt)} / {shortTime(warning.lastSeenAt)}
        </dd>
        {warning.acknowledgedBy && (
          <>
            <dt>{t('确认', 'Acknowledged')}</dt>
            <dd>
              {warning.acknowledgedBy} · {shortTime(warning.acknowledgedAt)}
            </dd>
          </>
        )}
        {warning.closedBy && (
          <>
            <dt>{t('关闭', 'Closed')}</dt>
            <dd>
              {warning.closedBy} · {shortTime(warning.closedAt)} · {warning.closeNote}
            </dd>
          </>
        )}
      </dl>
      {mayHandle && (
        <div className="warning-actions">
          {warning.status === 'open' && (
            <button type="button" className="primary" disabled={command.busy} onClick={() => void acknowledge()}>
              {t('确认预警', 'Acknowledge')}
            </button>
          )}
          <form className="inline" onSubmit={(event) => void close(event)}>
            <label className="stacked">
              {t('处理情况说明', 'What was done')}
              <textarea required maxLength={2000} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
            <button type="submit" disabled={command.busy || note.trim() === ''}>
              {t('关闭预警', 'Close the warning')}
            </button>
          </form>
        </div>
      )}
      {command.error && (
        <p role="alert" className="error-text">
          {command.error}
        </p>
      )}
    </section>
  );
}
