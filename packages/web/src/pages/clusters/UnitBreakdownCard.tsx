/**
 * Where the cluster's output is made: one bar and one row per reporting unit (county, district, functional zone)
 * for the period (GET /api/statistics/units with the system and cluster), under the chosen disclosure audience;
 * a withheld unit shows "x" and has no bar. Each value opens its explanation.
 */
import { useMemo } from 'react';
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/EChart.tsx';
import { unitBreakdownOption } from '../../charts/options/unit-breakdown.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { ExplainFigure } from '../../components/ExplainFigure.tsx';
import { cell, count, growth, money, percent, points } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { UnitStatisticsRow } from './statistics-types.ts';

export function UnitBreakdownCard({
  system,
  cluster,
  period,
  audience,
  measure,
}: {
  system: string;
  cluster: string;
  period: string;
  audience: string;
  measure: string;
}) {
  const { t } = useLanguage();
  const state = useApi<UnitStatisticsRow[]>(
    apiPath('/api/statistics/units', { system, cluster, period, audience, measure }),
  );
  return (
    <section className="card section" aria-label={t('分县（市、区）情况', 'By reporting unit')}>
      <h2>{t('分县（市、区）情况', 'By reporting unit')}</h2>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <UnitBreakdown
            rows={rows}
            system={system}
            cluster={cluster}
            period={period}
            audience={audience}
            measure={measure}
          />
        )}
      </ApiView>
    </section>
  );
}

function UnitBreakdown({
  rows,
  system,
  cluster,
  period,
  audience,
  measure,
}: {
  rows: UnitStatisticsRow[];
  system: string;
  cluster: string;
  period: string;
  audience: string;
  measure: string;
}) {
  const { t, name, language } = useLanguage();
  const option = useMemo(() => unitBreakdownOption(rows, language, measure), [rows, language, measure]);
  const columns = useMemo<Column<UnitStatisticsRow>[]>(() => {
    const shown = (row: UnitStatisticsRow, value: number | null) => (row.suppressed ? null : value);
    const exported = (row: UnitStatisticsRow, value: number | null) => (row.suppressed ? 'x' : value);
    return [
      { key: 'unit', header: t('县（市、区）', 'Reporting unit'), value: (row) => name(row.name) },
      {
        key: 'value',
        header: t('1-N月产值', 'Year to date'),
        value: (row) => shown(row, row.value),
        render: (row) => (
          <ExplainFigure query={{ system, cluster, unit: row.unit, measure, period, audience }}>
            {cell(row.value, row.suppressed, (value) => money(value, language))}
          </ExplainFigure>
        ),
        exportValue: (row) => exported(row, row.value),
        align: 'right',
      },
      {
        key: 'yoy',
        header: t('可比增速', 'Growth'),
        value: (row) => shown(row, row.yoy),
        render: (row) => cell(row.yoy, row.suppressed, growth),
        exportValue: (row) => exported(row, row.yoy),
        align: 'right',
      },
      {
        key: 'share',
        header: t('占全市比重', 'Share of city'),
        value: (row) => shown(row, row.share),
        render: (row) => cell(row.share, row.suppressed, percent),
        exportValue: (row) => exported(row, row.share),
        align: 'right',
      },
      {
        key: 'pull',
        header: t('拉动', 'Pull'),
        value: (row) => shown(row, row.pull),
        render: (row) => cell(row.pull, row.suppressed, (value) => points(value, language)),
        exportValue: (row) => exported(row, row.pull),
        align: 'right',
      },
      {
        key: 'rank',
        header: t('产值位次', 'Rank'),
        value: (row) => shown(row, row.rankByValue),
        render: (row) => cell(row.rankByValue, row.suppressed, count),
        exportValue: (row) => exported(row, row.rankByValue),
        align: 'right',
      },
    ];
  }, [t, name, language, system, cluster, measure, period, audience]);
  const hasBars = rows.some((row) => !row.suppressed && row.value !== null);
  return (
    <>
      {hasBars ? (
        <EChart
          option={option}
          height={Math.max(200, 32 * rows.length + 40)}
          ariaLabel={t('分县（市、区）产值条形图', 'Output by reporting unit, bar chart')}
        />
      ) : (
        <p className="muted">
          {t('各县数值均不予公布或缺失，未绘图。', 'Every unit is withheld or missing: no chart.')}
        </p>
      )}
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(row) => row.unit}
        exportName={`集群分县_${cluster}_${period}`}
        filterable={false}
      />
    </>
  );
}
