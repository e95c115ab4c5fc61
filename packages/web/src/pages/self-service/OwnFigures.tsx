/** The enterprise's own stored figures of a year (GET /api/enterprises/{uscc}/observations): value, 上年同期, source. */
import { apiPath } from '../../api/client.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { cumulativePeriod, measureValue } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { numberOf, shortTime } from './self-service-labels.ts';
import type { OwnObservation } from './self-service-types.ts';

export const observationsPath = (uscc: string, year: number) =>
  apiPath(`/api/enterprises/${encodeURIComponent(uscc)}/observations`, { year });

export function OwnFigures({
  state,
  year,
  years,
  onYear,
}: {
  state: ApiState<{ observations: OwnObservation[] }> & { reload: () => void };
  year: number;
  years: number[];
  onYear: (year: number) => void;
}) {
  const { t, name, language } = useLanguage();
  const columns: Column<OwnObservation>[] = [
    { key: 'measure', header: t('指标', 'Measure'), value: (o) => name(o.name) },
    {
      key: 'period',
      header: t('期别', 'Period'),
      value: (o) => o.period,
      render: (o) => cumulativePeriod(o.period, language),
    },
    {
      key: 'value',
      header: t('数值', 'Value'),
      value: (o) => numberOf(o.value),
      render: (o) => measureValue(o.measure, numberOf(o.value), language),
      align: 'right',
    },
    {
      key: 'base',
      header: t('上年同期', 'Same period last year'),
      value: (o) => numberOf(o.baseValue),
      render: (o) => measureValue(o.measure, numberOf(o.baseValue), language),
      align: 'right',
    },
    { key: 'source', header: t('来源', 'Source'), value: (o) => o.fileName ?? o.source },
    { key: 'importedAt', header: t('导入时间', 'Imported'), value: (o) => shortTime(o.importedAt) },
  ];
  return (
    <section className="card" aria-label={t('本企业数据', 'Our figures')}>
      <div className="card-title">
        <h2>{t('本企业数据', 'Our figures')}</h2>
        <label className="picker">
          {t('年度', 'Year')}{' '}
          <select value={year} onChange={(event) => onYear(Number(event.target.value))}>
            {years.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ApiView
        state={state}
        isEmpty={(data) => data.observations.length === 0}
        emptyMessage={t('该年度没有数据', 'No figures for this year')}
      >
        {(data) => (
          <DataTable
            rows={data.observations}
            columns={columns}
            rowKey={(o) => `${o.measure}|${o.period}`}
            caption={t(`${year}年数据`, `Figures of ${year}`)}
            exportName={`figures-${year}`}
          />
        )}
      </ApiView>
    </section>
  );
}
