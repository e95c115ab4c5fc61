/**
 * 案件: the year's cases with a status filter (kept in the address), overdue badges, plan type, land and energy,
 * freed outcomes; a row opens the case page. A county's staff see their own unit's cases (the server decides).
 */
import { apiPath } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { navigate, setQuery, useLocation } from '../../app/router.tsx';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { decimal } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useUnitName } from '../evaluation/use-unit-names.ts';
import { ORIGIN_NAMES, PLAN_NAMES, STATUS_NAMES, STATUS_ORDER } from './rectification-labels.ts';
import type { RectificationCase } from './rectification-types.ts';

export function StatusBadge({ item }: { item: Pick<RectificationCase, 'status' | 'overdue' | 'daysLate'> }) {
  const { t, name } = useLanguage();
  return (
    <span className="rectification-status">
      <span className={`badge ${item.status === 'closed' ? 'A' : item.status === 'dismissed' ? 'C' : 'B'}`}>
        {name(STATUS_NAMES[item.status])}
      </span>
      {item.overdue && <span className="badge red">{t(`逾期${item.daysLate}天`, `${item.daysLate} days late`)}</span>}
    </span>
  );
}

export function CasesView({ year }: { year: number }) {
  const { t, name } = useLanguage();
  const unitName = useUnitName();
  const { query } = useLocation();
  const status = query.get('status') ?? '';
  const state = useApi<RectificationCase[]>(apiPath('/api/rectification/cases', { year, status: status || undefined }));
  const columns: Column<RectificationCase>[] = [
    { key: 'name', header: t('企业', 'Enterprise'), value: (row) => row.enterpriseName ?? row.uscc },
    { key: 'unit', header: t('县（市、区）', 'Unit'), value: (row) => unitName(row.reportingUnitId) },
    { key: 'origin', header: t('来源', 'Origin'), value: (row) => name(ORIGIN_NAMES[row.origin]) },
    {
      key: 'plan',
      header: t('整治方式', 'Plan'),
      value: (row) => (row.planType ? name(PLAN_NAMES[row.planType]) : null),
    },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (row) => STATUS_ORDER.indexOf(row.status),
      render: (row) => <StatusBadge item={row} />,
      exportValue: (row) => name(STATUS_NAMES[row.status]) + (row.overdue ? t('（逾期）', ' (overdue)') : ''),
    },
    { key: 'deadline', header: t('完成期限', 'Deadline'), value: (row) => row.deadline },
    {
      key: 'land',
      header: t('用地（亩）', 'Land (亩)'),
      value: (row) => row.landMu,
      render: (row) => decimal(row.landMu),
      align: 'right',
    },
    {
      key: 'energy',
      header: t('能耗（吨标煤）', 'Energy (tce)'),
      value: (row) => row.energyTce,
      render: (row) => decimal(row.energyTce, 0),
      align: 'right',
    },
    {
      key: 'landFreed',
      header: t('腾出用地（亩）', 'Land freed'),
      value: (row) => row.landFreedMu,
      render: (row) => decimal(row.landFreedMu),
      align: 'right',
    },
  ];
  return (
    <div className="rectification-cases">
      <label className="rectification-filter">
        {t('状态', 'Status')}{' '}
        <select value={status} onChange={(event) => setQuery('status', event.target.value || null)}>
          <option value="">{t('全部', 'All')}</option>
          {STATUS_ORDER.map((id) => (
            <option key={id} value={id}>
              {name(STATUS_NAMES[id])}
            </option>
          ))}
        </select>
      </label>
      <ApiView state={state} isEmpty={(rows) => rows.length === 0} emptyMessage={t('没有整治案件', 'No cases')}>
        {(rows) => (
          <DataTable
            caption={t('整治案件', 'Rectification cases')}
            rows={rows}
            columns={columns}
            rowKey={(row) => String(row.id)}
            exportName={`整治案件-${year}`}
            onRowOpen={(row) => navigate(`/rectification/${row.id}`)}
          />
        )}
      </ApiView>
    </div>
  );
}
