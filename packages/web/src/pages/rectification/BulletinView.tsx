/**
 * 通报: the month's progress by reporting unit — cases by status as a stacked bar chart, and the table (cases, each
 * status, overdue, closed this month, 亩 and 吨标煤 freed, closure rate, progress against the unit's targets) with
 * the city's row; the bulletin as .xlsx from the server.
 */
import { apiDownload, apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { EChart } from '../../charts/EChart.tsx';
import { rectificationBulletinOption } from '../../charts/options/rectification-bulletin.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, decimal, percent } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { STATUS_NAMES, STATUS_ORDER } from './rectification-labels.ts';
import type { Bulletin, BulletinRow } from './rectification-types.ts';

const COLOURS = ['#9aa5b1', '#7fb3d5', '#5dade2', '#f5b041', '#58d68d', '#239b56', '#d5d8dc'];
type Row = BulletinRow & { label: string; key: string };

export function BulletinView({ year, month }: { year: number; month: number }) {
  const { t, name, language } = useLanguage();
  const query = { year, month };
  const state = useApi<Bulletin>(apiPath('/api/rectification/bulletin', query));
  const columns: Column<Row>[] = [
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => row.label },
    {
      key: 'cases',
      header: t('案件', 'Cases'),
      value: (row) => row.cases,
      render: (row) => count(row.cases),
      align: 'right',
    },
    ...STATUS_ORDER.map((status): Column<Row> => ({
      key: status,
      header: name(STATUS_NAMES[status]),
      value: (row) => row.byStatus[status],
      render: (row) => count(row.byStatus[status]),
      align: 'right',
    })),
    {
      key: 'overdue',
      header: t('逾期', 'Overdue'),
      value: (row) => row.overdue,
      render: (row) => (row.overdue > 0 ? <span className="badge red">{count(row.overdue)}</span> : count(0)),
      align: 'right',
    },
    {
      key: 'month',
      header: t('本月销号', 'Closed this month'),
      value: (row) => row.closedInMonth,
      render: (row) => count(row.closedInMonth),
      align: 'right',
    },
    {
      key: 'land',
      header: t('腾出用地（亩）', 'Land freed (亩)'),
      value: (row) => row.landFreedMu,
      render: (row) => decimal(row.landFreedMu),
      align: 'right',
    },
    {
      key: 'energy',
      header: t('腾出用能（吨标煤）', 'Energy freed (tce)'),
      value: (row) => row.energyFreedTce,
      render: (row) => decimal(row.energyFreedTce, 0),
      align: 'right',
    },
    {
      key: 'rate',
      header: t('销号率', 'Closure rate'),
      value: (row) => row.closureRate,
      render: (row) => percent(row.closureRate),
      align: 'right',
    },
    {
      key: 'target',
      header: t('用地目标完成', 'Land vs target'),
      value: (row) => row.progress?.landMu ?? null,
      render: (row) => percent(row.progress?.landMu ?? null),
      align: 'right',
    },
  ];
  return (
    <ApiView
      state={state}
      isEmpty={(bulletin) => bulletin.units.length === 0}
      emptyMessage={t('没有报送单位', 'No units')}
    >
      {(bulletin) => {
        const rows: Row[] = [
          ...bulletin.units.map((unit) => ({ ...unit, label: name(unit.name), key: unit.reportingUnitId })),
          ...(bulletin.city ? [{ ...bulletin.city, label: t('全市合计', 'City total'), key: 'city' }] : []),
        ];
        const statuses = STATUS_ORDER.map((id, index) => ({ id, name: STATUS_NAMES[id], colour: COLOURS[index]! }));
        return (
          <div className="rectification-bulletin">
            <div className="muted">
              {t(`截至 ${bulletin.asOf}`, `As of ${bulletin.asOf}`)}{' '}
              <button
                type="button"
                onClick={() =>
                  void apiDownload(apiPath('/api/rectification/bulletin.xlsx', query), `整治通报-${year}-${month}.xlsx`)
                }
              >
                {t('下载通报（xlsx）', 'Download the bulletin (xlsx)')}
              </button>
            </div>
            <section className="card">
              <EChart
                ariaLabel={t('各县整治案件进展', 'Cases by unit and status')}
                option={rectificationBulletinOption(bulletin.units, statuses, language)}
                height={300}
              />
            </section>
            <DataTable
              caption={t('整治工作进展通报', 'Rectification bulletin')}
              rows={rows}
              columns={columns}
              rowKey={(row) => row.key}
              exportName={`整治通报-${year}-${month}`}
              filterable={false}
            />
          </div>
        );
      }}
    </ApiView>
  );
}
