/** The audit log's filters: actor, action, and a time window (dates, whole days in local time). */
import { useState, type FormEvent } from 'react';
import { useLanguage } from '../../i18n/language.tsx';

export interface AuditFilterValues {
  actor: string;
  action: string;
  from: string;
  to: string;
}

export const noAuditFilter: AuditFilterValues = { actor: '', action: '', from: '', to: '' };

/** The filters as API query values: the dates as the start of `from` and the end of `to`. */
export function auditQuery(filters: AuditFilterValues) {
  return {
    actor: filters.actor.trim(),
    action: filters.action.trim(),
    from: filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : '',
    to: filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : '',
  };
}

export function AuditFilters({ onApply }: { onApply: (filters: AuditFilterValues) => void }) {
  const { t } = useLanguage();
  const [values, setValues] = useState<AuditFilterValues>(noAuditFilter);
  const field = (key: keyof AuditFilterValues) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form className="inline audit-filters" onSubmit={submit}>
      <label className="stacked">
        {t('操作人', 'Actor')}
        <input maxLength={200} placeholder="account:12" {...field('actor')} />
      </label>
      <label className="stacked">
        {t('操作', 'Action')}
        <input maxLength={100} placeholder="auth.login" {...field('action')} />
      </label>
      <label className="stacked">
        {t('起始日期', 'From')}
        <input type="date" {...field('from')} />
      </label>
      <label className="stacked">
        {t('截止日期', 'To')}
        <input type="date" {...field('to')} />
      </label>
      <button type="submit" className="primary">
        {t('筛选', 'Filter')}
      </button>
      <button
        type="button"
        onClick={() => {
          setValues(noAuditFilter);
          onApply(noAuditFilter);
        }}
      >
        {t('清除', 'Clear')}
      </button>
    </form>
  );
}
