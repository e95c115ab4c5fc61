/** Running the rules for a month (warning.run): the months with statistics, then what the run found. */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { count, cumulativePeriod } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { WarningRunSummary } from './warning-types.ts';

export function RunWarningsForm({ onDone }: { onDone: () => void }) {
  const { t, language } = useLanguage();
  const periods = useApi<{ periods: string[]; latest: string | null }>('/api/statistics/periods');
  const months = (periods.data?.periods ?? []).filter((period) => period.length === 7).reverse();
  const [month, setMonth] = useState('');
  const command = useApiCommand<WarningRunSummary>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const summary = await command.run(() =>
      apiSend<WarningRunSummary>('POST', '/api/warnings/run', month ? { period: month } : {}),
    );
    if (summary) onDone();
  };
  const summary = command.result;
  return (
    <form className="inline run-warnings" onSubmit={(event) => void submit(event)}>
      <label className="picker">
        {t('运行月份', 'Month')}{' '}
        <select value={month} onChange={(event) => setMonth(event.target.value)}>
          <option value="">{t('最新有数据的月份', 'Latest month with data')}</option>
          {months.map((period) => (
            <option key={period} value={period}>
              {cumulativePeriod(period, language)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={command.busy}>
        {command.busy ? t('正在运行…', 'Running…') : t('运行预警规则', 'Run the rules')}
      </button>
      {summary && (
        <span role="status" className="ok-text">
          {t(
            `已运行：新增 ${count(summary.opened)}，再次出现 ${count(summary.seenAgain)}，解除 ${count(summary.cleared)}`,
            `Done: ${count(summary.opened)} new, ${count(summary.seenAgain)} seen again, ${count(summary.cleared)} cleared`,
          )}
        </span>
      )}
      {command.error && (
        <span role="alert" className="error-text">
          {command.error}
        </span>
      )}
    </form>
  );
}
