/** The enterprise's correction requests and their status (GET /api/corrections?uscc=), pending first. */
import type { ApiState } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { cumulativePeriod, measureValue } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { CORRECTION_STATUS, label, numberOf, shortTime } from './self-service-labels.ts';
import type { CorrectionRequest } from './self-service-types.ts';

export function OwnCorrections({ state }: { state: ApiState<CorrectionRequest[]> & { reload: () => void } }) {
  const { t, name, language } = useLanguage();
  const columns: Column<CorrectionRequest>[] = [
    { key: 'id', header: '#', value: (c) => c.id, align: 'right' },
    { key: 'measure', header: t('指标', 'Measure'), value: (c) => name(c.measureName) },
    {
      key: 'period',
      header: t('期别', 'Period'),
      value: (c) => c.period,
      render: (c) => cumulativePeriod(c.period, language),
    },
    {
      key: 'status',
      header: t('状态', 'Status'),
      value: (c) => name(label(CORRECTION_STATUS, c.status)),
      render: (c) => <span className={`request-${c.status}`}>{name(label(CORRECTION_STATUS, c.status))}</span>,
    },
    {
      key: 'current',
      header: t('现存值', 'Stored value'),
      value: (c) => numberOf(c.currentValue),
      render: (c) => measureValue(c.measure, numberOf(c.currentValue), language),
      align: 'right',
    },
    {
      key: 'proposed',
      header: t('申请值', 'Proposed value'),
      value: (c) => numberOf(c.proposedValue),
      render: (c) => measureValue(c.measure, numberOf(c.proposedValue), language),
      align: 'right',
    },
    { key: 'reason', header: t('理由', 'Reason'), value: (c) => c.reason },
    { key: 'filedAt', header: t('提交时间', 'Filed'), value: (c) => shortTime(c.filedAt) },
    { key: 'decision', header: t('处理意见', 'Decision'), value: (c) => c.decisionNote },
  ];
  return (
    <section className="card" aria-label={t('更正申请', 'Correction requests')}>
      <h2>{t('更正申请', 'Correction requests')}</h2>
      <ApiView
        state={state}
        isEmpty={(rows) => rows.length === 0}
        emptyMessage={t('尚未提出更正申请', 'No correction requests yet')}
      >
        {(rows) => (
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(c) => String(c.id)}
            caption={t('本企业的更正申请', 'Our correction requests')}
            filterable={false}
          />
        )}
      </ApiView>
    </section>
  );
}
