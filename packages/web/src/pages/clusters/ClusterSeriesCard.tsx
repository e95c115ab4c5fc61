/**
 * The cluster's monthly series for the last two years to the chosen period: 1–N月 value as bars and comparable
 * growth as a line (GET /api/statistics/series). The series has no disclosure control, so only roles with full
 * access see it; everyone else sees the period's 1–N月 figures in a table and the reason.
 */
import { useMemo } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { hasFullAccess } from '../../components/AudiencePicker.tsx';
import { EChart } from '../../charts/EChart.tsx';
import { clusterSeriesOption, type SeriesPoint } from '../../charts/options/cluster-series.ts';
import { cell, cumulativePeriod, growth, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useMe } from '../../session/session-context.tsx';
import type { ClusterStatisticsRow } from './statistics-types.ts';

export function ClusterSeriesCard({
  system,
  cluster,
  period,
  measure,
  row,
}: {
  system: string;
  cluster: string;
  period: string;
  measure: string;
  row: ClusterStatisticsRow | null;
}) {
  const { t } = useLanguage();
  const full = hasFullAccess(useMe());
  return (
    <section className="card section" aria-label={t('月度走势', 'Monthly series')}>
      <h2>{t('月度走势', 'Monthly series')}</h2>
      {full ? (
        <SeriesChart system={system} cluster={cluster} period={period} measure={measure} />
      ) : (
        <>
          <p className="why-not" role="note">
            {t(
              '月度序列未经披露控制（可推算单个企业数据），仅限全量权限角色查看；以下为本期 1-N 月累计数。',
              'The monthly series is not disclosure-controlled (single firms could be worked out), so only roles with full access see it; below are the period’s year-to-date figures.',
            )}
          </p>
          {row && <CumulativeTable row={row} period={period} />}
        </>
      )}
    </section>
  );
}

function SeriesChart({
  system,
  cluster,
  period,
  measure,
}: {
  system: string;
  cluster: string;
  period: string;
  measure: string;
}) {
  const { t, language } = useLanguage();
  const from = `${Number(period.slice(0, 4)) - 1}-01`;
  const state = useApi<SeriesPoint[]>(
    apiPath('/api/statistics/series', { system, cluster, measure, from, to: period }),
  );
  const option = useMemo(
    () => (state.data ? clusterSeriesOption(state.data, language, measure) : null),
    [state.data, language, measure],
  );
  return (
    <ApiView state={state} isEmpty={(points) => points.every((point) => point.value === null)}>
      {() =>
        option && (
          <>
            <EChart
              option={option}
              height={340}
              ariaLabel={t('月度累计产值与可比增速图', 'Year-to-date output and comparable growth chart')}
            />
            <p className="muted">
              {t(
                '月度序列为全量数据（内部），未做披露控制，不得对外发布。',
                'The monthly series is full (internal) data without disclosure control: not for publication.',
              )}
            </p>
          </>
        )
      }
    </ApiView>
  );
}

function CumulativeTable({ row, period }: { row: ClusterStatisticsRow; period: string }) {
  const { t, language } = useLanguage();
  const format = (value: number | null) => money(value, language);
  return (
    <div className="table-scroll">
      <table className="data">
        <caption>{cumulativePeriod(period, language)}</caption>
        <thead>
          <tr>
            <th scope="col" className="right">
              {t('本期累计', 'Year to date')}
            </th>
            <th scope="col" className="right">
              {t('上年同期', 'Year earlier')}
            </th>
            <th scope="col" className="right">
              {t('可比增速', 'Comparable growth')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className="right">{cell(row.value, row.suppressed, format)}</td>
            <td className="right">{cell(row.base, row.suppressed, format)}</td>
            <td className="right">{cell(row.yoy, row.suppressed, growth)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
