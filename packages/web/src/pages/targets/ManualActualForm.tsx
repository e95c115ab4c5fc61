/**
 * Recording a target's actual by hand (city-wide register staff): the target (those without a computed figure first),
 * the year, the value in the unit the target is written in (家, 项, 万元/亩, %), and where the figure comes from. The
 * recorder is the signed-in account; a later entry for the same year replaces the figure shown.
 */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { SystemTarget } from './target-types.ts';

export function ManualActualForm({
  system,
  year,
  targets,
  onRecorded,
}: {
  system: string;
  year: number;
  targets: readonly SystemTarget[];
  onRecorded: () => void;
}) {
  const { t, name } = useLanguage();
  const ordered = [...targets].sort(
    (a, b) =>
      Number(b.source === 'unavailable' || b.source === 'manual') -
      Number(a.source === 'unavailable' || a.source === 'manual'),
  );
  const [targetId, setTargetId] = useState('');
  const chosen = ordered.find((target) => target.targetId === targetId) ?? ordered[0];
  const [entryYear, setEntryYear] = useState(String(year));
  const [value, setValue] = useState('');
  const [sourceText, setSourceText] = useState('');
  const command = useApiCommand<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const done = await command.run(() =>
      apiSend('POST', `/api/targets/${system}/${chosen.targetId}/actuals`, {
        year: Number(entryYear),
        value: Number(value),
        sourceText: sourceText.trim(),
      }),
    );
    if (done !== null && done !== undefined) {
      setValue('');
      setSourceText('');
      onRecorded();
    }
  };

  return (
    <section className="card" aria-labelledby="manual-actual-title">
      <h2 id="manual-actual-title">{t('录入实际值', 'Record an actual value')}</h2>
      <p className="muted">
        {t(
          '用于名录与统计无法计算的指标（标准、品牌、跨国公司、亩均税收等）；统计或名录有数时以计算值为准。',
          'For measures no register or statistic computes; a computed figure wins when there is one.',
        )}
      </p>
      <form className="manual-form" onSubmit={submit} aria-label={t('录入实际值', 'Record an actual value')}>
        <label>
          {t('目标', 'Target')}
          <select
            aria-label={t('目标', 'Target')}
            value={chosen?.targetId ?? ''}
            onChange={(event) => setTargetId(event.target.value)}
          >
            {ordered.map((target) => (
              <option key={target.targetId} value={target.targetId}>
                {name(target.name)}
                {target.clusterName ? ` · ${name(target.clusterName)}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('年份', 'Year')}
          <input
            type="number"
            min="2015"
            max="2030"
            value={entryYear}
            onChange={(event) => setEntryYear(event.target.value)}
          />
        </label>
        <label>
          {t('实际值', 'Value')}
          {chosen ? `（${chosen.writtenUnit}）` : ''}
          <input
            type="number"
            min="0"
            step="any"
            required
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <label>
          {t('数据来源', 'Source of the figure')}
          <input
            required
            value={sourceText}
            placeholder={t('如：市市场监管局 2024 年度统计', 'e.g. the market regulator’s 2024 report')}
            onChange={(event) => setSourceText(event.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={command.busy || value === '' || sourceText.trim() === ''}>
          {t('保存', 'Save')}
        </button>
        {command.error && (
          <div className="state error" role="alert">
            {command.error}
          </div>
        )}
      </form>
    </section>
  );
}
