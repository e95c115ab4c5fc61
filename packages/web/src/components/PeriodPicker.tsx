/**
 * The month whose 1–N月 figures a page shows: the months with statistics (GET /api/statistics/periods), kept in
 * the page address (?period=YYYY-MM) so a view can be bookmarked and shared; the latest month by default.
 */
import { useEffect } from 'react';
import { apiPath } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { setQuery, useLocation } from '../app/router.tsx';
import { cumulativePeriod } from '../format/display.ts';
import { useLanguage } from '../i18n/language.tsx';

interface Periods {
  periods: string[];
  latest: string | null;
}

/** The chosen period (from the address, else the latest), or null while the list loads or when there is none. */
export function useChosenPeriod(): { period: string | null; periods: string[]; loading: boolean } {
  const { query } = useLocation();
  const state = useApi<Periods>(apiPath('/api/statistics/periods'));
  const periods = state.data?.periods ?? [];
  const asked = query.get('period');
  // A period in the address is used at once (the server checks it); once the list is there, it must be in it.
  const askedFits = asked !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked);
  const period = askedFits && (state.data === null || periods.includes(asked)) ? asked : (state.data?.latest ?? null);
  return { period, periods, loading: state.status === 'loading' };
}

export function PeriodPicker() {
  const { t, language } = useLanguage();
  const { period, periods } = useChosenPeriod();
  const { query } = useLocation();
  useEffect(() => {
    if (period && query.get('period') === null) setQuery('period', period, { quiet: true });
  }, [period, query]);
  if (periods.length === 0) return null;
  return (
    <label className="picker">
      {t('期别', 'Period')}{' '}
      <select value={period ?? ''} onChange={(event) => setQuery('period', event.target.value)}>
        {periods.map((value) => (
          <option key={value} value={value}>
            {cumulativePeriod(value, language)}
          </option>
        ))}
      </select>
    </label>
  );
}
