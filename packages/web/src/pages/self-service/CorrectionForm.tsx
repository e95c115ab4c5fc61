/**
 * Requesting a data correction (POST /api/enterprises/{uscc}/corrections): which stored figure (measure and
 * period from the shown year's figures), the correct value in the measure's standard unit, and why.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { CorrectionRequest, OwnObservation } from './self-service-types.ts';

export function CorrectionForm({
  uscc,
  observations,
  onFiled,
}: {
  uscc: string;
  observations: OwnObservation[];
  onFiled: () => void;
}) {
  const { t, name, language } = useLanguage();
  const [key, setKey] = useState('');
  const [proposedValue, setProposedValue] = useState('');
  const [reason, setReason] = useState('');
  const command = useApiCommand<CorrectionRequest>();
  const chosen = observations.find((o) => `${o.measure}|${o.period}` === key) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const filed = await command.run(() =>
      apiSend<CorrectionRequest>('POST', `/api/enterprises/${encodeURIComponent(uscc)}/corrections`, {
        measure: chosen.measure,
        period: chosen.period,
        proposedValue: proposedValue.trim(),
        reason,
      }),
    );
    if (filed) {
      setProposedValue('');
      setReason('');
      onFiled();
    }
  };

  return (
    <form className="card request-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('申请数据更正', 'Request a data correction')}</h2>
      <label>
        {t('更正的数据', 'Figure to correct')}
        <select value={key} required onChange={(event) => setKey(event.target.value)}>
          <option value="">{t('请选择指标与期别', 'Choose a measure and period')}</option>
          {observations.map((o) => (
            <option key={`${o.measure}|${o.period}`} value={`${o.measure}|${o.period}`}>
              {name(o.name)} · {cumulativePeriod(o.period, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('正确数值', 'Correct value')}
        <input
          type="text"
          inputMode="decimal"
          required
          pattern="-?\d+(\.\d+)?"
          value={proposedValue}
          onChange={(event) => setProposedValue(event.target.value)}
        />
        {chosen && (
          <span className="muted">
            {t(
              `按标准单位（${chosen.unit}）填写；现存值 ${chosen.value}`,
              `In the standard unit (${chosen.unit}); stored value ${chosen.value}`,
            )}
          </span>
        )}
      </label>
      <label>
        {t('更正理由', 'Reason')}
        <textarea
          required
          maxLength={2000}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={command.busy || !chosen}>
        {t('提交更正申请', 'File the correction')}
      </button>
      {command.result && (
        <p role="status" className="ok-text">
          {t(`更正申请 #${command.result.id} 已提交，待处理`, `Correction #${command.result.id} filed: pending`)}
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
