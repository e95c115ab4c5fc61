/**
 * Recording a review (复核) of one entry (register.write): the date, the outcome — kept (保留) or withdrawn (撤销) —
 * and a note. The reviewer is the signed-in account; the server refuses another unit's firm with its 403 message.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { PoolEntryRow } from './pool-types.ts';

export function ReviewForm({
  entry,
  asOf,
  onDone,
  onCancel,
}: {
  entry: PoolEntryRow;
  /** The date the page shows entries on: the review date defaults to it when it is before today. */
  asOf: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  const today = new Date().toISOString().slice(0, 10);
  const [reviewedOn, setReviewedOn] = useState(asOf < today ? asOf : today);
  const [outcome, setOutcome] = useState<'kept' | 'withdrawn'>('kept');
  const [note, setNote] = useState('');
  const command = useApiCommand<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await command.run(() =>
      apiSend('POST', '/api/pools/reviews', {
        uscc: entry.uscc,
        tier: entry.tier,
        entryDate: entry.entryDate,
        reviewedOn,
        outcome,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (done !== null) onDone();
  };

  return (
    <form className="inline pool-review-form" onSubmit={submit} aria-label={t('复核', 'Review')}>
      <strong>{entry.name ?? entry.uscc}</strong>
      <label>
        {t('复核日期', 'Review date')}
        <input type="date" required value={reviewedOn} onChange={(event) => setReviewedOn(event.target.value)} />
      </label>
      <label>
        {t('结论', 'Outcome')}
        <select value={outcome} onChange={(event) => setOutcome(event.target.value as 'kept' | 'withdrawn')}>
          <option value="kept">{t('保留', 'Kept')}</option>
          <option value="withdrawn">{t('撤销', 'Withdrawn')}</option>
        </select>
      </label>
      <label>
        {t('说明', 'Note')}
        <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={command.busy}>
        {t('提交复核', 'Record review')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('取消', 'Cancel')}
      </button>
      {command.error && (
        <span role="alert" className="error-text">
          {command.error}
        </span>
      )}
    </form>
  );
}
